import { LedgerEntry } from '../domain/ledger-entry';

/**
 * The live entries of one subscription waiting to be sent, bounded. A reader slower than the writers
 * must not grow it without end: past `capacity` only the newest entry is kept, and the reader fills the
 * hole before it from the store (which it does for any hole), so an overflow costs reads, never an event.
 */
export class EntryInbox {
  private entries: LedgerEntry[] = [];
  private wake?: () => void;
  private closed = false;

  constructor(private readonly capacity = 1_000) {}

  push(entry: LedgerEntry): void {
    if (this.closed) return;
    this.entries.push(entry);
    if (this.entries.length > this.capacity) {
      const newest = this.entries.reduce((a, b) => (b.version > a.version ? b : a));
      this.entries = [newest];
    }
    this.wake?.();
  }

  /** The next entry in arrival order; undefined once closed. */
  async take(): Promise<LedgerEntry | undefined> {
    while (this.entries.length === 0 && !this.closed) {
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
      this.wake = undefined;
    }
    return this.closed ? undefined : this.entries.shift();
  }

  /** Ends a pending and every later `take` (the subscriber left). */
  close(): void {
    this.closed = true;
    this.entries = [];
    this.wake?.();
  }
}
