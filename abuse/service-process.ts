import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { AttackerKey } from './attacker-key';
import { scrape } from '../bench/prometheus-text';
import { serviceMetricsOf } from '../bench/service-metrics';

export interface RunningService {
  readonly url: string;
  readonly port: number;
  /** A valid bearer token of the attacker (`Bearer …`), signed by a key this harness made for the service. */
  readonly authorization: string;
  /** The service's resident set size, from its Prometheus metrics (METRICS_PORT). */
  rssBytes(): Promise<number>;
  /** CPU time (user + system) the service has used so far, in ms (its Prometheus metrics). */
  cpuMs(): Promise<number>;
  /** HTTP requests the service has sent to DynamoDB so far, all operations (its Prometheus metrics). */
  dynamoRequests(): Promise<number>;
  /** Lines the service logged at error level so far. */
  errorLines(): string[];
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
    probe.on('error', fail);
  });
}

/**
 * The compiled service (`node <mainJs>`) as its own process on 127.0.0.1 and a free port, with
 * its Prometheus metrics on another free port (METRICS_PORT), so its RSS and DynamoDB requests can be read. Stopped with SIGTERM (it then stops its
 * embedded DynamoDB Local), SIGKILL after 15 s.
 */
export async function startService(mainJs: string, env: Record<string, string>, startTimeoutMs = 60_000): Promise<RunningService> {
  const port = await freePort();
  const metricsPort = await freePort();
  const key = new AttackerKey();
  const child = spawn(process.execPath, [mainJs], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...process.env,
      NODE_NO_WARNINGS: '1',
      LOG_LEVEL: 'warn',
      ...key.serviceEnv(),
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      METRICS_PORT: String(metricsPort),
    },
  });
  child.once('exit', () => key.dispose());
  const errors: string[] = [];
  let partial = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    const lines = (partial + chunk).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) if (line.includes('"level":"error"')) errors.push(line.slice(0, 300));
  });
  const url = `http://127.0.0.1:${port}`;
  const metricsUrl = `http://127.0.0.1:${metricsPort}/metrics`;
  const metrics = async () => serviceMetricsOf(await scrape(metricsUrl));
  const service: RunningService = {
    url,
    port,
    authorization: await key.authorization(),
    rssBytes: async () => (await metrics()).process.rssBytes,
    cpuMs: async () => {
      const { process: usage } = await metrics();
      return (usage.cpuUserMicros + usage.cpuSystemMicros) / 1000;
    },
    dynamoRequests: async () => Object.values((await metrics()).dynamodb).reduce((sum, operation) => sum + operation.attempts, 0),
    errorLines: () => [...errors],
    stop: () => stop(child),
  };
  const deadline = Date.now() + startTimeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the service exited with ${child.exitCode} at start-up: ${errors.join('\n')}`);
    if ((await fetch(`${url}/health/ready`).catch(() => undefined))?.status === 200) return service;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await service.stop();
  throw new Error(`the service did not become ready within ${startTimeoutMs} ms`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}
