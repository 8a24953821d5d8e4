import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WalletRepository } from '../../src/domain/wallet-repository.port';
import { LedgerEntry } from '../../src/domain/ledger-entry';
import { Database, loadNodeSqlite, SQLITE_MIN_NODE, SqliteValue, supportsNodeSqlite } from '../../src/infrastructure/sqlite/node-sqlite';
import { prepareStatements } from '../../src/infrastructure/sqlite/sqlite-statements';
import { openSqliteStore, SqliteStore } from '../../src/infrastructure/sqlite/open-sqlite';
import { entryRow, walletRow } from '../../src/infrastructure/sqlite/sqlite-row.mapper';
import { StoredLedger } from './ledger';
import { LocalWalletFeed } from '../../src/application/local-wallet-feed';

/**
 * `describe` where node:sqlite exists (Node >= 22.13), else `describe.skip` with a note saying why:
 * the project's tests still run on Node 20, and CI runs them again on Node 24 for the SQLite store.
 */
export function describeSqlite(name: string, body: () => void): void {
  if (supportsNodeSqlite()) {
    describe(name, body);
    return;
  }
  console.info(
    `Skipping "${name}": the SQLite store needs Node.js >= ${SQLITE_MIN_NODE} (node:sqlite); this is Node ${process.versions.node}.`,
  );
  describe.skip(name, body);
}

/**
 * A fresh SQLite database file in a temporary folder of its own. `repository()` opens another
 * connection to the same file (as a second process would); the raw reads use one more connection,
 * never the repository under test.
 */
export function freshSqliteFile() {
  const dir = mkdtempSync(join(tmpdir(), 'wallets-sqlite-'));
  const file = join(dir, 'wallets.sqlite');
  const stores: SqliteStore[] = [openSqliteStore(file)];
  let raw: Database | undefined;
  const query = (sql: string, ...params: SqliteValue[]) => {
    raw ??= new (loadNodeSqlite().DatabaseSync)(file);
    const statement = raw.prepare(sql);
    statement.setReadBigInts(true);
    return statement.all(...params);
  };
  return {
    dir,
    file,
    /** The first connection's repository. */
    main: stores[0],
    /** Another connection to the same file; with a feed, it announces its commits there (live subscriptions). */
    repository(feed?: LocalWalletFeed): WalletRepository {
      const store = openSqliteStore(file, { feed });
      stores.push(store);
      return store.repository;
    },
    query,
    async readLedger(walletId: string): Promise<StoredLedger> {
      const [wallet] = query('SELECT * FROM wallets WHERE id = ?', walletId);
      const entries = query('SELECT * FROM ledger_entries WHERE wallet_id = ? ORDER BY version', walletId);
      return { wallet: wallet && walletRow.toWallet(wallet), entries: entries.map((row) => entryRow.toEntry(row)) };
    },
    tamper: {
      async setInTotal(walletId: string, inTotal: bigint) {
        query('UPDATE wallets SET in_total = ? WHERE id = ?', inTotal, walletId);
      },
      async putEntry(entry: LedgerEntry) {
        raw ??= new (loadNodeSqlite().DatabaseSync)(file);
        prepareStatements(raw).insertEntry.run(...entryRow.params(entry));
      },
    },
    async countItems(): Promise<number> {
      const [row] = query(`SELECT (SELECT count(*) FROM wallets) + (SELECT count(*) FROM ledger_entries)
                           + (SELECT count(*) FROM idempotency_records) + (SELECT count(*) FROM holds) AS n`);
      return Number(row.n);
    },
    async drop() {
      for (const store of stores) store.close();
      raw?.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type TestSqliteFile = ReturnType<typeof freshSqliteFile>;
