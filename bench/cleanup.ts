/**
 * What the bench started, to stop in reverse order however the run ends: success, failure or
 * SIGINT. Running it twice stops things once; something added after it ran is stopped at once.
 */
export class Cleanup {
  private readonly steps: Array<{ name: string; stop: () => Promise<void> }> = [];
  private running: Promise<void> | undefined;

  add(name: string, stop: () => Promise<void>): void {
    if (this.running) void this.running.then(() => this.attempt(name, stop));
    else this.steps.push({ name, stop });
  }

  run(): Promise<void> {
    this.running ??= (async () => {
      for (const { name, stop } of this.steps.reverse()) await this.attempt(name, stop);
    })();
    return this.running;
  }

  private async attempt(name: string, stop: () => Promise<void>): Promise<void> {
    try {
      await stop();
    } catch (error) {
      console.error(`Stopping ${name} failed: ${String(error)}`);
    }
  }
}
