/**
 * One write per wallet in flight in this process; the others wait their turn, in arrival order.
 *
 * Why: on a hot wallet (many clients changing one wallet at once) every write sent beside another
 * on the same wallet is a lost race that DynamoDB must still be asked about, and each answer sends
 * its client back for another try. Taking turns inside the process lets each waiting write be
 * checked against the state the previous one left (see ChangeWriter), so a write that can no longer
 * land is refused without a request, and the one that can is never pushed out by a sibling.
 * DynamoDB's condition stays the guard: this only orders what one process sends.
 */
export class WalletQueue {
  /** The turn of the last writer queued on each wallet; absent when nobody holds or awaits it. */
  private readonly tails = new Map<string, Promise<void>>();
  /** While a wallet is busy: the tick (the writer's clock) at which the last request that told its state was sent. */
  private readonly told = new Map<string, number>();
  /** While a wallet is busy: the tick at which a write on it last found the store unavailable. */
  private readonly failed = new Map<string, number>();

  /**
   * Runs `work` holding the turn of every wallet named. Turns are taken in id order, so two plans
   * naming the same two wallets (a transfer each way) cannot each hold one and wait for the other.
   */
  async exclusive<T>(walletIds: readonly string[], work: () => Promise<T>): Promise<T> {
    const releases: Array<() => void> = [];
    try {
      for (const walletId of [...new Set(walletIds)].sort()) releases.push(await this.turn(walletId));
      return await work();
    } finally {
      for (const release of releases.reverse()) release();
    }
  }

  /** Notes that a request sent at `tick` told this wallet's state (kept until nobody holds or awaits the wallet). */
  toldAt(walletId: string, tick: number): void {
    if (this.tails.has(walletId)) this.told.set(walletId, Math.max(tick, this.told.get(walletId) ?? tick));
  }

  /** The tick of the last request that told the wallet's state since it became busy, if any. */
  lastTold(walletId: string): number | undefined {
    return this.told.get(walletId);
  }

  /** Notes that a write on this wallet found the store unavailable at `tick` (kept while the wallet is busy, as toldAt's). */
  failedAt(walletId: string, tick: number): void {
    if (this.tails.has(walletId)) this.failed.set(walletId, tick);
  }

  /** The tick at which a write on the wallet last found the store unavailable since it became busy, if any. */
  lastFailed(walletId: string): number | undefined {
    return this.failed.get(walletId);
  }

  /** How many wallets have a writer holding or awaiting their turn (bounded by the writes in flight). */
  get busyWallets(): number {
    return this.tails.size;
  }

  private async turn(walletId: string): Promise<() => void> {
    const previous = this.tails.get(walletId) ?? Promise.resolve();
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const tail = previous.then(() => held);
    this.tails.set(walletId, tail);
    await previous;
    return () => {
      release();
      // The last in line leaves no entry behind: the map holds only wallets with writes in flight.
      if (this.tails.get(walletId) === tail) {
        this.tails.delete(walletId);
        this.told.delete(walletId);
        this.failed.delete(walletId);
      }
    };
  }
}
