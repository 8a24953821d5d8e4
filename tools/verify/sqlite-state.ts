import { loadNodeSqlite, Row } from '../../src/infrastructure/sqlite/node-sqlite';
import { FinalWallet, LedgerLine } from './final-wallet';

/**
 * The final state straight from the service's SQLite file (WALLET_STORE=sqlite), read with its own
 * queries and parsers, not the service's repository or mapper (whose bugs the checker must not share).
 * Every wallet row and every entry row is returned; an entry whose wallet row is missing becomes a
 * wallet at version -1, which no ledger check passes.
 */
export function readSqliteState(file: string): FinalWallet[] {
  const { DatabaseSync } = loadNodeSqlite();
  const db = new DatabaseSync(file);
  try {
    const query = (sql: string) => {
      const statement = db.prepare(sql);
      statement.setReadBigInts(true);
      return statement.all();
    };
    const wallets = new Map<string, FinalWallet & { entries: LedgerLine[] }>();
    for (const row of query('SELECT id, owner_id, currency, balance, version FROM wallets')) {
      const walletId = text(row, 'id');
      wallets.set(walletId, {
        walletId,
        ownerId: text(row, 'owner_id'),
        currency: text(row, 'currency'),
        version: Number(integer(row, 'version')),
        balance: integer(row, 'balance'),
        entries: [],
      });
    }
    const sql =
      'SELECT wallet_id, type, version, amount, balance_after, idempotency_key, transfer_id, counterparty_wallet_id, reversal_of, occurred_at FROM ledger_entries ORDER BY wallet_id, version';
    for (const row of query(sql)) {
      const walletId = text(row, 'wallet_id');
      const wallet = wallets.get(walletId) ?? {
        walletId,
        ownerId: '(no wallet row)',
        currency: '(no wallet row)',
        version: -1,
        balance: 0n,
        entries: [],
      };
      wallets.set(walletId, wallet);
      wallet.entries.push({
        walletId,
        type: text(row, 'type'),
        version: Number(integer(row, 'version')),
        amount: integer(row, 'amount'),
        balanceAfter: integer(row, 'balance_after'),
        idempotencyKey: optional(row, 'idempotency_key'),
        transferId: optional(row, 'transfer_id'),
        counterpartyWalletId: optional(row, 'counterparty_wallet_id'),
        reversalOf: optional(row, 'reversal_of'),
        occurredAt: optional(row, 'occurred_at'),
      });
    }
    return [...wallets.values()];
  } finally {
    db.close();
  }
}

function text(row: Row, name: string): string {
  const value = row[name];
  if (typeof value !== 'string') throw new Error(`SQLite row: ${name} is not text`);
  return value;
}

function optional(row: Row, name: string): string | undefined {
  return row[name] === null ? undefined : text(row, name);
}

function integer(row: Row, name: string): bigint {
  const value = row[name];
  if (typeof value !== 'bigint') throw new Error(`SQLite row: ${name} is not an integer`);
  return value;
}
