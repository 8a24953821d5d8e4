import { IdempotencyRecord } from '../../domain/idempotency';
import { LedgerEntry } from '../../domain/ledger-entry';
import { Wallet, WalletChange } from '../../domain/wallet';
import { CommitOutcome, HistoryPage, StaleWallet, WalletRepository, WalletsPage } from '../../domain/wallet-repository.port';
import { StoreUnavailable } from '../../domain/store-unavailable';
import { StoreWriteHealth } from '../store-write-health';
import { isBusy, isStoreFailure } from './node-sqlite';
import { Statements } from './sqlite-statements';
import { entryRow, idempotencyRow, walletRow } from './sqlite-row.mapper';

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

  async commit(changes: readonly WalletChange[], record?: IdempotencyRecord): Promise<CommitOutcome> {
    try {
      this.sql.begin.run();
    } catch (error) {
      if (isBusy(error)) return { status: 'contended' };
      throw this.failure(error);
    }
    try {
      const outcome = this.write(changes, record);
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

  /** A full disk or a failing file: the typed StoreUnavailable (nothing was written), and readiness told. */
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
  private write(changes: readonly WalletChange[], record?: IdempotencyRecord): CommitOutcome {
    const stale: StaleWallet[] = [];
    for (const { before, after } of changes) {
      const written = before
        ? this.sql.changeWallet.run(after.balance, after.version, after.updatedAt, after.id, before.version)
        : this.sql.openWallet.run(...walletRow.params(after));
      if (Number(written.changes) === 0) {
        const row = this.sql.findWallet.get(after.id);
        stale.push({ walletId: after.id, current: row && walletRow.toWallet(row) });
      }
    }
    let takenBy: IdempotencyRecord | undefined;
    if (record && Number(this.sql.claimKey.run(...idempotencyRow.params(record)).changes) === 0) {
      const row = this.sql.findRecord.get(record.owner, record.key);
      takenBy = row && idempotencyRow.toRecord(row);
    }
    if (stale.length > 0 || takenBy) return { status: 'rejected', stale, ...(takenBy && { takenBy }) };
    // Every wallet moved from the version it was read at, so its next entry cannot exist: a failure here is corruption.
    for (const { entry } of changes) this.sql.insertEntry.run(...entryRow.params(entry));
    return { status: 'committed' };
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

  async walletsOf(ownerId: string, page: WalletsPage): Promise<Wallet[]> {
    if (page.first <= 0) return [];
    const rows = page.after
      ? this.sql.walletsOfAfter.all(ownerId, page.after.createdAt, page.after.createdAt, page.after.id, page.first)
      : this.sql.walletsOf.all(ownerId, page.first);
    return rows.map((row) => walletRow.toWallet(row));
  }
}
