import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { HttpClient } from './http-client';
import { projectRoot } from './paths';
import { scrape } from './prometheus-text';
import { ServiceMetrics, serviceMetricsOf } from './service-metrics';

export interface ServiceOptions {
  /** The bench's DynamoDB Local and table; absent when `env` selects another store (WALLET_STORE=sqlite). */
  readonly dynamoEndpoint?: string;
  readonly tableName?: string;
  readonly port: number;
  /** Where the service serves its Prometheus metrics (METRICS_PORT), never the API port. */
  readonly metricsPort: number;
  /** More environment: how the service verifies the bench's tokens. */
  readonly env?: Record<string, string>;
}

/**
 * The service as `npm start` runs it (the compiled dist/main.js), in its own process: its RSS and
 * CPU are its own, not the load generator's. Its Prometheus endpoint (METRICS_PORT) reports the
 * DynamoDB requests it sent (counted by an SDK middleware) and its memory and CPU.
 */
export class ServiceProcess {
  private readonly output: string[] = [];
  private readonly killOnExit = () => this.child.kill('SIGKILL');

  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
    private readonly probe: HttpClient,
    private readonly metricsUrl: string,
  ) {
    const keep = (chunk: Buffer) => this.output.push(chunk.toString()) > 20 && this.output.shift();
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    // Should the bench exit without cleaning up, the service must not outlive it (and the orphan
    // guard covers a bench killed outright).
    process.once('exit', this.killOnExit);
  }

  static async start(options: ServiceOptions): Promise<ServiceProcess> {
    const main = join(projectRoot(), 'dist', 'main.js');
    if (!existsSync(main)) throw new Error(`${main} is missing: run \`npm run build\` first`);
    const child = spawn(process.execPath, ['-r', join(__dirname, 'orphan-guard.js'), main], {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        // Every bench client comes from 127.0.0.1, one caller to the per-caller rate limit: off here.
        RATE_LIMIT_PER_SECOND: '0',
        PORT: String(options.port),
        ...(options.dynamoEndpoint && { DYNAMODB_ENDPOINT: options.dynamoEndpoint }),
        ...(options.tableName && { DYNAMODB_TABLE: options.tableName }),
        LOG_LEVEL: 'error',
        METRICS_PORT: String(options.metricsPort),
        ...options.env,
      },
      // stdin stays open for the orphan guard: it closes when the bench is gone.
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const url = `http://127.0.0.1:${options.port}`;
    // The probe opens a connection per request: it is idle for whole scenarios.
    const service = new ServiceProcess(child, url, new HttpClient(url, 1, false), `http://127.0.0.1:${options.metricsPort}/metrics`);
    try {
      await service.waitUntilHealthy(30_000);
    } catch (error) {
      await service.stop();
      throw error;
    }
    return service;
  }

  async metrics(): Promise<ServiceMetrics> {
    return serviceMetricsOf(await scrape(this.metricsUrl));
  }

  /** Whether the service is still running, and its last output: for the failure message of the bench. */
  report(): string {
    const { exitCode, signalCode } = this.child;
    const state = exitCode === null && signalCode === null ? 'is running' : `exited (${exitCode ?? signalCode})`;
    return `The service ${state}; its last output:\n${this.output.join('') || '(none)'}`;
  }

  /** SIGTERM: the service drains and exits; after a grace period, SIGKILL. */
  async stop(graceMs = 10_000): Promise<void> {
    this.probe.close();
    process.off('exit', this.killOnExit);
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    await new Promise<void>((done) => {
      const force = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
      this.child.once('exit', () => {
        clearTimeout(force);
        done();
      });
      this.child.kill('SIGTERM');
    });
  }

  private async waitUntilHealthy(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last = 'no answer';
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) throw new Error(`The service exited (${this.child.exitCode}):\n${this.output.join('')}`);
      try {
        const { status } = await this.probe.getJson('/health');
        if (status === 200) return;
        last = `status ${status}`;
      } catch (error) {
        last = String(error);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`The service was not healthy within ${timeoutMs} ms (${last}):\n${this.output.join('')}`);
  }
}
