import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { LocalWalletFeed } from '../../application/local-wallet-feed';
import { Logger } from '../../logger';
import { isSqliteBusy } from '../store-failure';
import { StoreWriteHealth } from '../store-write-health';
import { IdempotencyPurge } from './idempotency-purge';
import { Database, loadNodeSqlite } from './node-sqlite';
import { PublishingSqliteRepository } from './publishing-repository';
import { migrate, refuseNewerSchema } from './schema';
import { refusalOf, SqliteFileRefused } from './sqlite-file-refused';
import { prepareStatements, Statements } from './sqlite-statements';
import { SqliteFileWatch, SqliteWalletRepository } from './sqlite-wallet.repository';
import { WriteTurns } from './write-turns';

/** Defaults of SqliteStoreOptions (docs/configuration.md names the ones a variable sets). */
export const SQLITE_DEFAULTS = {
  busyTimeoutMs: 20,
  lockWaitMs: 5_000,
  startWaitMs: 15_000,
  purgeEveryMs: 60_000,
} as const;

export interface SqliteStoreOptions {
  /**
   * How long one statement waits inside SQLite for a lock another process holds (SQLITE_BUSY after it). The wait
   * blocks the event loop (node:sqlite is synchronous), so it is kept to tens of milliseconds: longer waits for the
   * write lock are awaited between tries (write-turns.ts).
   */
  readonly busyTimeoutMs?: number;
  /** How long a write waits, in all, for a write lock another process holds, before StoreUnavailable (SQLITE_LOCK_TIMEOUT_MS). */
  readonly lockWaitMs?: number;
  /** startSqliteStore: how long the start waits for a write lock another process holds, before refusing. */
  readonly startWaitMs?: number;
  /** How often expired idempotency records are purged; 0: never (the tests purge by hand). */
  readonly purgeEveryMs?: number;
  /** After a write failed for want of the file (a full disk), how long readiness says so unless a write succeeds. */
  readonly writeFailureQuietMs?: number;
  /** Announce each committed entry here (live subscriptions on this node). */
  readonly feed?: LocalWalletFeed;
  /** Where a corrupt file and a failed purge are told. */
  readonly logger?: Logger;
}

export interface SqliteStore {
  readonly repository: SqliteWalletRepository;
  /** Readiness: a trivial query on the wallets table. */
  isReachable(): Promise<boolean>;
  /** The latest write failed for want of the file (a full disk, a lock held elsewhere), or the file is corrupt. */
  isFailingWrites(): boolean;
  /** Deletes idempotency records expired at `nowSeconds` (bounded batches); returns how many. */
  purgeExpiredRecords(nowSeconds: number): Promise<number>;
  close(): void;
}

/**
 * Opens the file as the service's start does: while another process holds its write lock (a service writing, or
 * another one migrating), waits for it without holding the event loop, `startWaitMs` at most, then refuses in one
 * line naming the file.
 */
export async function startSqliteStore(file: string, options: SqliteStoreOptions = {}): Promise<SqliteStore> {
  const startedAt = performance.now();
  const waitMs = options.startWaitMs ?? SQLITE_DEFAULTS.startWaitMs;
  for (let attempt = 0; ; attempt++) {
    try {
      return openFile(file, options);
    } catch (error) {
      if (!isSqliteBusy(error) || performance.now() - startedAt >= waitMs) throw refusalOf(file, error);
      if (attempt === 0)
        options.logger?.warn('SQLite file is locked by another process; waiting for it', { file, waitMs: Math.round(waitMs) });
    }
    await sleep(Math.min(250, 10 * 2 ** attempt));
  }
}

/**
 * Opens (creating if missing) the database file, one try: WAL journal with synchronous=FULL, so a commit is on
 * disk before it is acknowledged and survives a crash of the process (kill -9) or of the machine; then brings the
 * schema up to date. A refusal names the file and the likely cause.
 */
export function openSqliteStore(file: string, options: SqliteStoreOptions = {}): SqliteStore {
  try {
    return openFile(file, options);
  } catch (error) {
    throw refusalOf(file, error);
  }
}

function openFile(file: string, options: SqliteStoreOptions): SqliteStore {
  refuseNonFile(file);
  const { DatabaseSync } = loadNodeSqlite();
  mkdirSync(dirname(file), { recursive: true });
  const db = new DatabaseSync(file);
  try {
    db.exec(`PRAGMA busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? SQLITE_DEFAULTS.busyTimeoutMs))}`);
    // Before anything writes to the file, its header included: a file a newer release wrote is left as it was.
    refuseNewerSchema(db, file);
    walJournal(db, file);
    db.exec('PRAGMA synchronous = FULL');
    db.exec('PRAGMA foreign_keys = ON');
    migrate(db, file);
    return storeOn(db, file, prepareStatements(db), options);
  } catch (error) {
    db.close();
    throw error;
  }
}

/** `:memory:`, an empty name and `file:` URIs (mode=memory among them) would keep nothing, or not the file named. */
function refuseNonFile(file: string): void {
  if (file.trim() === '' || file === ':memory:' || /^file:/i.test(file)) {
    throw new SqliteFileRefused(
      file,
      'SQLITE_FILE must be the path of a file on disk (not :memory: nor a file: URI): nothing else is durable',
    );
  }
}

/** Durability rests on the WAL journal: SQLite answers the mode it is in, which on some filesystems is not the one asked. */
export function walJournal(db: Database, file: string): void {
  const mode = db.prepare('PRAGMA journal_mode = WAL').get()?.journal_mode;
  if (mode !== 'wal') throw new SqliteFileRefused(file, `SQLite kept journal mode ${String(mode)}, not wal: put the file on a local disk`);
}

function storeOn(db: Database, file: string, sql: Statements, options: SqliteStoreOptions): SqliteStore {
  const turns = new WriteTurns(() => sql.begin.run(), options.lockWaitMs ?? SQLITE_DEFAULTS.lockWaitMs);
  const writes = new StoreWriteHealth(options.writeFailureQuietMs);
  let corrupt = false;
  const watch: SqliteFileWatch = {
    writes,
    corrupt: (error) => {
      if (!corrupt)
        options.logger?.error('SQLite file is corrupt: restore it from a backup (docs/storage.md)', { file, error: String(error) });
      corrupt = true;
    },
  };
  const purge = new IdempotencyPurge(sql, turns);
  const purgeEveryMs = options.purgeEveryMs ?? SQLITE_DEFAULTS.purgeEveryMs;
  const stopPurge = purgeEveryMs > 0 ? purge.every(purgeEveryMs, options.logger) : () => undefined;
  return {
    repository: options.feed
      ? new PublishingSqliteRepository(sql, turns, options.feed, watch)
      : new SqliteWalletRepository(sql, turns, watch),
    isFailingWrites: () => corrupt || writes.failing,
    purgeExpiredRecords: (nowSeconds) => purge.purge(nowSeconds),
    async isReachable() {
      try {
        sql.probe.all();
        return !corrupt;
      } catch {
        return false;
      }
    },
    close: () => {
      stopPurge();
      db.close();
    },
  };
}
