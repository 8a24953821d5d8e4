import { loadNodeSqlite, Row } from '../../src/infrastructure/sqlite/node-sqlite';
import { FinalWallet, HoldRecord, LedgerLine } from './final-wallet';
import { SQLITE_HOLD_FIELDS, holdRecordOf, inlineHoldsOf } from './hold-state';

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
    const wallets = new Map<string, FinalWallet & { entries: LedgerLine[]; holds: HoldRecord[] }>();
    for (const row of query('SELECT id, owner_id, currency, balance, version, pending_holds FROM wallets')) {
      const walletId = text(row, 'id');
      wallets.set(walletId, {
        walletId,
        ownerId: text(row, 'owner_id'),
        currency: text(row, 'currency'),
        version: Number(integer(row, 'version')),
        balance: integer(row, 'balance'),
        entries: [],
        holds: [],
        pendingHolds: inlineHoldsOf(text(row, 'pending_holds'), `wallet ${walletId}`),
      });
    }
    const sql =
      'SELECT wallet_id, type, version, amount, balance_after, idempotency_key, transfer_id, counterparty_wallet_id, available_after, occurred_at, hold_id, reversal_of ' +
      'FROM ledger_entries ORDER BY wallet_id, version';
    for (const row of query(sql)) {
      const walletId = text(row, 'wallet_id');
      const wallet = wallets.get(walletId) ?? {
        walletId,
        ownerId: '(no wallet row)',
        currency: '(no wallet row)',
        version: -1,
        balance: 0n,
        entries: [],
        holds: [],
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
        ...(row.available_after !== null && { availableAfter: integer(row, 'available_after') }),
        occurredAt: text(row, 'occurred_at'),
        holdId: optional(row, 'hold_id'),
        reversalOf: optional(row, 'reversal_of'),
      });
    }
    for (const row of query('SELECT * FROM holds')) {
      const fields = {
        text: (name: string) => text(row, name),
        optionalText: (name: string) => optional(row, name),
        integer: (name: string) => integer(row, name),
      };
      const hold = holdRecordOf(fields, SQLITE_HOLD_FIELDS);
      wallets.get(hold.walletId)?.holds.push(hold);
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
