import { setTimeout as sleep } from 'node:timers/promises';
import { isSqliteBusy } from '../store-failure';

/** The first waits between tries of a write lock another process holds; they double up to the last. */
const RETRY_FIRST_MS = 5;
const RETRY_LAST_MS = 100;

/** Another process held the file's write lock for longer than this process waits: nothing was written. */
export class WriteLockWaitExceeded extends Error {
  constructor(waitedMs: number) {
    super(`Another process held the SQLite file's write lock for ${Math.round(waitedMs)} ms: nothing was written`);
    this.name = 'WriteLockWaitExceeded';
  }
}

/**
 * This process's writes to one SQLite file, one transaction at a time, each taking the file's write lock (BEGIN
 * IMMEDIATE) before it runs. node:sqlite is synchronous, so a lock held by another process must not be waited for
 * inside SQLite (its busy timeout spins on the event loop): each try waits at most the connection's short busy
 * timeout, and between tries this process sleeps, awaited, so timers, reads and health checks go on. A write that
 * has not had the lock within `waitMs` of asking fails with WriteLockWaitExceeded, having written nothing; the writes
 * queued behind it meanwhile keep their own deadlines, so they end with it rather than one wait after another.
 */
export class WriteTurns {
  private last: Promise<unknown> = Promise.resolve();

  constructor(
    /** Runs BEGIN IMMEDIATE: throws SQLITE_BUSY when another connection holds the lock past the busy timeout. */
    private readonly begin: () => void,
    private readonly waitMs: number,
  ) {}

  /** Runs `transaction` once the lock is taken; it must end the transaction (COMMIT or ROLLBACK) before returning. */
  run<T>(transaction: () => T): Promise<T> {
    const askedAt = performance.now();
    const turn = this.last.then(() => this.locked(askedAt)).then(transaction);
    this.last = turn.catch(() => undefined);
    return turn;
  }

  private async locked(askedAt: number): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      // A turn that waited out its whole deadline behind another write fails without spending a busy timeout.
      if (attempt > 0 || this.waitMs > 0) this.failPast(askedAt);
      try {
        this.begin();
        return;
      } catch (error) {
        if (!isSqliteBusy(error)) throw error;
      }
      this.failPast(askedAt);
      const left = askedAt + this.waitMs - performance.now();
      await sleep(Math.min(left, retryDelayMs(attempt)));
    }
  }

  private failPast(askedAt: number): void {
    const waited = performance.now() - askedAt;
    if (waited >= this.waitMs) throw new WriteLockWaitExceeded(waited);
  }
}

/** Doubling from the first delay to the last, jittered by half, so that several processes do not retry in step. */
function retryDelayMs(attempt: number): number {
  const ceiling = Math.min(RETRY_LAST_MS, RETRY_FIRST_MS * 2 ** attempt);
  return ceiling / 2 + (Math.random() * ceiling) / 2;
}
