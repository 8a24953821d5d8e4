import { Database, Statement } from './node-sqlite';

/**
 * Every statement the repository runs, prepared once per connection. The lock is the seed's:
 * `UPDATE wallets ... WHERE id = ? AND version = ?`; zero rows changed means another writer won.
 */
const SQL = {
  begin: 'BEGIN IMMEDIATE',
  commit: 'COMMIT',
  rollback: 'ROLLBACK',
  findWallet: 'SELECT * FROM wallets WHERE id = ?',
  /** Opening a wallet must not overwrite one. */
  openWallet: `INSERT INTO wallets (id, owner_id, currency, balance, version, created_at, updated_at, in_total, out_total)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
  changeWallet: 'UPDATE wallets SET balance = ?, version = ?, updated_at = ?, in_total = ?, out_total = ? WHERE id = ? AND version = ?',
  /** History is append-only: a duplicate (wallet, version) fails the primary key, and triggers refuse updates. */
  insertEntry: `INSERT INTO ledger_entries (wallet_id, version, id, type, currency, amount, balance_after, occurred_at, actor,
                transfer_id, counterparty_wallet_id, idempotency_key, in_total_after, out_total_after, reversal_of, metadata)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  /** A version range, either way; served by the primary key. */
  entriesOldestFirst: 'SELECT * FROM ledger_entries WHERE wallet_id = ? AND version BETWEEN ? AND ? ORDER BY version LIMIT ?',
  entriesNewestFirst: 'SELECT * FROM ledger_entries WHERE wallet_id = ? AND version BETWEEN ? AND ? ORDER BY version DESC LIMIT ?',
  entryAt: 'SELECT * FROM ledger_entries WHERE wallet_id = ? AND version = ?',
  /** The last entry strictly before an instant: one step down the ledger_entries_by_time index. */
  lastEntryBefore: `SELECT * FROM ledger_entries WHERE wallet_id = ? AND occurred_at < ?
                    ORDER BY occurred_at DESC, version DESC LIMIT 1`,
  insertTransfer: `INSERT INTO transfers (transfer_id, payer_wallet_id, payee_wallet_id, currency, amount, reversed, occurred_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?)`,
  /** A reversal moves the reversed sum on only from the sum it was planned from. */
  moveTransfer: 'UPDATE transfers SET reversed = ? WHERE transfer_id = ? AND reversed = ?',
  findTransfer: 'SELECT * FROM transfers WHERE transfer_id = ?',
  /**
   * A key is free when no record holds it, or when its record had expired when this one was made:
   * the DynamoDB condition `attribute_not_exists(pk) OR expiresAt <= :storedAt`, as an upsert.
   */
  claimKey: `INSERT INTO idempotency_records (owner, key, fingerprint, event, stored_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)
             ON CONFLICT (owner, key) DO UPDATE SET fingerprint = excluded.fingerprint, event = excluded.event,
               stored_at = excluded.stored_at, expires_at = excluded.expires_at
             WHERE idempotency_records.expires_at <= excluded.stored_at`,
  findRecord: 'SELECT * FROM idempotency_records WHERE owner = ? AND key = ?',
  /** Newest first, below a version (exclusive). */
  history: 'SELECT * FROM ledger_entries WHERE wallet_id = ? AND version < ? ORDER BY version DESC LIMIT ?',
  /** Newest first by creation time, then id; `after` is exclusive. Served by the wallets_by_owner index. */
  walletsOf: 'SELECT * FROM wallets WHERE owner_id = ? ORDER BY created_at DESC, id DESC LIMIT ?',
  walletsOfAfter: `SELECT * FROM wallets WHERE owner_id = ? AND (created_at < ? OR (created_at = ? AND id < ?))
                   ORDER BY created_at DESC, id DESC LIMIT ?`,
  probe: 'SELECT 1 AS ok FROM wallets LIMIT 1',
} as const;

export type Statements = Record<keyof typeof SQL, Statement>;

export function prepareStatements(db: Database): Statements {
  const prepared: Partial<Statements> = {};
  for (const [name, sql] of Object.entries(SQL) as Array<[keyof typeof SQL, string]>) {
    const statement = db.prepare(sql);
    statement.setReadBigInts(true);
    prepared[name] = statement;
  }
  return prepared as Statements;
}
