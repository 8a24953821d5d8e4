import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { ServiceProcess } from '../kit/service-process';
import { mergeLoops } from './merge';
import { ScenarioResult, ScenarioRunner, sliceOrder } from './scenario';
import { cell, perSecond, ratio, summarize } from './stats';

/** One way of running the service, beside the bench's own (LOG_LEVEL=error, tracing off). */
interface Variant {
  readonly name: string;
  readonly env: Readonly<Record<string, string>>;
}

export interface TelemetryCost {
  readonly clients: number;
  readonly seconds: number;
  readonly rows: ReadonlyArray<{ readonly name: string; readonly result: ScenarioResult }>;
  /** Span export requests the collector stand-in received while tracing was on. */
  readonly exports: number;
}

export interface TelemetrySetup {
  /** The service's environment as the bench runs it (store, auth). */
  readonly env: Readonly<Record<string, string>>;
  /** A runner on a given service, with the bench's baseline, DynamoDB pid, abort signal and token. */
  readonly runner: (service: ServiceProcess) => ScenarioRunner;
}

/**
 * The cost of the service's telemetry: the same scenario (own wallets) on three services at once,
 * in alternating slices so that outside load falls on each alike: as the bench runs it (today's
 * figures), with info logs, and with tracing on (the OpenTelemetry SDK exporting every span over
 * OTLP/HTTP to a stand-in collector in this process).
 */
export async function measureTelemetryCost(
  setup: TelemetrySetup,
  clients: number,
  seconds: number,
  slices: number,
): Promise<TelemetryCost> {
  const collector = await startCollector();
  const variants: Variant[] = [
    { name: 'today (LOG_LEVEL=error, tracing off)', env: {} },
    { name: 'LOG_LEVEL=info', env: { LOG_LEVEL: 'info' } },
    {
      name: 'tracing on (OTLP, every span exported)',
      env: { OTEL_TRACES_EXPORTER: 'otlp', OTEL_EXPORTER_OTLP_ENDPOINT: collector.url, OTEL_BSP_SCHEDULE_DELAY: '500' },
    },
  ];
  const services: ServiceProcess[] = [];
  try {
    for (const variant of variants) services.push(await ServiceProcess.start({ env: { ...setup.env, ...variant.env } }));
    const runners = services.map((service) => setup.runner(service));
    const measured: ScenarioResult[][] = variants.map(() => []);
    for (let slice = 0; slice < slices; slice++) {
      for (const i of sliceOrder(runners.length, slice)) {
        measured[i].push(...(await runners[i].run([{ target: 'service', clients, wallets: 'own' }], seconds / slices)));
      }
    }
    const rows = variants.map((variant, i) => ({
      name: variant.name,
      result: { ...measured[i][0], loop: mergeLoops(measured[i].map((result) => result.loop)) },
    }));
    return { clients, seconds, rows, exports: collector.received() };
  } finally {
    await Promise.all(services.map((service) => service.stop()));
    collector.server.close();
  }
}

export function renderTelemetryCost(cost: TelemetryCost): string {
  const today = cost.rows[0].result;
  const rate = (result: ScenarioResult) => perSecond(result.loop.successes, result.loop.elapsedMs);
  const lines = cost.rows.map(({ name, result }) => {
    const latency = summarize(result.loop.requestLatencies);
    return `| ${name} | ${cell(rate(result), 0)} | ${cell(ratio(rate(result), rate(today)))} | ${cell(latency.p50)} | ${cell(latency.p99)} |`;
  });
  return [
    '## Cost of logs and traces',
    '',
    `The service at ${cost.clients} clients on their own wallets, ${cost.seconds} s each, three services run side by side in alternating`,
    `slices. Tracing on: ${cost.exports} OTLP export requests reached the stand-in collector.`,
    '',
    '| service | ops/s | x today | p50 ms | p99 ms |',
    '|---|---:|---:|---:|---:|',
    ...lines,
    '',
  ].join('\n');
}

/** Accepts OTLP/HTTP exports and counts them: the SDK's whole export path runs, nothing is kept. */
async function startCollector(): Promise<{ server: Server; url: string; received: () => number }> {
  let received = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      received++;
      res.writeHead(200, { 'content-type': 'application/x-protobuf' }).end();
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received: () => received };
}
