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
 * timeout, and between tries this process sleeps, awaited, so timers, reads and health checks go on.
 *
 * A turn waits for another process's lock at most `waitMs` from its start, then fails with WriteLockWaitExceeded,
 * having written nothing. Time spent queued behind this process's own writes is not another process's doing and is
 * not counted; but while the lock is known held elsewhere (the last turn failed so), a queued write whose `waitMs`
 * since it was asked has passed fails at once, so the writes queued behind a held lock end with it rather than one
 * wait after another.
 */
export class WriteTurns {
  private last: Promise<unknown> = Promise.resolve();
  /** The last turn failed for another process's lock, and no BEGIN has succeeded since. */
  private heldElsewhere = false;

  constructor(
    /** Runs BEGIN IMMEDIATE: throws SQLITE_BUSY when another connection holds the lock past the busy timeout. */
    private readonly begin: () => void,
    private readonly waitMs: number,
  ) {}

  /** Runs `transaction` once the lock is taken; it must end the transaction (COMMIT or ROLLBACK) before returning. */
  run<T>(transaction: () => T extends PromiseLike<unknown> ? never : T): Promise<T> {
    const askedAt = performance.now();
    const turn = this.last.then(() => this.locked(askedAt)).then(transaction);
    this.last = turn.catch(() => undefined);
    return turn;
  }

  private async locked(askedAt: number): Promise<void> {
    const from = this.heldElsewhere ? askedAt : performance.now();
    for (let attempt = 0; ; attempt++) {
      // With no wait at all (waitMs 0), one try.
      if (attempt > 0 || this.waitMs > 0) this.failPast(from, askedAt);
      try {
        this.begin();
        this.heldElsewhere = false;
        return;
      } catch (error) {
        if (!isSqliteBusy(error)) throw error;
      }
      await sleep(Math.max(0, Math.min(from + this.waitMs - performance.now(), retryDelayMs(attempt))));
    }
  }

  private failPast(from: number, askedAt: number): void {
    if (performance.now() - from < this.waitMs) return;
    this.heldElsewhere = true;
    throw new WriteLockWaitExceeded(performance.now() - askedAt);
  }
}

/** Doubling from the first delay to the last, jittered by half, so that several processes do not retry in step. */
function retryDelayMs(attempt: number): number {
  const ceiling = Math.min(RETRY_LAST_MS, RETRY_FIRST_MS * 2 ** attempt);
  return ceiling / 2 + (Math.random() * ceiling) / 2;
}
