import { Hold } from '../../domain/hold';
import { parseHoldId } from '../../domain/hold-id';
import { IdempotencyRecord } from '../../domain/idempotency';
import { LedgerEntry } from '../../domain/ledger-entry';
import { checkedEntries, checkedEntry, checkedWallet } from '../../domain/read-invariants';
import { TransferRecord, TransferRecordWrite } from '../../domain/transfer-record';
import { Wallet, WalletChange } from '../../domain/wallet';
import { assertChangeWritable } from '../../domain/wallet-invariants';
import {
  CommitOutcome,
  EntryRange,
  HistoryPage,
  HoldsPage,
  HoldsSlice,
  WalletRepository,
  WalletsPage,
} from '../../domain/wallet-repository.port';
import { StoreUnavailable } from '../../domain/store-unavailable';
import { isSqliteCorrupt, isSqliteFileFailure, typedStoreFailure } from '../store-failure';
import { StoreWriteHealth } from '../store-write-health';
import { holdRow } from './hold-row.mapper';
import { idempotencyRow } from './idempotency-row.mapper';
import { Row } from './node-sqlite';
import { writeCommit } from './sqlite-commit';
import { rollbackQuietly, Statements } from './sqlite-statements';
import { entryRow, walletRow } from './sqlite-row.mapper';
import { transferRow } from './transfer-row.mapper';
import { WriteLockWaitExceeded, WriteTurns } from './write-turns';

/** What a repository tells about its file besides its answers: readiness hears of failed writes and of a damaged file. */
export interface SqliteFileWatch {
  readonly writes: StoreWriteHealth;
  /** A read or a write found the file damaged (SQLITE_CORRUPT, SQLITE_NOTADB). */
  readonly corrupt: (error: unknown) => void;
}

const UNWATCHED: SqliteFileWatch = { writes: new StoreWriteHealth(), corrupt: () => undefined };

/**
 * The wallet store on one SQLite file. node:sqlite is synchronous: a commit runs start to end without
 * yielding, so within one process commits never interleave; across processes BEGIN IMMEDIATE takes
 * the write lock, waited for in turns (write-turns.ts) without holding the event loop, and a lock held elsewhere
 * past that wait fails the write as StoreUnavailable, nothing written. The ledger's facts are asserted of every
 * change before its transaction begins, and of every wallet and entry read.
 */
export class SqliteWalletRepository implements WalletRepository {
  constructor(
    private readonly sql: Statements,
    private readonly turns: WriteTurns,
    private readonly watch: SqliteFileWatch = UNWATCHED,
  ) {}

  async find(walletId: string): Promise<Wallet | undefined> {
    const row = this.read(() => this.sql.findWallet.get(walletId));
    return row && checkedWallet(walletRow.toWallet(row));
  }

  async commit(
    changes: readonly WalletChange[],
    record?: IdempotencyRecord,
    transfer?: TransferRecordWrite,
    sentAt?: string,
  ): Promise<CommitOutcome> {
    // The domain computed them; their facts are asserted again here, before the transaction even starts.
    for (const change of changes) assertChangeWritable(change);
    const calledAt = performance.now();
    try {
      // `sentAt` moves on by the wait for the lock: a capture's expiry is checked as the write runs, not as it queued.
      return await this.turns.run(() => this.inTransaction(changes, record, transfer, laterBy(sentAt, performance.now() - calledAt)));
    } catch (error) {
      throw this.failure(error);
    }
  }

  /** Inside BEGIN IMMEDIATE: commits the change, or rolls back a refused one. Only a COMMIT is a write that succeeded. */
  private inTransaction(
    changes: readonly WalletChange[],
    record?: IdempotencyRecord,
    transfer?: TransferRecordWrite,
    sentAt?: string,
  ): CommitOutcome {
    try {
      const outcome = writeCommit(this.sql, changes, record, transfer, sentAt);
      if (outcome.status !== 'committed') {
        this.sql.rollback.run();
        return outcome;
      }
      this.sql.commit.run();
      this.watch.writes.succeeded();
      return outcome;
    } catch (error) {
      rollbackQuietly(this.sql);
      throw error;
    }
  }

  /**
   * A full disk, a failing file or a lock held elsewhere past the wait tells readiness; the failure is typed as every
   * store's is (store-failure.ts). None of them committed anything, so a retry with the same key is safe.
   */
  private failure(error: unknown): unknown {
    if (error instanceof WriteLockWaitExceeded) {
      this.watch.writes.failed();
      return new StoreUnavailable(error.message, { cause: error });
    }
    if (isSqliteFileFailure(error)) this.watch.writes.failed();
    if (isSqliteCorrupt(error)) this.watch.corrupt(error);
    return typedStoreFailure(error);
  }

