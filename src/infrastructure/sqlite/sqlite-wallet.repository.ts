import { Hold } from '../../domain/hold';
import { parseHoldId } from '../../domain/hold-id';
import { IdempotencyRecord } from '../../domain/idempotency';
import { LedgerEntry } from '../../domain/ledger-entry';
import { HoldWrite, Wallet, WalletChange } from '../../domain/wallet';
import { assertVersions } from '../../domain/wallet-steps';
import { TransferRecord, TransferRecordWrite } from '../../domain/transfer-record';
import {
  CommitOutcome,
  EntryRange,
  HistoryPage,
  HoldsPage,
  HoldsSlice,
  StaleHold,
  StaleWallet,
  WalletRepository,
  WalletsPage,
} from '../../domain/wallet-repository.port';
import { StoreUnavailable } from '../../domain/store-unavailable';
import { StoreWriteHealth } from '../store-write-health';
import { isBusy, isStoreFailure, Row } from './node-sqlite';
import { Statements } from './sqlite-statements';
import { entryRow, holdRow, idempotencyRow, transferRow, walletRow } from './sqlite-row.mapper';

/**
 * The wallet store on one SQLite file. node:sqlite is synchronous: a commit runs start to end without
 * yielding, so within one process commits never interleave; across processes BEGIN IMMEDIATE takes
 * the write lock, and a lock held elsewhere (SQLITE_BUSY past the busy timeout) is `contended`,
 * which the application retries, bounded, like a DynamoDB TransactionConflict.
 */
export class SqliteWalletRepository implements WalletRepository {
  constructor(
    private readonly sql: Statements,
    private readonly writes = new StoreWriteHealth(),
  ) {}

  async find(walletId: string): Promise<Wallet | undefined> {
    const row = this.sql.findWallet.get(walletId);
    return row && walletRow.toWallet(row);
  }

  async commit(changes: readonly WalletChange[], record?: IdempotencyRecord, transfer?: TransferRecordWrite): Promise<CommitOutcome> {
    try {
      this.sql.begin.run();
    } catch (error) {
      if (isBusy(error)) return { status: 'contended' };
      throw this.failure(error);
    }
    try {
      const outcome = this.write(changes, record, transfer);
      if (outcome.status === 'committed') this.sql.commit.run();
      else this.sql.rollback.run();
      this.writes.succeeded();
      return outcome;
    } catch (error) {
      this.rollbackQuietly();
      if (isBusy(error)) return { status: 'contended' };
      throw this.failure(error);
    }
  }

