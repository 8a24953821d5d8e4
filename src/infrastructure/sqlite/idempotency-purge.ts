import { setImmediate } from 'node:timers/promises';
import { Logger } from '../../logger';
import { rollbackQuietly, Statements } from './sqlite-statements';
import { WriteTurns } from './write-turns';

/** Records deleted per transaction: each batch holds the write lock, and the event loop, for a few milliseconds. */
export const PURGE_BATCH = 500;
/** Batches one round deletes at most (50,000 records a minute); what is left waits for the next round. */
const BATCHES_PER_ROUND = 100;
/**
 * How long past its expiry, by this process's clock, a record is kept before the timer deletes it: another process on
 * the file whose clock runs behind must never find a record gone that it still counts as answering a retry (it would
 * apply the retry again). DynamoDB's TTL deletes late, never early; so does this.
 */
export const PURGE_GRACE_SECONDS = 3_600;

/**
 * Deletes idempotency records past their expiry (api.md: kept 24 h), as DynamoDB's TTL does on that store. Batch by
 * batch, each its own short transaction taking its turn with the writes (write-turns.ts), the event loop free between
 * them. A record is expired, and answers nothing, once `expires_at <= now` (isExpired): deleting it changes no answer.
 */
export class IdempotencyPurge {
  /** Set when the store closes: a round under way stops before its next batch. */
  private stopped = false;

  constructor(
    private readonly sql: Statements,
    private readonly turns: WriteTurns,
    private readonly batch = PURGE_BATCH,
  ) {}

  /** Deletes records expired at `nowSeconds`, at most `batches` batches of them; returns how many. */
  async purge(nowSeconds: number, batches = BATCHES_PER_ROUND): Promise<number> {
    let deleted = 0;
    for (let round = 0; round < batches; round++) {
      // The event loop's other work (requests, timers) runs between two batches.
      if (round > 0) await setImmediate();
      // Checked after the wait: the store may have closed during it.
      if (this.stopped) break;
      const count = await this.turns.run(() => this.deleteBatch(nowSeconds));
      deleted += count;
      if (count < this.batch) break;
    }
    return deleted;
  }

  /** A round every `everyMs` (never two at once) of the records expired PURGE_GRACE_SECONDS ago; the timer keeps no process alive. Returns the stop. */
  every(everyMs: number, logger?: Logger): () => void {
    let running = false;
    const timer = setInterval(() => {
      if (running) return;
      running = true;
      this.purge(Math.floor(Date.now() / 1000) - PURGE_GRACE_SECONDS)
        .catch((error: unknown) =>
          logger?.warn('Purging expired idempotency records failed; the next round tries again', { error: String(error) }),
        )
        .finally(() => {
          running = false;
        });
    }, everyMs);
    timer.unref();
    return () => {
      this.stopped = true;
      clearInterval(timer);
    };
  }

  private deleteBatch(nowSeconds: number): number {
    try {
      const { changes } = this.sql.purgeExpiredRecords.run(nowSeconds, this.batch);
      this.sql.commit.run();
      return Number(changes);
    } catch (error) {
      rollbackQuietly(this.sql);
      throw error;
    }
  }
}