  /** A read that finds the file damaged says so to readiness; other failures pass as they are. */
  private read<T>(query: () => T): T {
    try {
      return query();
    } catch (error) {
      if (isSqliteCorrupt(error)) this.watch.corrupt(error);
      throw error;
    }
  }

  async findIdempotencyRecord(owner: string, key: string): Promise<IdempotencyRecord | undefined> {
    const row = this.read(() => this.sql.findRecord.get(owner, key));
    return row && idempotencyRow.toRecord(row);
  }

  async history(walletId: string, page: HistoryPage): Promise<LedgerEntry[]> {
    if (page.first <= 0) return [];
    const below = page.beforeVersion ?? Number.MAX_SAFE_INTEGER;
    const entries = this.read(() => this.sql.history.all(walletId, below, page.first)).map((row) => entryRow.toEntry(row));
    return checkedEntries(walletId, entries);
  }

  async entries(walletId: string, range: EntryRange): Promise<LedgerEntry[]> {
    if (range.limit <= 0 || range.fromVersion > range.toVersion) return [];
    const statement = range.order === 'oldestFirst' ? this.sql.entriesOldestFirst : this.sql.entriesNewestFirst;
    const rows = this.read(() => statement.all(walletId, range.fromVersion, range.toVersion, range.limit));
    const entries = rows.map((row) => entryRow.toEntry(row));
    return checkedEntries(walletId, entries);
  }

  async entryAt(walletId: string, version: number): Promise<LedgerEntry | undefined> {
    const row = this.read(() => this.sql.entryAt.get(walletId, version));
    return row && checkedEntry(walletId, entryRow.toEntry(row));
  }

  async lastEntryBefore(walletId: string, at: string): Promise<LedgerEntry | undefined> {
    const row = this.read(() => this.sql.lastEntryBefore.get(walletId, at));
    return row && checkedEntry(walletId, entryRow.toEntry(row));
  }

  async findTransfer(transferId: string): Promise<TransferRecord | undefined> {
    const row = this.read(() => this.sql.findTransfer.get(transferId));
    return row && transferRow.toRecord(row);
  }

  async walletsOf(ownerId: string, page: WalletsPage): Promise<Wallet[]> {
    if (page.first <= 0) return [];
    const { after } = page;
    const rows = this.read(() =>
      after
        ? this.sql.walletsOfAfter.all(ownerId, after.createdAt, after.createdAt, after.id, page.first)
        : this.sql.walletsOf.all(ownerId, page.first),
    );
    return rows.map((row) => checkedWallet(walletRow.toWallet(row)));
  }

  async findHold(holdId: string): Promise<Hold | undefined> {
    const row = this.read(() => this.sql.findHold.get(holdId));
    return row && holdRow.toHold(row);
  }

  /** One query, newest first; the status filter is a WHERE clause (the status shown at `now`), so a page is never short. */
  async holdsOf(walletId: string, page: HoldsPage): Promise<HoldsSlice> {
    if (page.first <= 0) return { holds: [] };
    // Ids start with 'H': 'I' is above them all. Within a wallet, id order is placing order.
    const below = page.afterOrdinal === undefined ? 'I' : `H${page.afterOrdinal}-${walletId}`;
    const limit = page.first + 1;
    const rows = this.read((): Row[] => {
      if (page.status === undefined) return this.sql.holdsOf.all(walletId, below, limit);
      if (page.status === 'PENDING') return this.sql.holdsOfPending.all(walletId, below, page.now, limit);
      if (page.status === 'EXPIRED') return this.sql.holdsOfExpired.all(walletId, below, page.now, limit);
      return this.sql.holdsOfStatus.all(walletId, below, page.status, limit);
    });
    const holds = rows.map((row) => holdRow.toHold(row));
    if (holds.length <= page.first) return { holds };
    const last = parseHoldId(holds[page.first - 1].id);
    if (!last) throw new Error(`Stored hold id ${holds[page.first - 1].id} is not well-formed`);
    return { holds: holds.slice(0, page.first), resumeAfter: last.ordinal };
  }
}

/** The instant `ms` milliseconds after `instant` (ISO text), or undefined without one. */
function laterBy(instant: string | undefined, ms: number): string | undefined {
  return instant === undefined ? undefined : new Date(Date.parse(instant) + Math.floor(ms)).toISOString();
}
