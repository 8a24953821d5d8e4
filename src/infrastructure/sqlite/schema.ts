import { Database } from './node-sqlite';
import { SqliteFileRefused } from './sqlite-file-refused';

/**
 * The schema, as numbered steps from an empty file. `PRAGMA user_version` records how many have run;
 * opening a file runs the missing ones in one transaction, so a file is always at a whole step.
 * Append new steps; never edit one that has shipped.
 *
 * Money columns are INTEGER minor units (64-bit); STRICT tables refuse a value of the wrong type.
 * Ledger entries are append-only: triggers refuse any UPDATE or DELETE of one.
 */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE wallets (
     id TEXT PRIMARY KEY,
     owner_id TEXT NOT NULL,
     currency TEXT NOT NULL,
     balance INTEGER NOT NULL CHECK (balance >= 0),
     version INTEGER NOT NULL CHECK (version >= 0),
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL
   ) STRICT;
   CREATE INDEX wallets_by_owner ON wallets (owner_id, created_at DESC, id DESC);
   CREATE TABLE ledger_entries (
     wallet_id TEXT NOT NULL REFERENCES wallets (id),
     version INTEGER NOT NULL,
     id TEXT NOT NULL,
     type TEXT NOT NULL,
     currency TEXT NOT NULL,
     amount INTEGER NOT NULL,
     balance_after INTEGER NOT NULL,
     occurred_at TEXT NOT NULL,
     actor TEXT NOT NULL,
     transfer_id TEXT,
     counterparty_wallet_id TEXT,
     idempotency_key TEXT,
     PRIMARY KEY (wallet_id, version)
   ) STRICT, WITHOUT ROWID;
   CREATE TRIGGER ledger_entries_no_update BEFORE UPDATE ON ledger_entries
     BEGIN SELECT RAISE(ABORT, 'ledger entries are immutable'); END;
   CREATE TRIGGER ledger_entries_no_delete BEFORE DELETE ON ledger_entries
     BEGIN SELECT RAISE(ABORT, 'ledger entries are immutable'); END;
   CREATE TABLE idempotency_records (
     owner TEXT NOT NULL,
     key TEXT NOT NULL,
     fingerprint TEXT NOT NULL,
     event TEXT NOT NULL,
     stored_at INTEGER NOT NULL,
     expires_at INTEGER NOT NULL,
     PRIMARY KEY (owner, key)
   ) STRICT, WITHOUT ROWID;`,
  // Holds: a wallet's pending holds inline (JSON text, validated on read: the version lock covers them),
  // the availability after each entry (NULL for entries older than holds: read as balance_after), and
  // one record per hold, listed per wallet newest first (ids are time-ordered within a wallet).
  `ALTER TABLE wallets ADD COLUMN pending_holds TEXT NOT NULL DEFAULT '[]';
   ALTER TABLE ledger_entries ADD COLUMN available_after INTEGER;
   ALTER TABLE ledger_entries ADD COLUMN hold_id TEXT;
   CREATE TABLE holds (
     id TEXT PRIMARY KEY,
     wallet_id TEXT NOT NULL REFERENCES wallets (id),
     currency TEXT NOT NULL,
     amount INTEGER NOT NULL CHECK (amount > 0),
     captured_amount INTEGER NOT NULL CHECK (captured_amount >= 0 AND captured_amount <= amount),
     status TEXT NOT NULL CHECK (status IN ('PENDING', 'CAPTURED', 'VOIDED', 'EXPIRED')),
     expires_at TEXT NOT NULL,
     created_at TEXT NOT NULL,
     resolved_at TEXT,
     actor TEXT NOT NULL,
     to_wallet_id TEXT
   ) STRICT;
   CREATE INDEX holds_by_wallet ON holds (wallet_id, id DESC);`,
  // Money history: running totals on wallets and entries (NULL on rows written before), metadata and
  // reversals on entries, entries found by time, and transfer records for reversals.
  `ALTER TABLE wallets ADD COLUMN in_total INTEGER;
   ALTER TABLE wallets ADD COLUMN out_total INTEGER;
   ALTER TABLE ledger_entries ADD COLUMN in_total_after INTEGER;
   ALTER TABLE ledger_entries ADD COLUMN out_total_after INTEGER;
   ALTER TABLE ledger_entries ADD COLUMN reversal_of TEXT;
   ALTER TABLE ledger_entries ADD COLUMN metadata TEXT;
   CREATE INDEX ledger_entries_by_time ON ledger_entries (wallet_id, occurred_at, version);
   CREATE TABLE transfers (
     transfer_id TEXT PRIMARY KEY,
     payer_wallet_id TEXT NOT NULL REFERENCES wallets (id),
     payee_wallet_id TEXT NOT NULL REFERENCES wallets (id),
     currency TEXT NOT NULL,
     amount INTEGER NOT NULL CHECK (amount > 0),
     reversed INTEGER NOT NULL CHECK (reversed >= 0 AND reversed <= amount),
     occurred_at TEXT NOT NULL
   ) STRICT, WITHOUT ROWID;`,
  // Expired idempotency records are purged in small batches (idempotency-purge.ts), found by this index.
  `CREATE INDEX idempotency_records_by_expiry ON idempotency_records (expires_at);`,
];

/** A database file written by a newer release of the service: this one must not touch it (a start-up refusal in one line). */
export class NewerSchemaError extends SqliteFileRefused {
  constructor(file: string, found: number) {
    super(
      file,
      `it has schema version ${found}; this service knows versions up to ${MIGRATIONS.length}: run the release that wrote it (the file was not changed)`,
    );
    this.name = 'NewerSchemaError';
  }
}

export function schemaVersion(db: Database): number {
  const row = db.prepare('PRAGMA user_version').get();
  const version = row?.user_version;
  if (typeof version !== 'number' && typeof version !== 'bigint') throw new Error('PRAGMA user_version returned no number');
  return Number(version);
}

/** Refuses a file a newer release wrote; read before anything else touches the file (its journal mode included). */
export function refuseNewerSchema(db: Database, file: string, steps: readonly string[] = MIGRATIONS): void {
  const found = schemaVersion(db);
  if (found > steps.length) throw new NewerSchemaError(file, found);
}

/**
 * Brings the file up to the latest step. Safe from several processes at once: BEGIN IMMEDIATE serialises them. A
 * file already current takes no write lock at all: a second process starts beside a busy first one without waiting.
 */
export function migrate(db: Database, file: string, steps: readonly string[] = MIGRATIONS): number {
  refuseNewerSchema(db, file, steps);
  if (schemaVersion(db) === steps.length) return steps.length;
  db.exec('BEGIN IMMEDIATE');
  try {
    const found = schemaVersion(db);
    if (found > steps.length) throw new NewerSchemaError(file, found);
    for (let step = found; step < steps.length; step++) {
      db.exec(steps[step]);
      db.exec(`PRAGMA user_version = ${step + 1}`);
    }
    db.exec('COMMIT');
    return steps.length;
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}
