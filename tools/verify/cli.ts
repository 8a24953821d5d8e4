import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../src/infrastructure/embedded/embedded-dynamodb';
import { Cleanup } from '../kit/cleanup';
import { UsageError } from '../kit/command-line';
import { DynamoProcess } from '../kit/dynamo-process';
import { ServiceProcess } from '../kit/service-process';
import { TokenIssuer } from '../kit/token-issuer';
import { BankResult, DEFAULT_POLICY, runBank } from './bank';
import { parseCliOptions, VERIFY_COMMAND } from './cli-options';
import { Fault } from './faults';
import { StoreLocation } from './final-state';
import { formatReport } from './report';
import { Random } from './random';
import { checkSubscriptions } from './subscription-checks';
import { formatSubscriptionReport, SUBSCRIBING_USERS, Subscribers } from './subscribers';
import { AUDIT_SIZE, formatHistoryAudit, runHistoryAudit } from './history-audit';

/** The service's bound on one attempt of a DynamoDB request in this run (DYNAMODB_REQUEST_TIMEOUT_MS). */
const STORE_ATTEMPT_MS = 1_000;

/**
 * `npm run verify`: the bank test under faults, against the built service in a child process and
 * a DynamoDB Local of its own (data in a temp folder, removed at the end). Everything it starts is
 * stopped before it exits, on success, failure, SIGINT or SIGTERM.
 */
async function main(teardown: Cleanup): Promise<number> {
  const options = parseCliOptions(process.argv.slice(2));
  if (!options) {
    console.log(VERIFY_COMMAND.usage);
    return 0;
  }
  const started = Date.now();
  const dataDir = mkdtempSync(join(tmpdir(), 'wallet-verify-'));
  teardown.add('the data folder', () => rmSync(dataDir, { recursive: true, force: true }));
  // --store sqlite: no DynamoDB Local; the service keeps its wallets in a SQLite file in dataDir.
  const dynamo = options.store === 'sqlite' ? undefined : await DynamoProcess.start(dataDir);
  if (dynamo) teardown.add('DynamoDB Local', () => dynamo.stop());
  const tableName = `wallets-verify-${randomBytes(4).toString('hex')}`;
  // The issuer is the service's own development key in dataDir, made here first.
  const issuer = TokenIssuer.serviceDevKey(dataDir);
  const service = await ServiceProcess.start({
    port: await freePort(),
    env: {
      ...(dynamo ? { DYNAMODB_ENDPOINT: dynamo.endpoint, DYNAMODB_TABLE: tableName } : { WALLET_STORE: 'sqlite' }),
      DATA_DIR: dataDir,
      // All 16 clients come from 127.0.0.1, one caller to the per-caller rate limit: off for the bank test.
      RATE_LIMIT_PER_SECOND: '0',
      // ... and one address to the per-address connection share and request ceiling (users come from many).
      MAX_CONNECTIONS_PER_ADDRESS: '0',
      ADDRESS_RATE_LIMIT_PER_SECOND: '0',
      // Short, so that a freeze of the store spans both a retry that lands after the first attempt committed and
      // all attempts spent (STORE_UNAVAILABLE).
      DYNAMODB_REQUEST_TIMEOUT_MS: String(STORE_ATTEMPT_MS),
    },
  });
  // The end of a run is as abrupt as its faults: kill -9, no drain.
  teardown.add('the service', () => service.kill());
  // Where the harness reads the final state itself, not through the service.
  const location: StoreLocation = dynamo ? { endpoint: dynamo.endpoint, tableName } : { sqliteFile: join(dataDir, 'wallets.sqlite') };
  const store = dynamo ? `DynamoDB Local at ${dynamo.endpoint}` : 'SQLite file';
  console.log(`${store} (data in ${dataDir}); service at ${service.url}; started in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const freezes = new Random(options.seed + 2);
  const faults: Fault[] = options.faults
    ? [
        { name: 'kill -9 service and restart', inject: () => service.killAndRestart() },
        ...(dynamo
          ? [
              { name: 'kill -9 DynamoDB Local and restart', storeCrash: true, inject: () => dynamo.crash() },
              { name: 'restart DynamoDB Local', inject: () => dynamo.restart() },
              {
                name: 'freeze DynamoDB Local (SIGSTOP, SIGCONT)',
                inject: () => dynamo.freeze(freezes.int(STORE_ATTEMPT_MS / 2, 4 * STORE_ATTEMPT_MS)),
              },
            ]
          : []),
      ]
    : [];
  const users = await Promise.all(
    Array.from({ length: options.users }, async (_, n) => {
      const sub = `verify-user-${n + 1}`;
      return { sub, authorization: await issuer.authorization(sub, '24h') };
    }),
  );
  // Live subscribers of the first users' wallets, cut off at random and resumed, across the faults too.
  const subscribers = new Subscribers(service.url, new Random(options.seed + 1));
  for (const user of users.slice(0, SUBSCRIBING_USERS)) subscribers.follow(user);
  const result = await runBank({
    url: service.url,
    users,
    table: location,
    wallets: options.wallets,
    clients: options.clients,
    seconds: options.seconds,
    seed: options.seed,
    deposit: 100_000n,
    faults,
    faultEverySeconds: options.faultEverySeconds,
    resolveGraceSeconds: 45,
    policy: DEFAULT_POLICY,
  });
  console.log(formatReport(result));
  if (result.check.violations.length > 0) console.log(`Op log and final state written to ${dumpHistory(result)}`);
  const live = checkSubscriptions(await subscribers.finish(result.wallets), result.wallets);
  console.log(formatSubscriptionReport(subscribers, live));
  const authorizations = Object.fromEntries(users.map((user) => [user.sub, user.authorization]));
  const audit = await runHistoryAudit({
    url: service.url,
    authorizations,
    table: location,
    wallets: result.wallets,
    seed: options.seed,
    ...AUDIT_SIZE,
  });
  console.log(formatHistoryAudit(audit));
  console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result.check.violations.length > 0 || live.length > 0 || audit.violations.length > 0 ? 1 : 0;
}

/** The evidence of a failed check, kept outside the data folder (which is removed): one JSON line per operation. */
function dumpHistory(result: BankResult): string {
  const file = join(tmpdir(), `wallet-verify-history-${Date.now()}.jsonl`);
  const json = (value: unknown) => JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  const lines = [...result.ops.map(json), ...result.wallets.map((wallet) => json({ finalWallet: wallet }))];
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** The AWS SDK's one-time NodeVersionSupportWarning (harmless, says the README) would open every report: drop that one only. */
function quietSdkNodeWarning(): void {
  const printers = process.listeners('warning');
  process.removeAllListeners('warning');
  process.on('warning', (warning) => {
    if (warning.message.startsWith('NodeVersionSupportWarning')) return;
    for (const print of printers) print(warning);
  });
}

quietSdkNodeWarning();
const teardown = new Cleanup();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`verify: ${signal}, stopping what was started`);
    void teardown.run().finally(() => process.exit(130));
  });
}
main(teardown)
  .catch((error: unknown) => {
    if (error instanceof UsageError) {
      console.error(error.message);
      return 2;
    }
    console.error(`verify: the run could not complete: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  })
  .then(async (code) => {
    await teardown.run();
    process.exit(code);
  });
