import { ALONE_TARGETS, measureAlone } from './alone';
import { performance } from 'node:perf_hooks';
import { createDynamoClients } from '../../src/infrastructure/dynamodb/dynamodb-client';
import { RequestCounter } from '../../src/infrastructure/dynamodb/request-counter';
import { ensureWalletTable } from '../../src/infrastructure/dynamodb/wallet-table';
import { analyse } from './analysis';
import { BaselineStore } from './baseline';
import { HoldBaseline } from './hold-baseline';
import { measureHoldPairs, renderHoldPairs } from './hold-pairs';
import { Cleanup } from '../kit/cleanup';
import { UsageError } from '../kit/command-line';
import { DynamoProcess } from '../kit/dynamo-process';
import { ServiceProcess } from '../kit/service-process';
import { TokenIssuer } from '../kit/token-issuer';
import { BENCH_COMMAND, BenchOptions, parseBenchOptions } from './bench-command';
import { childPid } from './cpu';
import { describeMachine } from './machine';
import { renderPeerComparison } from './peer-report';
import { PeerKind } from './peers/peer-clients';
import { startPeers } from './peers/start-peers';
import { publishReport } from './publish';
import { profileService } from './service-profile';
import { renderReport } from './report';
import { runPlan } from './plan';
import { ScenarioRunner } from './scenario';
import { measureSubscriberLatency, renderSubscriberLatency, SUBSCRIBER_SERVICE_ENV } from './subscriber-latency';
import { BENCH_SERVICE_ENV, readSettings, secondSlices, typicalClients } from './settings';
import { runSqliteBench } from './sqlite-run';
import { measureTelemetryCost, renderTelemetryCost } from './telemetry-cost';
import { measureVerificationCost, renderVerificationCost } from './verification-cost';
import { toRows } from './summary';

/**
 * `npm run bench`: the raw-SDK baseline and the service, on one embedded DynamoDB Local, at 1, 8
 * and 32 clients on their own wallets, then 32 clients on one hot wallet, then hold + capture pairs. Prints the report; with
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
    const { client, items } = createDynamoClients({ endpoint: dynamo.endpoint, region: 'local' });
    cleanup.add('the baseline client', async () => client.destroy());
    // Before the client's first request: it resolves its middleware once per command (cacheMiddleware).
    const counter = new RequestCounter();
    counter.attach(client);
    await ensureWalletTable(client, tableName);

    const issuer = TokenIssuer.ephemeral('wallet-bench');
    cleanup.add('the bench issuer key', async () => issuer.dispose());
    console.log('Starting the service (dist/main.js)');
    const serviceEnv = {
      ...BENCH_SERVICE_ENV,
      ...SUBSCRIBER_SERVICE_ENV,
      ...issuer.serviceEnv(),
      DYNAMODB_ENDPOINT: dynamo.endpoint,
      DYNAMODB_TABLE: tableName,
    };
    const running = await ServiceProcess.start({ env: serviceEnv });
    service = running;
    cleanup.add('the service', () => running.stop());
    interrupted();
    const authorization = await issuer.authorization('bench-client');
    const baseline = { store: new BaselineStore(items, tableName), counter, holds: new HoldBaseline(items, tableName) };
    const javaPid = childPid(dynamo.pid, 'java');
    const runnerOn = (target: ServiceProcess, peers: Partial<Record<PeerKind, ServiceProcess>> = {}) =>
      new ScenarioRunner(baseline, target, javaPid, stop.signal, authorization, peers);
    /** The runner of the plan, with the peers beside the service; only the parts that compare with them start them. */
    const withPeers = async () => {
      console.log(
        "Starting the peer servers (bare node:http + SDK, plain Apollo Server 5; each on the service's DynamoDB client and on the SDK's defaults)",
      );
      const peers = await startPeers({ DYNAMODB_ENDPOINT: dynamo.endpoint, DYNAMODB_TABLE: tableName }, cleanup);
      interrupted();
      return runnerOn(running, peers);
    };
    const profile = () => {
      console.log('CPU profile of the service: 1 client, in a service started with --cpu-prof');
      return profileService(serviceEnv, runnerOn, Math.max(2, settings.seconds / 2), {
        seconds: settings.warmupSeconds,
        clients: typicalClients(settings),
      });
    };
    if (options.only === 'profile') {
      publishReport(await profile(), options);
      return;
    }
    if (options.only === 'peers') {
      const runner = await withPeers();
      const rows = toRows(await runPlan(runner, settings, stop.signal));
      const comparison = renderPeerComparison(rows, settings.concurrency, await measureAlone(runner, ALONE_TARGETS, settings.seconds));
      publishReport([comparison, await profile()].join('\n\n'), options);
      return;
    }
    console.log('Live subscribers: 1, 100 and 1,000, each beside the same writers alone');
    const subscribers = renderSubscriberLatency(await measureSubscriberLatency(running.url, issuer, settings, stop.signal), settings);
    if (options.only === 'subscribers') {
      publishReport(subscribers, options);
      return;
    }

    const runner = await withPeers();
    const results = await runPlan(runner, settings, stop.signal);
    const holdPairs = await measureHoldPairs(runner, settings.seconds, secondSlices(settings));
    interrupted();
    const rows = toRows(results);
    const alone = await measureAlone(runner, ALONE_TARGETS, settings.seconds);
    const peerComparison = [renderPeerComparison(rows, settings.concurrency, alone), await profile()].join('\n\n');
    console.log(peerComparison);
    const machine = describeMachine();
    const verification = await measureVerificationCost(issuer);
    console.log(
      `Token verification: ${verification.firstSightMicros.toFixed(1)} µs first sight, ${verification.cachedMicros.toFixed(1)} µs cached`,
    );
    const telemetryClients = typicalClients(settings);
    console.log(`Cost of logs and traces: three services, ${telemetryClients} clients, ${settings.seconds} s each`);
    const telemetry = await measureTelemetryCost(
      { env: serviceEnv, runner: runnerOn },
      telemetryClients,
      settings.seconds,
      secondSlices(settings),
    );
    interrupted();
    console.log(renderTelemetryCost(telemetry));
    const report = [
      renderReport(machine, settings, rows, analyse(rows, machine.cores), (performance.now() - started) / 1000),
      peerComparison,
      renderHoldPairs(holdPairs),
      renderVerificationCost(verification),
      renderTelemetryCost(telemetry),
      subscribers,
    ].join('\n');
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
