import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadNodeSqlite } from './node-sqlite';
import { StoreWriteHealth } from '../store-write-health';
import { migrate } from './schema';
import { prepareStatements } from './sqlite-statements';
import { SqliteWalletRepository } from './sqlite-wallet.repository';

export interface SqliteStoreOptions {
  /**
   * How long a statement waits for a write lock held by another process before SQLITE_BUSY. The wait
   * blocks this process's event loop (node:sqlite is synchronous), so it is kept short: the application
   * retries a contended commit itself.
   */
  readonly busyTimeoutMs?: number;
  /** After a write failed for want of the file (a full disk), how long readiness says so unless a write succeeds. */
  readonly writeFailureQuietMs?: number;
}

export interface SqliteStore {
  readonly repository: SqliteWalletRepository;
  /** Readiness: a trivial query on the wallets table. */
  isReachable(): Promise<boolean>;
  /** The latest write failed for want of the file (a full disk): not ready, without asking. */
  isFailingWrites(): boolean;
  close(): void;
}

/**
 * Opens (creating if missing) the database file: WAL journal with synchronous=FULL, so a commit is on
 * disk before it is acknowledged and survives a crash of the process (kill -9) or of the machine;
 * then brings the schema up to date.
 */
export function openSqliteStore(file: string, options: SqliteStoreOptions = {}): SqliteStore {
  const { DatabaseSync } = loadNodeSqlite();
  mkdirSync(dirname(file), { recursive: true });
  const db = new DatabaseSync(file);
  try {
    db.exec(`PRAGMA busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 100))}`);
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = FULL');
    db.exec('PRAGMA foreign_keys = ON');
    migrate(db, file);
    const sql = prepareStatements(db);
    const writes = new StoreWriteHealth(options.writeFailureQuietMs);
    return {
      repository: new SqliteWalletRepository(sql, writes),
      isFailingWrites: () => writes.failing,
      async isReachable() {
        try {
          sql.probe.all();
          return true;
        } catch {
          return false;
        }
      },
      close: () => db.close(),
    };
  } catch (error) {
    db.close();
    throw error;
  }
}
