import { setTimeout as sleep } from 'node:timers/promises';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCommandLine } from '../kit/command-line';
import { ABUSE_COMMAND, selectAttacks } from './abuse-command';
import { projectRoot } from '../kit/project-root';
import { RunningService, startService } from './attacked-service';
import { Attack, ATTACKS } from './attacks';
import { edgeAttacks, EdgeSettings } from './edge-attacks';
import { metricsAttacks } from './metrics-attacks';
import { pongSenderAttacks } from './pong-sender-attacks';
import { stalledReaderAttacks } from './stalled-reader-attacks';
import { starvationAttacks, StarvationSettings } from './starvation-attacks';
import { subscriptionAttacks } from './subscription-attacks';

/**
 * `npm run abuse`: starts the compiled service (its own embedded DynamoDB Local, data in a temporary
 * folder, NODE_ENV=Production), replays every attack of issue 9 against it, prints one row per attack
 * (status, time, the service's RSS growth) and exits 1 if any attack was not refused. Stops all it started.
 */
const SETTINGS: EdgeSettings = { requestTimeoutMs: 2_000, maxConnections: 100, rateBurst: 100, ratePerSecond: 50 };
/** A lower per-address ceiling than the default (500/s, bursts of 1,000), which this machine could not reach from one client. */
const CEILING: StarvationSettings = { addressPerSecond: 200, addressBurst: 400 };

interface Row {
  attack: string;
  status: string;
  detail: string;
  ms: number;
  rssMb: number;
  refused: boolean;
}

async function main(only: string | undefined): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), 'wallet-abuse-'));
  let service: RunningService | undefined;
  try {
    service = await startService(join(projectRoot(), 'dist', 'main.js'), {
      DATA_DIR: dataDir,
      NODE_ENV: 'Production',
      // Shorter than the defaults (30 s, 2 s, 256), so the slow-client rows end in seconds.
      REQUEST_TIMEOUT_MS: String(SETTINGS.requestTimeoutMs),
      HEADERS_TIMEOUT_MS: '1000',
      MAX_CONNECTIONS: String(SETTINGS.maxConnections),
      RATE_LIMIT_BURST: String(SETTINGS.rateBurst),
      RATE_LIMIT_PER_SECOND: String(SETTINGS.ratePerSecond),
      ADDRESS_RATE_LIMIT_PER_SECOND: String(CEILING.addressPerSecond),
      ADDRESS_RATE_LIMIT_BURST: String(CEILING.addressBurst),
    });
    for (let i = 0; i < 3; i += 1) await normalClient(service, 'warming up'); // a first request pays for cold code paths
    const rows: Row[] = [await normalClient(service, 'before')];
    let chosen: Attack[];
    try {
      chosen = selectAttacks(allAttacks(service), only);
    } catch (error) {
      console.error(error instanceof Error ? error.message : String(error));
      return 2;
    }
    for (const attack of chosen) {
      const rssBefore = await service.rssBytes();
      const started = performance.now();
      const result = await attack
        .run(service)
        .catch((error: unknown) => ({ status: -1, detail: String(error).slice(0, 80), refused: false }));
      const ms = performance.now() - started;
      rows.push({
        attack: attack.name,
        status: String(result.status),
        detail: result.detail,
        ms,
        rssMb: ((await service.rssBytes()) - rssBefore) / 1024 / 1024,
        refused: result.refused,
      });
    }
    await sleep(1_100); // the flood above emptied our bucket
    rows.push(await normalClient(service, 'after'));
    const errors = service.errorLines();
    rows.push({
      attack: 'error lines in the service log',
      status: '-',
      detail: errors[0] ?? 'none',
      ms: 0,
      rssMb: 0,
      refused: errors.length === 0,
    });
    print(rows);
    return rows.every((row) => row.refused) ? 0 : 1;
  } finally {
    await service?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Every attack, in the order they run (some need the running service to be built). */
function allAttacks(service: RunningService): Attack[] {
  return [
    ...ATTACKS,
    ...edgeAttacks(service, SETTINGS),
    ...starvationAttacks(service, CEILING),
    ...stalledReaderAttacks(service, SETTINGS.requestTimeoutMs),
    ...metricsAttacks(service.metricsUrl),
    ...subscriptionAttacks(service),
    ...pongSenderAttacks(service, SETTINGS.requestTimeoutMs),
  ];
}

/** After all that, a normal client is served as before: /health and a wallet read within 200 ms each. */
async function normalClient(service: RunningService, when: string): Promise<Row> {
  const started = performance.now();
  const health = await fetch(`${service.url}/health`);
  const healthMs = performance.now() - started;
  const read = await fetch(`${service.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: service.authorization },
    body: JSON.stringify({ query: 'query($id: ID!) { wallet(id: $id) { id balance } }', variables: { id: 'no-such-wallet' } }),
  });
  const readMs = performance.now() - started - healthMs;
  const ok = health.status === 200 && read.status === 200 && healthMs < 200 && readMs < 200;
  return {
    attack: `normal client ${when} the attacks: /health, then a wallet query`,
    status: `${health.status}/${read.status}`,
    detail: `${healthMs.toFixed(0)} ms, ${readMs.toFixed(0)} ms`,
    ms: performance.now() - started,
    rssMb: 0,
    refused: ok,
  };
}

function print(rows: Row[]): void {
  const table = [
    '| attack | status | detail | time ms | RSS growth MB | refused |',
    '|---|---|---|---:|---:|---|',
    ...rows.map(
      (row) =>
        `| ${row.attack} | ${row.status} | ${row.detail} | ${row.ms.toFixed(0)} | ${row.rssMb.toFixed(1)} | ${row.refused ? 'yes' : '**NO**'} |`,
    ),
  ];
  console.log(table.join('\n'));
  const failed = rows.filter((row) => !row.refused).length;
  console.log(failed ? `\n${failed} attack(s) NOT refused` : `\nall ${rows.length} refused or unaffected`);
}

const commandLine = readCommandLine(ABUSE_COMMAND);
if (commandLine)
  main(commandLine.values.only).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
