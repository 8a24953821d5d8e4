/**
 * Whether the store is taking writes, as the writes themselves last found. A write refused for want
 * of the store (a full disk, an I/O error, a refused connection) makes the service not ready, at once,
 * until a write succeeds again or `quietMs` pass without another failure: not ready must not mean
 * "never tried again" when a load balancer stops sending writes to a service it deems not ready.
 */
export class StoreWriteHealth {
  private lastFailureAt = Number.NEGATIVE_INFINITY;
  private lastSuccessAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly quietMs = 10_000,
    private readonly now: () => number = () => performance.now(),
  ) {}

  failed(): void {
    this.lastFailureAt = this.now();
  }

  succeeded(): void {
    this.lastSuccessAt = this.now();
  }

  /** True while the latest write failed, and recently. */
  get failing(): boolean {
    return this.lastFailureAt > this.lastSuccessAt && this.now() - this.lastFailureAt < this.quietMs;
  }
}
