import { setTimeout as sleep } from 'node:timers/promises';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../../src/infrastructure/embedded/embedded-dynamodb';
import { HttpClient } from './http-client';
import { scrape } from './prometheus-text';
import { projectRoot } from './project-root';
import { ServiceMetrics, serviceMetricsOf } from './service-metrics';
import { ServiceOutput } from './service-output';

export interface ServiceOptions {
  /** The store, auth and limits of this run (DYNAMODB_ENDPOINT, WALLET_STORE, AUTH_*, RATE_LIMIT_*, DATA_DIR, ...). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Fixed, so a restarted service comes back where the clients expect it; a free port by default. */
  readonly port?: number;
  /** Its Prometheus endpoint (METRICS_PORT): another free port by default, never the API port. */
  readonly metricsPort?: number;
  /** The compiled service; `<project>/dist/main.js` (what `npm run build` made) by default. */
  readonly mainJs?: string;
  /** Polled until it answers 200: `/health` (the store answers) or `/health/ready`. */
  readonly readyPath?: string;
  readonly startTimeoutMs?: number;
  /** Options for node itself, before the script (the bench's `--cpu-prof`). */
  readonly nodeArgs?: readonly string[];
}

/**
 * The wallet service as its own process (its RSS and CPU are its own, not the tool's), on 127.0.0.1,
 * with its Prometheus metrics on a port of their own (METRICS_PORT). Stopped with SIGTERM (it drains), or killed with SIGKILL (no
 * drain, requests cut mid-flight) and started again on the same port. It never outlives the tool:
 * the orphan guard stops it should the tool be killed outright, and an exit hook when the tool exits.
 */
export class ServiceProcess {
  private child: ChildProcess | undefined;
  private readonly output = new ServiceOutput();
  private readonly probe: HttpClient;
  private readonly killOnExit = () => this.child?.kill('SIGKILL');
  readonly url: string;

  private constructor(
    private readonly options: ServiceOptions,
    readonly port: number,
    readonly metricsPort: number,
  ) {
    this.url = `http://127.0.0.1:${port}`;
    // One connection per request: the probe sits idle for whole scenarios.
    this.probe = new HttpClient(this.url, { sockets: 1, keepAlive: false, timeoutMs: 5_000 });
  }

  static async start(options: ServiceOptions): Promise<ServiceProcess> {
    const service = new ServiceProcess(options, options.port ?? (await freePort()), options.metricsPort ?? (await freePort()));
    await service.launch();
    return service;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** kill -9, then start again on the same port. */
  async killAndRestart(): Promise<void> {
    await this.kill();
    await this.launch();
  }

  /** SIGKILL: no drain, no cleanup. */
  async kill(): Promise<void> {
    await this.signal('SIGKILL', 0);
  }

  /** SIGTERM: the service drains and exits; after a grace period, SIGKILL. */
  async stop(graceMs = 10_000): Promise<void> {
    this.probe.close();
    process.off('exit', this.killOnExit);
    await this.signal('SIGTERM', graceMs);
  }

  /** The Prometheus endpoint's URL (the metrics port, loopback). */
  get metricsUrl(): string {
    return `http://127.0.0.1:${this.metricsPort}/metrics`;
  }

  /** DynamoDB requests, RSS and CPU, read from the Prometheus endpoint. */
  async metrics(): Promise<ServiceMetrics> {
    return serviceMetricsOf(await scrape(this.metricsUrl));
  }

  /** Lines the service logged at error level so far (the first ones). */
  errorLines(): string[] {
    return this.output.errorLines();
  }

  /** Whether the service is still running, and its last output: for a tool's failure message. */
  report(): string {
    const child = this.child;
    const state =
      child && child.exitCode === null && child.signalCode === null ? 'is running' : `exited (${child?.exitCode ?? child?.signalCode})`;
    return `The service ${state}; its last output:\n${this.output.tail() || '(none)'}`;
  }

  private async launch(): Promise<void> {
    const root = projectRoot();
    const main = this.options.mainJs ?? join(root, 'dist', 'main.js');
    if (!existsSync(main)) throw new Error(`${main} is missing: run \`npm run build\` first`);
    // Compiled, the guard sits beside this file; run from TypeScript (jest), there is none to preload.
    const guard = join(__dirname, 'orphan-guard.js');
    const child = spawn(process.execPath, [...(this.options.nodeArgs ?? []), ...(existsSync(guard) ? ['-r', guard] : []), main], {
      cwd: root,
      // stdin stays open for the orphan guard: it closes when the tool is gone.
      stdio: ['pipe', 'pipe', 'pipe'],
      env: {
        ...process.env,
        NODE_NO_WARNINGS: '1',
        LOG_LEVEL: 'error',
        ...this.options.env,
        METRICS_PORT: String(this.metricsPort),
        HOST: '127.0.0.1',
        PORT: String(this.port),
      },
    });
    this.child = child;
    this.output.follow(child);
    process.off('exit', this.killOnExit).once('exit', this.killOnExit);
    await this.waitHealthy(child, this.options.startTimeoutMs ?? 30_000);
  }

  private async signal(signal: NodeJS.Signals, graceMs: number): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((done) => {
      const force = graceMs > 0 ? setTimeout(() => child.kill('SIGKILL'), graceMs) : undefined;
      child.once('exit', () => {
        clearTimeout(force);
        done();
      });
      child.kill(signal);
    });
  }

  /** Polls the ready path until 200, bounded by time; gives up early if the child died. */
  private async waitHealthy(child: ChildProcess, timeoutMs: number): Promise<void> {
    const path = this.options.readyPath ?? '/health';
    const deadline = Date.now() + timeoutMs;
    let last = 'no answer';
    while (Date.now() < deadline && child.exitCode === null && child.signalCode === null) {
      const answer = await this.probe.get(path, {});
      if (answer.kind === 'body' && answer.status === 200) return;
      last = answer.kind === 'body' ? `status ${answer.status}` : answer.reason;
      await sleep(100);
    }
    const report = this.report();
    await this.kill();
    throw new Error(`The service did not become healthy within ${timeoutMs} ms (${last}). ${report}`);
  }
}
