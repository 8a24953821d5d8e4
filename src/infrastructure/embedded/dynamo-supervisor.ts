import { Logger } from '../../logger';
import { EmbeddedDynamo, EmbeddedDynamoOptions, freePort, startEmbeddedDynamo } from './embedded-dynamodb';

export interface SupervisorOptions {
  /** First wait before a restart; it doubles after each failed start, up to maxBackoffMs. */
  readonly initialBackoffMs?: number;
  readonly maxBackoffMs?: number;
  /** Injected for tests: how DynamoDB Local is started. */
  readonly start?: (options: EmbeddedDynamoOptions) => Promise<EmbeddedDynamo>;
  /** Told of every restart that succeeded (the store restarts metric). */
  readonly onRestarted?: () => void;
}

/**
 * Keeps the embedded DynamoDB Local running: when it exits unexpectedly (a crash, the OOM killer,
 * kill -9) it is started again on the same port and data folder, so the AWS SDK client, which
 * keeps its endpoint, simply finds it again. Restarts wait a bounded, doubling back-off and are
 * logged. While it is down `isUp()` is false: /health answers 503 and requests fail at once with
 * the generic error instead of waiting on a refused connection. stop() ends it for good.
 */
export class DynamoSupervisor {
  private current: EmbeddedDynamo | undefined;
  private up = false;
  private stopping = false;
  private restarting: Promise<void> | undefined;
  private wakeUp: (() => void) | undefined;

  private constructor(
    private readonly options: EmbeddedDynamoOptions & { readonly port: number },
    private readonly logger: Logger,
    private readonly settings: Required<SupervisorOptions>,
  ) {}

  static async start(options: EmbeddedDynamoOptions, logger: Logger, settings: SupervisorOptions = {}): Promise<DynamoSupervisor> {
    // The port is fixed on the first start: the clients keep the endpoint across restarts.
    const supervisor = new DynamoSupervisor({ ...options, port: options.port ?? (await freePort()) }, logger, {
      initialBackoffMs: 250,
      maxBackoffMs: 10_000,
      start: startEmbeddedDynamo,
      onRestarted: () => undefined,
      ...settings,
    });
    supervisor.watch(await supervisor.settings.start(supervisor.options));
    return supervisor;
  }

  get endpoint(): string {
    return `http://127.0.0.1:${this.options.port}`;
  }

  isUp(): boolean {
    return this.up;
  }

  /** The current DynamoDB Local's guard process (for tests and diagnostics). */
  get pid(): number | undefined {
    return this.current?.pid;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wakeUp?.();
    await this.restarting;
    this.up = false;
    await this.current?.stop();
  }

  private watch(embedded: EmbeddedDynamo): void {
    this.current = embedded;
    this.up = true;
    void embedded.exited.then((how) => {
      if (this.stopping || this.current !== embedded) return;
      this.up = false;
      this.logger.error('DynamoDB Local exited unexpectedly; restarting it', {
        how,
        endpoint: this.endpoint,
        dataDir: this.options.dataDir ?? 'in memory',
      });
      this.restarting = this.restart().finally(() => (this.restarting = undefined));
    });
  }

  private async restart(): Promise<void> {
    let backoff = this.settings.initialBackoffMs;
    for (let attempt = 1; !this.stopping; attempt++) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, backoff);
        this.wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      if (this.stopping) return;
      const startedAt = Date.now();
      try {
        const embedded = await this.settings.start({ ...this.options, checkJava: false });
        if (this.stopping) {
          await embedded.stop();
          return;
        }
        this.logger.info('DynamoDB Local restarted', { attempt, endpoint: this.endpoint, startMs: Date.now() - startedAt });
        this.settings.onRestarted();
        this.watch(embedded);
        return;
      } catch (error) {
        this.logger.error('DynamoDB Local restart failed; trying again', {
          attempt,
          nextInMs: backoff * 2,
          error: String(error).slice(0, 500),
        });
        backoff = Math.min(backoff * 2, this.settings.maxBackoffMs);
      }
    }
  }
}
