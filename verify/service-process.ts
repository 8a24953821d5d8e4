import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './project-root';

export interface ServiceConfig {
  /** The harness's DynamoDB Local and table; absent with `sqlite`. */
  readonly dynamoEndpoint?: string;
  readonly tableName?: string;
  /** WALLET_STORE=sqlite: the service keeps its wallets in a SQLite file under DATA_DIR. */
  readonly sqlite?: boolean;
  /** Fixed for the run, so the service comes back where the clients expect it. */
  readonly port: number;
  /** The service's DATA_DIR: its development signing key lives there (the harness signs its tokens with it). */
  readonly dataDir: string;
  readonly startTimeoutMs?: number;
}

/**
 * The wallet service as its own process (`node dist/main.js`, the build `npm run build` made),
 * on 127.0.0.1 and a fixed port, against the harness's DynamoDB Local. It can be killed with
 * SIGKILL (no drain, no cleanup, requests cut mid-flight) and started again on the same port.
 */
export class ServiceProcess {
  private child: ChildProcess | undefined;
  private readonly stderrTail: string[] = [];
  readonly url: string;

  constructor(private readonly config: ServiceConfig) {
    this.url = `http://127.0.0.1:${config.port}`;
  }

  async start(): Promise<void> {
    const root = projectRoot();
    const main = join(root, 'dist', 'main.js');
    const guard = join(root, 'dist-verify', 'verify', 'orphan-guard.js');
    if (!existsSync(main) || !existsSync(guard)) throw new Error(`${main} or ${guard} is missing: run the harness with \`npm run verify\``);
    const child = spawn(process.execPath, ['-r', guard, main], {
      cwd: root,
      stdio: ['pipe', 'ignore', 'pipe'],
      env: {
        ...process.env,
        ...(this.config.sqlite
          ? { WALLET_STORE: 'sqlite' }
          : { DYNAMODB_ENDPOINT: this.config.dynamoEndpoint, DYNAMODB_TABLE: this.config.tableName }),
        PORT: String(this.config.port),
        HOST: '127.0.0.1',
        DATA_DIR: this.config.dataDir,
        LOG_LEVEL: 'error',
        NODE_NO_WARNINGS: '1',
        // All 16 clients come from 127.0.0.1, one caller to the per-caller rate limit: off for the bank test.
        RATE_LIMIT_PER_SECOND: '0',
      },
    });
    this.child = child;
    // The service logs every failed request while the store is down: keep the last lines for a post-mortem only.
    child.stderr?.on('data', (chunk: Buffer) => this.stderrTail.push(chunk.toString()) > 20 && this.stderrTail.shift());
    await this.waitHealthy(child, this.config.startTimeoutMs ?? 30_000);
  }

  /** kill -9, then start again on the same port. */
  async killAndRestart(): Promise<void> {
    await this.kill('SIGKILL');
    await this.start();
  }

  async stop(): Promise<void> {
    await this.kill('SIGKILL');
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  private async kill(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((done) => {
      child.once('exit', () => done());
      child.kill(signal);
    });
  }

  /** Polls GET /health until 200 (the table answers), bounded by time; gives up early if the child died. */
  private async waitHealthy(child: ChildProcess, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (child.exitCode !== null || child.signalCode !== null) break;
      try {
        const response = await fetch(`${this.url}/health`, { signal: AbortSignal.timeout(1_000) });
        if (response.status === 200) return;
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await this.kill('SIGKILL');
    throw new Error(`The service did not become healthy within ${timeoutMs} ms:\n${this.stderrTail.join('')}`);
  }
}
