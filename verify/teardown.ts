/**
 * What the CLI must undo, in reverse order of acquisition, exactly once: on success, on failure and
 * on SIGINT/SIGTERM alike. A failing step does not stop the others.
 */
export class Teardown {
  private readonly steps: Array<() => Promise<void> | void> = [];
  private running: Promise<void> | undefined;

  /** A step acquired after the teardown began (a signal came mid-start) is undone at once. */
  add(step: () => Promise<void> | void): void {
    if (this.running) void this.running.then(step).catch(() => undefined);
    else this.steps.push(step);
  }

  run(): Promise<void> {
    this.running ??= (async () => {
      for (const step of this.steps.reverse()) {
        try {
          await step();
        } catch (error) {
          console.error(`verify: cleanup step failed: ${(error as Error).message}`);
        }
      }
    })();
    return this.running;
  }
}
