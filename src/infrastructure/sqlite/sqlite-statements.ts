import { Database, Statement } from './node-sqlite';

/**
 * Every statement the repository runs, prepared once per connection. The lock is the seed's:
 * `UPDATE wallets ... WHERE id = ? AND version = ?`; zero rows changed means another writer won.
 */
export const SQL = {
  begin: 'BEGIN IMMEDIATE',
  commit: 'COMMIT',
  rollback: 'ROLLBACK',
  findWallet: 'SELECT * FROM wallets WHERE id = ?',
  /** Opening a wallet must not overwrite one. */
  openWallet: `INSERT INTO wallets (id, owner_id, currency, balance, pending_holds, version, created_at, updated_at, in_total, out_total)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
  /** The version the change was planned from, its balance and its time of change, as DynamoDB's condition (wallet-requests.ts). */
  changeWallet: `UPDATE wallets SET balance = ?, pending_holds = ?, version = ?, updated_at = ?, in_total = ?, out_total = ?
                 WHERE id = ? AND version = ? AND balance = ? AND updated_at = ?`,
  /** History is append-only: a duplicate (wallet, version) fails the primary key, and triggers refuse updates. */
  insertEntry: `INSERT INTO ledger_entries (wallet_id, version, id, type, currency, amount, balance_after, occurred_at, actor,
                transfer_id, counterparty_wallet_id, idempotency_key, in_total_after, out_total_after, reversal_of, metadata,
                available_after, hold_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  /** A version range, either way; served by the primary key. */
  entriesOldestFirst: 'SELECT * FROM ledger_entries WHERE wallet_id = ? AND version BETWEEN ? AND ? ORDER BY version LIMIT ?',
  entriesNewestFirst: 'SELECT * FROM ledger_entries WHERE wallet_id = ? AND version BETWEEN ? AND ? ORDER BY version DESC LIMIT ?',
  entryAt: 'SELECT * FROM ledger_entries WHERE wallet_id = ? AND version = ?',
  /** The last entry strictly before an instant: one step down the ledger_entries_by_time index. */
  lastEntryBefore: `SELECT * FROM ledger_entries WHERE wallet_id = ? AND occurred_at < ?
                    ORDER BY occurred_at DESC, version DESC LIMIT 1`,
  insertTransfer: `INSERT INTO transfers (transfer_id, payer_wallet_id, payee_wallet_id, currency, amount, reversed, occurred_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?)`,
  /** A reversal moves the reversed sum on only from the sum it was planned from, of the transfer it was planned for (its amount, as DynamoDB's condition). */
  moveTransfer: 'UPDATE transfers SET reversed = ? WHERE transfer_id = ? AND reversed = ? AND amount = ?',
  findTransfer: 'SELECT * FROM transfers WHERE transfer_id = ?',
  /** Placing: never over another record. */
  insertHold: `INSERT INTO holds (id, wallet_id, currency, amount, captured_amount, status, expires_at, created_at, resolved_at,
               actor, to_wallet_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
  /** An expiry's release: only a pending hold. */
  releaseHold: `UPDATE holds SET status = ?, captured_amount = ?, resolved_at = ? WHERE id = ? AND status = 'PENDING'`,
  /** A capture or a void: only a pending hold whose expiry is later than the writer's clock as the write runs (unexpiredCheckAt). */
  resolveHold: `UPDATE holds SET status = ?, captured_amount = ?, resolved_at = ?
                WHERE id = ? AND status = 'PENDING' AND expires_at > ?`,
  findHold: 'SELECT * FROM holds WHERE id = ?',
  /** Newest first below an id (exclusive); the status shown at `now` (?) is derived as the domain does. Served by holds_by_wallet. */
  holdsOf: 'SELECT * FROM holds WHERE wallet_id = ? AND id < ? ORDER BY id DESC LIMIT ?',
  holdsOfPending: `SELECT * FROM holds WHERE wallet_id = ? AND id < ? AND status = 'PENDING' AND expires_at > ?
                   ORDER BY id DESC LIMIT ?`,
  holdsOfExpired: `SELECT * FROM holds WHERE wallet_id = ? AND id < ? AND (status = 'EXPIRED' OR (status = 'PENDING' AND expires_at <= ?))
                   ORDER BY id DESC LIMIT ?`,
  holdsOfStatus: 'SELECT * FROM holds WHERE wallet_id = ? AND id < ? AND status = ? ORDER BY id DESC LIMIT ?',
  /**
   * A key is free when no record holds it, or when its record had expired when this one was made:
   * the DynamoDB condition `attribute_not_exists(pk) OR expiresAt <= :storedAt`, as an upsert.
   */
  claimKey: `INSERT INTO idempotency_records (owner, key, fingerprint, event, stored_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)
             ON CONFLICT (owner, key) DO UPDATE SET fingerprint = excluded.fingerprint, event = excluded.event,
               stored_at = excluded.stored_at, expires_at = excluded.expires_at
             WHERE idempotency_records.expires_at <= excluded.stored_at`,
  findRecord: 'SELECT * FROM idempotency_records WHERE owner = ? AND key = ?',
  /** At most ? records expired at ? (seconds), oldest first: served by idempotency_records_by_expiry. */
  purgeExpiredRecords: `DELETE FROM idempotency_records WHERE (owner, key) IN
                          (SELECT owner, key FROM idempotency_records WHERE expires_at <= ? ORDER BY expires_at LIMIT ?)`,
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

/** Rolls back after a failure; some (a full disk, an I/O error) end the transaction themselves: the original error is what matters. */
export function rollbackQuietly(sql: Statements): void {
  try {
    sql.rollback.run();
  } catch {
    // no transaction left to roll back
  }
}
