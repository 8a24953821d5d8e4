import { LedgerEntry } from '../domain/ledger-entry';
import { FeedSource, StopListening, WalletFeed } from './wallet-feed.port';

type Deliver = (entry: LedgerEntry) => void;

/**
 * The fan-out of one process: listeners by wallet id, served from one source. The source runs only while
 * somebody listens (a stream read costs requests), and starts again for the next listener after the last
 * one left. Without a source, entries arrive through `publish` (SQLite: after each COMMIT).
 */
export class LocalWalletFeed implements WalletFeed {
  private readonly listeners = new Map<string, Set<Deliver>>();
  private listening = 0;
  private started?: Promise<void>;

  constructor(private readonly source?: FeedSource) {}

  /** How many listeners are attached, across wallets (for tests and metrics). */
  get size(): number {
    return this.listening;
  }

  async listen(walletId: string, deliver: Deliver): Promise<StopListening> {
    const own = (entry: LedgerEntry) => deliver(entry);
    const set = this.listeners.get(walletId) ?? new Set<Deliver>();
    this.listeners.set(walletId, set);
    set.add(own);
    this.listening += 1;
    let stopped = false;
    const stop = () => {
      if (stopped) return;
      stopped = true;
      set.delete(own);
      if (set.size === 0 && this.listeners.get(walletId) === set) this.listeners.delete(walletId);
      this.listening -= 1;
      if (this.listening === 0) this.stopSource();
    };
    try {
      await this.startSource();
    } catch (error) {
      stop();
      throw error;
    }
    return stop;
  }

  /** Hands an entry to the listeners of its wallet. A listener that throws does not stop the others. */
  publish(entry: LedgerEntry): void {
    const set = this.listeners.get(entry.walletId);
    if (!set) return;
    for (const deliver of [...set]) {
      try {
        deliver(entry);
      } catch {
        // A listener's own failure is its stream's business (it ends that subscription), never the publisher's.
      }
    }
  }

  private startSource(): Promise<void> {
    if (!this.source) return Promise.resolve();
    this.started ??= this.source
      .start((entry) => this.publish(entry))
      .catch((error: unknown) => {
        this.started = undefined;
        throw error;
      });
    return this.started;
  }

  private stopSource(): void {
    if (!this.source || !this.started) return;
    this.started = undefined;
    this.source.stop();
  }
}