  /** A full disk or a failing file: the typed StoreUnavailable (the transaction is rolled back), and readiness told. */
  private failure(error: unknown): unknown {
    if (!isStoreFailure(error)) return error;
    this.writes.failed();
    return new StoreUnavailable(`SQLite cannot write: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }

  /** Some errors (a full disk, an I/O error) end the transaction themselves: the original error is what matters. */
  private rollbackQuietly(): void {
    try {
      this.sql.rollback.run();
    } catch {
      // no transaction left to roll back
    }
  }

  /**
   * Inside the transaction: each guarded write that changes no row is a lost race; the row as it is now
   * (read in the same transaction, SQLite's counterpart of ALL_OLD) says who won. Any loss rejects all.
   */
  private write(changes: readonly WalletChange[], record?: IdempotencyRecord, transfer?: TransferRecordWrite): CommitOutcome {
    const stale: StaleWallet[] = [];
    const staleHolds: StaleHold[] = [];
    for (const change of changes) {
      // The domain asserted it; asserted again here, where a broken change would be written.
      assertVersions(change);
      const { before, after } = change;
      const written = before
        ? this.sql.changeWallet.run(...walletRow.changeParams(before, after))
        : this.sql.openWallet.run(...walletRow.params(after));
      if (Number(written.changes) === 0) {
        const row = this.sql.findWallet.get(after.id);
        stale.push({ walletId: after.id, current: row && walletRow.toWallet(row) });
      }
      for (const write of change.holds ?? []) {
        if (this.writeHold(write)) continue;
        const row = this.sql.findHold.get(write.hold.id);
        staleHolds.push({ holdId: write.hold.id, current: row && holdRow.toHold(row) });
      }
    }
    let takenBy: IdempotencyRecord | undefined;
    if (record && Number(this.sql.claimKey.run(...idempotencyRow.params(record)).changes) === 0) {
      const row = this.sql.findRecord.get(record.owner, record.key);
      takenBy = row && idempotencyRow.toRecord(row);
    }
    const transferNow = transfer && this.moveTransfer(transfer);
    if (stale.length > 0 || takenBy || transferNow || staleHolds.length > 0) {
      return {
        status: 'rejected',
        stale,
        ...(takenBy && { takenBy }),
        ...(transferNow && { transferNow }),
        ...(staleHolds.length > 0 && { staleHolds }),
      };
    }
    // Every wallet moved from the version it was read at, so its next entries cannot exist: a failure here is corruption.
    for (const { entries } of changes) for (const entry of entries) this.sql.insertEntry.run(...entryRow.params(entry));
    return { status: 'committed' };
  }

  /** Writes a transfer's record; the record as it is now when a reversal's condition on it failed. */
  private moveTransfer({ record, expectedReversed }: TransferRecordWrite): TransferRecord | undefined {
    if (expectedReversed === undefined) {
      this.sql.insertTransfer.run(...transferRow.params(record));
      return undefined;
    }
    if (Number(this.sql.moveTransfer.run(record.reversed, record.transferId, expectedReversed).changes) > 0) return undefined;
    const row = this.sql.findTransfer.get(record.transferId);
    if (!row) throw new Error(`Transfer ${record.transferId} has no record to move on`);
    return transferRow.toRecord(row);
  }

  /** The hold record as the change leaves it, if it is as the change expects: the DynamoDB conditions, as WHERE clauses. */
  private writeHold({ hold, expect }: HoldWrite): boolean {
    if (expect === 'NEW') return Number(this.sql.insertHold.run(...holdRow.params(hold)).changes) === 1;
    const set = [hold.status, hold.capturedAmount, hold.resolvedAt ?? null, hold.id] as const;
    if (expect === 'PENDING') return Number(this.sql.releaseHold.run(...set).changes) === 1;
    if (hold.resolvedAt === undefined) throw new Error(`Hold ${hold.id} is resolved without a resolvedAt`);
    return Number(this.sql.resolveHold.run(...set, hold.resolvedAt).changes) === 1;
  }

  async findIdempotencyRecord(owner: string, key: string): Promise<IdempotencyRecord | undefined> {
    const row = this.sql.findRecord.get(owner, key);
    return row && idempotencyRow.toRecord(row);
  }

  async history(walletId: string, page: HistoryPage): Promise<LedgerEntry[]> {
    if (page.first <= 0) return [];
    const below = page.beforeVersion ?? Number.MAX_SAFE_INTEGER;
    return this.sql.history.all(walletId, below, page.first).map((row) => entryRow.toEntry(row));
  }

  async entries(walletId: string, range: EntryRange): Promise<LedgerEntry[]> {
    if (range.limit <= 0 || range.fromVersion > range.toVersion) return [];
    const statement = range.order === 'oldestFirst' ? this.sql.entriesOldestFirst : this.sql.entriesNewestFirst;
    return statement.all(walletId, range.fromVersion, range.toVersion, range.limit).map((row) => entryRow.toEntry(row));
  }

  async entryAt(walletId: string, version: number): Promise<LedgerEntry | undefined> {
    const row = this.sql.entryAt.get(walletId, version);
    return row && entryRow.toEntry(row);
  }

  async lastEntryBefore(walletId: string, at: string): Promise<LedgerEntry | undefined> {
    const row = this.sql.lastEntryBefore.get(walletId, at);
    return row && entryRow.toEntry(row);
  }

  async findTransfer(transferId: string): Promise<TransferRecord | undefined> {
    const row = this.sql.findTransfer.get(transferId);
    return row && transferRow.toRecord(row);
  }

  async walletsOf(ownerId: string, page: WalletsPage): Promise<Wallet[]> {
    if (page.first <= 0) return [];
    const rows = page.after
      ? this.sql.walletsOfAfter.all(ownerId, page.after.createdAt, page.after.createdAt, page.after.id, page.first)
      : this.sql.walletsOf.all(ownerId, page.first);
    return rows.map((row) => walletRow.toWallet(row));
  }

  async findHold(holdId: string): Promise<Hold | undefined> {
    const row = this.sql.findHold.get(holdId);
    return row && holdRow.toHold(row);
  }

  /** One query, newest first; the status filter is a WHERE clause (the status shown at `now`), so a page is never short. */
  async holdsOf(walletId: string, page: HoldsPage): Promise<HoldsSlice> {
    if (page.first <= 0) return { holds: [] };
    // Ids start with 'H': 'I' is above them all. Within a wallet, id order is placing order.
    const below = page.afterOrdinal === undefined ? 'I' : `H${page.afterOrdinal}-${walletId}`;
    const limit = page.first + 1;
    let rows: Row[];
    if (page.status === undefined) rows = this.sql.holdsOf.all(walletId, below, limit);
    else if (page.status === 'PENDING') rows = this.sql.holdsOfPending.all(walletId, below, page.now, limit);
    else if (page.status === 'EXPIRED') rows = this.sql.holdsOfExpired.all(walletId, below, page.now, limit);
    else rows = this.sql.holdsOfStatus.all(walletId, below, page.status, limit);
    const holds = rows.map((row) => holdRow.toHold(row));
    if (holds.length <= page.first) return { holds };
    const last = parseHoldId(holds[page.first - 1].id);
    if (!last) throw new Error(`Stored hold id ${holds[page.first - 1].id} is not well-formed`);
    return { holds: holds.slice(0, page.first), resumeAfter: last.ordinal };
  }
}
