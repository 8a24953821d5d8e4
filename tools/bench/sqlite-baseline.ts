import { randomUUID } from 'node:crypto';
import { Currency } from '../../src/domain/currency';
import { EntryContext, increaseBalance, openWallet, Wallet } from '../../src/domain/wallet';
import { Database, loadNodeSqlite } from '../../src/infrastructure/sqlite/node-sqlite';
import { migrate } from '../../src/infrastructure/sqlite/schema';
import { prepareStatements, Statements } from '../../src/infrastructure/sqlite/sqlite-statements';
import { entryRow, walletRow } from '../../src/infrastructure/sqlite/sqlite-row.mapper';
import { AMOUNT, Baseline } from './baseline';
import { LoadClient, Step } from './closed-loop';

/**
 * The SQLite baseline: the statements of one `increaseBalance`, run with node:sqlite itself in the
 * bench process (no GraphQL, no HTTP, no service, no repository): BEGIN IMMEDIATE, the guarded
 * UPDATE, the ledger INSERT, COMMIT; on zero rows changed, the current row and ROLLBACK. The same
 * SQL text, pragmas and schema as the service's, on a file of its own.
 */
export class SqliteBaselineStore implements Baseline {
  private constructor(
    private readonly db: Database,
    private readonly sql: Statements,
  ) {}

  static open(file: string): SqliteBaselineStore {
    const db = new (loadNodeSqlite().DatabaseSync)(file);
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = FULL');
    db.exec('PRAGMA foreign_keys = ON');
    migrate(db, file);
    return new SqliteBaselineStore(db, prepareStatements(db));
  }

  close(): void {
    this.db.close();
  }

  async createWallet(): Promise<Wallet> {
    const change = openWallet(randomUUID(), 'alice', Currency.GBP, context());
    this.sql.begin.run();
    this.sql.openWallet.run(...walletRow.params(change.after));
    for (const entry of change.entries) this.sql.insertEntry.run(...entryRow.params(entry));
    this.sql.commit.run();
    return change.after;
  }

  async read(walletId: string): Promise<Wallet | undefined> {
    const row = this.sql.findWallet.get(walletId);
    return row && walletRow.toWallet(row);
  }

  client(wallet: Wallet): LoadClient {
    let known = wallet;
    return {
      step: async () => {
        const outcome = this.increase(known);
        known = outcome.wallet;
        // Yield as a network round trip would, so that the clients of one loop take turns.
        await new Promise((resolve) => setImmediate(resolve));
        return outcome.step;
      },
    };
  }

  private increase(wallet: Wallet): { step: Step; wallet: Wallet } {
    const result = increaseBalance(wallet, AMOUNT, context());
    if (!result.ok) throw new Error(`The baseline wallet refused an increase: ${result.error.code}`);
    const { after, entries } = result.change;
    this.sql.begin.run();
    if (Number(this.sql.changeWallet.run(...walletRow.changeParams(wallet, after)).changes) === 0) {
      const row = this.sql.findWallet.get(wallet.id);
      this.sql.rollback.run();
      if (!row) throw new Error(`Baseline wallet ${wallet.id} vanished`);
      return { step: 'conflict', wallet: walletRow.toWallet(row) };
    }
    for (const entry of entries) this.sql.insertEntry.run(...entryRow.params(entry));
    this.sql.commit.run();
    return { step: 'success', wallet: after };
  }
}

function context(): EntryContext {
  return { entryId: randomUUID(), actor: 'alice', now: new Date().toISOString() };
}
