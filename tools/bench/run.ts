import { performance } from 'node:perf_hooks';
import { createDynamoClients } from '../../src/infrastructure/dynamodb/dynamodb-client';
import { RequestCounter } from '../../src/infrastructure/dynamodb/request-counter';
import { ensureWalletTable } from '../../src/infrastructure/dynamodb/wallet-table';
import { analyse } from './analysis';
import { BaselineStore } from './baseline';
import { Cleanup } from '../kit/cleanup';
import { UsageError } from '../kit/command-line';
import { DynamoProcess } from '../kit/dynamo-process';
import { ServiceProcess } from '../kit/service-process';
import { TokenIssuer } from '../kit/token-issuer';
import { BENCH_COMMAND, BenchOptions, parseBenchOptions } from './bench-command';
import { childPid } from './cpu';
import { describeMachine } from './machine';
import { publishReport } from './publish';
import { renderReport } from './report';
import { runPlan } from './plan';
import { ScenarioRunner } from './scenario';
import { BENCH_SERVICE_ENV, readSettings } from './settings';
import { runSqliteBench } from './sqlite-run';
import { measureVerificationCost, renderVerificationCost } from './verification-cost';
import { toRows } from './summary';

/**
 * `npm run bench`: the raw-SDK baseline and the service, on one embedded DynamoDB Local, at 1, 8
 * and 32 clients on their own wallets, then 32 clients on one hot wallet. Prints the report; with
 * --write, writes it to docs/benchmarks.md.
 */
async function main(options: BenchOptions): Promise<void> {
  const started = performance.now();
  const settings = readSettings();
  const cleanup = new Cleanup();
  const stop = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping the service and DynamoDB Local`);
      stop.abort();
      void cleanup.run().finally(() => process.exit(130));
    });
  }
  const interrupted = () => {
    if (stop.signal.aborted) throw new Error('Interrupted');
  };
  let service: ServiceProcess | undefined;
  try {
    console.log('Starting DynamoDB Local (in memory)');
    const dynamo = await DynamoProcess.start();
    cleanup.add('DynamoDB Local', () => dynamo.stop());
    interrupted();
    const tableName = `wallets-bench-${Date.now()}`;
    const { client, documents } = createDynamoClients({ endpoint: dynamo.endpoint, region: 'local' });
    cleanup.add('the baseline client', async () => client.destroy());
    await ensureWalletTable(client, tableName);
    const counter = new RequestCounter();
    counter.attach(client);

    const issuer = TokenIssuer.ephemeral('wallet-bench');
    cleanup.add('the bench issuer key', async () => issuer.dispose());
    console.log('Starting the service (dist/main.js)');
    const running = await ServiceProcess.start({
      env: { ...BENCH_SERVICE_ENV, ...issuer.serviceEnv(), DYNAMODB_ENDPOINT: dynamo.endpoint, DYNAMODB_TABLE: tableName },
    });
    service = running;
    cleanup.add('the service', () => running.stop());
    interrupted();
    const runner = new ScenarioRunner(
      { store: new BaselineStore(documents, tableName), counter },
      running,
      childPid(dynamo.pid, 'java'),
      stop.signal,
      await issuer.authorization('bench-client'),
    );

    const results = await runPlan(runner, settings, stop.signal);

    const rows = toRows(results);
    const machine = describeMachine();
    const verification = await measureVerificationCost(issuer);
    console.log(
      `Token verification: ${verification.firstSightMicros.toFixed(1)} µs first sight, ${verification.cachedMicros.toFixed(1)} µs cached`,
    );
    const report = `${renderReport(machine, settings, rows, analyse(rows, machine.cores), (performance.now() - started) / 1000)}\n${renderVerificationCost(verification)}`;
    publishReport(report, options);
  } catch (error) {
    // A failed request is best explained by the service's own account.
    if (service) console.error(service.report());
    throw error;
  } finally {
    await cleanup.run();
  }
}

/** `--store sqlite` benchmarks the SQLite store instead (no DynamoDB Local, no Java). */
async function start(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2));
  if (!options) return console.log(BENCH_COMMAND.usage);
  return options.store === 'sqlite' ? runSqliteBench(options) : main(options);
}

start().then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(error.message);
      process.exit(2);
    }
    console.error(`Benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
