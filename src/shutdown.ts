import { Logger } from './logger';

/**
 * What must be undone when the process is asked to stop, in reverse order of acquisition. A
 * resource acquired after the stop began (start-up was still running) is released at once, so
 * SIGINT/SIGTERM at any moment leaves nothing running. A second signal exits immediately, and
 * so does the process when the deadline passes (SHUTDOWN_TIMEOUT_MS).
 */
export class Shutdown {
  private readonly steps: Array<() => Promise<void>> = [];
  private stopping = false;
  private deadlineMs = 25_000;

  constructor(private readonly logger: Logger) {}

  /** Bounds the whole stop: past it, the process exits 1 (the guard then ends DynamoDB Local). */
  setDeadline(ms: number): void {
    this.deadlineMs = ms;
  }

  get requested(): boolean {
    return this.stopping;
  }

  add(step: () => Promise<void>): void {
    if (this.stopping) void step().catch((error: unknown) => this.logger.error('Cleanup failed', { error: String(error) }));
    else this.steps.push(step);
  }

  onSignals(signals: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM']): void {
    for (const signal of signals) process.on(signal, () => void this.stop(signal));
  }

  async stop(reason: string, exitCode = 0): Promise<never> {
    if (this.stopping) {
      this.logger.error('Stopping forced by a second signal', { reason });
      process.exit(1);
    }
    this.stopping = true;
    setTimeout(() => {
      this.logger.error('Shutdown deadline passed: exiting now', { deadlineMs: this.deadlineMs });
      process.exit(1);
    }, this.deadlineMs).unref();
    const quiet = this.steps.length === 0;
    if (!quiet) this.logger.info('Stopping', { reason });
    let code = exitCode;
    for (const step of this.steps.reverse()) {
      try {
        await step();
      } catch (error) {
        this.logger.error('Cleanup failed', { error: String(error) });
        code = 1;
      }
    }
    if (!quiet) this.logger.info('Stopped');
    process.exit(code);
  }
}
