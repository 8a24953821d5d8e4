/**
 * What a tool started, to stop in reverse order exactly once, however the run ends: success, failure,
 * SIGINT or SIGTERM. A failing step does not stop the others; a step added after the cleanup began
 * (a signal came mid-start) is run at once.
 */
export class Cleanup {
  private readonly steps: Array<{ name: string; stop: () => Promise<void> | void }> = [];
  private running: Promise<void> | undefined;

  add(name: string, stop: () => Promise<void> | void): void {
    if (this.running) void this.running.then(() => this.attempt(name, stop));
    else this.steps.push({ name, stop });
  }

  run(): Promise<void> {
    this.running ??= (async () => {
      for (const { name, stop } of this.steps.reverse()) await this.attempt(name, stop);
    })();
    return this.running;
  }

  private async attempt(name: string, stop: () => Promise<void> | void): Promise<void> {
    try {
      await stop();
    } catch (error) {
      console.error(`Stopping ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
