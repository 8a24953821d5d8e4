/**
 * Items checked together by one timer, which runs only while there is an item (the body-rate and answer-stall guards:
 * a request with nothing to watch costs no timer). `keep` decides, at each tick, whether an item stays watched.
 */
export class SharedTicker<T> {
  private readonly items = new Set<T>();
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly everyMs: number,
    private readonly keep: (item: T) => boolean,
    /** Told at each tick before the items are, and when the timer starts (`first`). */
    private readonly onTick?: (first: boolean) => void,
  ) {}

  add(item: T): void {
    this.items.add(item);
    if (this.timer) return;
    this.onTick?.(true);
    this.timer = setInterval(() => this.tick(), this.everyMs).unref();
  }

  delete(item: T): void {
    this.items.delete(item);
  }

  get size(): number {
    return this.items.size;
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private tick(): void {
    this.onTick?.(false);
    for (const item of this.items) if (!this.keep(item)) this.items.delete(item);
    if (this.items.size === 0) this.stop();
  }
}
