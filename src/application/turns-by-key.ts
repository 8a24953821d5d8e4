/**
 * Work run one at a time per key, in the order it arrives, each after the one before has settled; keys do not wait
 * for each other. Used so that one caller's subscriptions replay history one store read at a time (wallet-event-stream.ts).
 */
export class TurnsByKey {
  private readonly tails = new Map<string, Promise<void>>();

  inTurn<T>(key: string, work: () => Promise<T>): Promise<T> {
    const result = (this.tails.get(key) ?? Promise.resolve()).then(work);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    // Forgotten once its last work has settled: a key costs memory only while it has work.
    void tail.then(() => this.tails.get(key) === tail && this.tails.delete(key));
    return result;
  }

  /** Keys with work queued or running (tests). */
  get size(): number {
    return this.tails.size;
  }
}
