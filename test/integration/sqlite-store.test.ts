import { Currency } from '../../src/domain/currency';
import { StoreUnavailable } from '../../src/domain/store-unavailable';
import { increaseBalance, openWallet, Wallet } from '../../src/domain/wallet';
import { loadNodeSqlite } from '../../src/infrastructure/sqlite/node-sqlite';
import { openSqliteStore } from '../../src/infrastructure/sqlite/open-sqlite';
import { CorruptRowError } from '../../src/infrastructure/sqlite/row-fields';
import { migrate, MIGRATIONS, NewerSchemaError, schemaVersion } from '../../src/infrastructure/sqlite/schema';
import { describeSqlite, freshSqliteFile, TestSqliteFile } from '../support/sqlite';

/** What only the SQLite store has: its schema steps, its file settings, the write lock, and its own guards. */
describeSqlite('SQLite store', () => {
  let file: TestSqliteFile;
  let ids = 0;
  const nextId = (prefix: string) => {
    ids += 1;
    return `${prefix}-${ids}`;
  };
  const context = () => ({ entryId: nextId('entry'), actor: 'alice', now: new Date().toISOString() });
  beforeEach(() => {
    file = freshSqliteFile();
  });
  afterEach(() => file.drop());

  async function created(): Promise<Wallet> {
    const change = openWallet(nextId('wallet'), 'alice', Currency.GBP, context());
    expect(await file.main.repository.commit([change])).toEqual({ status: 'committed' });
    return change.after;
  }
  const increased = (wallet: Wallet, minor: bigint) => {
    const result = increaseBalance(wallet, { currency: wallet.currency, minor }, context());
    if (!result.ok) throw new Error(result.error.message);
    return result.change;
  };

  describe('schema', () => {
    const tables = () =>
      file
        .query("SELECT name FROM sqlite_schema WHERE type IN ('table', 'trigger', 'index') AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .map((row) => row.name);

    it('is built from an empty file by code, and recorded in PRAGMA user_version', () => {
      expect(file.query('PRAGMA user_version')).toEqual([expect.objectContaining({ user_version: BigInt(MIGRATIONS.length) })]);
      // Step 1: the seed; step 2: holds; step 3: money history (running totals, the time index, transfers);
      // step 4: the expiry index the purge of idempotency records reads.
      expect(MIGRATIONS).toHaveLength(4);
      expect(tables()).toEqual([
        'holds',
        'holds_by_wallet',
        'idempotency_records',
        'idempotency_records_by_expiry',
        'ledger_entries',
        'ledger_entries_by_time',
        'ledger_entries_no_delete',
        'ledger_entries_no_update',
        'transfers',
        'wallets',
        'wallets_by_owner',
      ]);
    });

    it('is left alone when already current, and the data with it', async () => {
      const wallet = await created();
      const again = openSqliteStore(file.file);
      try {
        expect(await again.repository.find(wallet.id)).toEqual(wallet);
      } finally {
        again.close();
      }
      expect(file.query('PRAGMA user_version')[0].user_version).toBe(BigInt(MIGRATIONS.length));
    });

    it('runs only the steps a file lacks, each once', () => {
      const db = new (loadNodeSqlite().DatabaseSync)(file.file);
      try {
        const next = [...MIGRATIONS, 'CREATE TABLE later_step (x INTEGER) STRICT;'];
        expect(migrate(db, file.file, next)).toBe(next.length);
        expect(schemaVersion(db)).toBe(next.length);
        expect(migrate(db, file.file, next)).toBe(next.length);
        expect(tables()).toContain('later_step');
      } finally {
        db.close();
      }
    });

    it('refuses a file written by a newer release, changing nothing', () => {
      file.query(`PRAGMA user_version = ${MIGRATIONS.length + 1}`);
      expect(() => openSqliteStore(file.file)).toThrow(NewerSchemaError);
      expect(file.query('PRAGMA user_version')[0].user_version).toBe(BigInt(MIGRATIONS.length + 1));
    });

    it('keeps the file in WAL mode (synchronous=FULL is set on every connection the store opens)', () => {
      expect(file.query('PRAGMA journal_mode')[0].journal_mode).toBe('wal');
    });
  });

  it('waits for a write lock another connection holds, then commits; past its wait fails as StoreUnavailable, writing nothing', async () => {
    const wallet = await created();
    const impatient = openSqliteStore(file.file, { lockWaitMs: 300 });
    try {
      file.query('BEGIN IMMEDIATE');
      const change = increased(wallet, 5n);
      await expect(impatient.repository.commit([change])).rejects.toThrow(StoreUnavailable);
      expect(impatient.isFailingWrites()).toBe(true);
      setTimeout(() => file.query('ROLLBACK'), 100);
      expect(await impatient.repository.commit([change])).toEqual({ status: 'committed' });
      expect(impatient.isFailingWrites()).toBe(false);
    } finally {
      impatient.close();
    }
  });

  it('counts only a committed write as the store taking writes again: a refused one leaves readiness at 503', async () => {
    const wallet = await created();
    const store = openSqliteStore(file.file, { lockWaitMs: 100 });
    try {
      file.query('BEGIN IMMEDIATE');
      await expect(store.repository.commit([increased(wallet, 5n)])).rejects.toThrow(StoreUnavailable);
      file.query('ROLLBACK');
      expect(await file.main.repository.commit([increased(wallet, 1n)])).toEqual({ status: 'committed' });
      // Computed from the version another connection has just moved past: refused, rolled back.
      expect(await store.repository.commit([increased(wallet, 5n)])).toMatchObject({ status: 'rejected' });
      expect(store.isFailingWrites()).toBe(true);
    } finally {
      store.close();
    }
  });

  it('refuses to change a ledger entry, even by hand', async () => {
    const wallet = await created();
    expect(() => file.query('UPDATE ledger_entries SET amount = 1 WHERE wallet_id = ?', wallet.id)).toThrow(/immutable/);
    expect(() => file.query('DELETE FROM ledger_entries WHERE wallet_id = ?', wallet.id)).toThrow(/immutable/);
  });

  it('validates rows it reads: a row this code did not write is an error, never a wallet', async () => {
    const wallet = await created();
    file.query("UPDATE wallets SET currency = 'XXX' WHERE id = ?", wallet.id);
    await expect(file.main.repository.find(wallet.id)).rejects.toThrow(CorruptRowError);
    expect(() => file.query("UPDATE wallets SET balance = 'ten' WHERE id = ?", wallet.id)).toThrow(
      /cannot store TEXT value in INTEGER column/,
    );
  });

  it('refuses a balance past 64 bits as an error, rolling the whole commit back', async () => {
    const wallet = await created();
    const huge = increased(wallet, 2n ** 63n);
    await expect(file.main.repository.commit([huge])).rejects.toThrow();
    expect(await file.main.repository.find(wallet.id)).toEqual(wallet);
    expect(await file.main.repository.commit([increased(wallet, 2n ** 63n - 1n)])).toEqual({ status: 'committed' });
  });

  it('reports itself reachable, and not once closed', async () => {
    const store = openSqliteStore(file.file);
    expect(await store.isReachable()).toBe(true);
    store.close();
    expect(await store.isReachable()).toBe(false);
  });
});
