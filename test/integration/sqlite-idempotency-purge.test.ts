import { Currency } from '../../src/domain/currency';
import { IDEMPOTENCY_WINDOW_SECONDS, recordOf } from '../../src/domain/idempotency';
import { openWallet } from '../../src/domain/wallet';
import { PURGE_BATCH, PURGE_GRACE_SECONDS } from '../../src/infrastructure/sqlite/idempotency-purge';
import { openSqliteStore } from '../../src/infrastructure/sqlite/open-sqlite';
import { SQL } from '../../src/infrastructure/sqlite/sqlite-statements';
import { describeSqlite, freshSqliteFile, TestSqliteFile } from '../support/sqlite';

/**
 * Idempotency records are kept 24 h (api.md); DynamoDB's TTL deletes them after, and on SQLite the store purges them,
 * in bounded batches, each a short transaction of its own. Real file; records written through the repository.
 */
describeSqlite('the SQLite purge of expired idempotency records', () => {
  let file: TestSqliteFile;
  let wallets = 0;
  beforeEach(() => {
    file = freshSqliteFile();
  });
  afterEach(() => file.drop());

  /** One wallet opened with a keyed request, its record stored at `storedAt` (epoch seconds). */
  async function keyedOpening(storedAt: number): Promise<void> {
    wallets += 1;
    const change = openWallet(`wallet-${wallets}`, 'alice', Currency.GBP, {
      entryId: `entry-${wallets}`,
      actor: 'alice',
      now: new Date().toISOString(),
    });
    const request = { owner: 'alice', key: `key-${wallets}`, fingerprint: `createWallet:${wallets}` };
    const record = recordOf(request, { type: 'WALLET_CREATED', wallet: change.after }, storedAt);
    expect(await file.main.repository.commit([change], record)).toEqual({ status: 'committed' });
  }
  const records = () => file.query('SELECT key, expires_at FROM idempotency_records ORDER BY key').map((row) => row.key);

  it('deletes the records expired by now, keeps the others, and changes no answer', async () => {
    const now = 2_000_000_000;
    await keyedOpening(now - IDEMPOTENCY_WINDOW_SECONDS - 60); // expired a minute ago
    await keyedOpening(now - IDEMPOTENCY_WINDOW_SECONDS); // expires right now: isExpired says so
    await keyedOpening(now - 60); // kept another 23 h 59 min
    const kept = `key-${wallets}`;
    expect(await file.main.purgeExpiredRecords(now)).toBe(2);
    expect(records()).toEqual([kept]);
    expect(await file.main.purgeExpiredRecords(now)).toBe(0);
    expect(await file.main.repository.findIdempotencyRecord('alice', kept)).toMatchObject({ key: kept });
  });

  it(`deletes in batches of ${PURGE_BATCH}, each its own transaction, the event loop free between them`, async () => {
    const now = 2_000_000_000;
    const expired = PURGE_BATCH * 2 + 7;
    file.query('BEGIN');
    for (let i = 0; i < expired; i++) {
      file.query(
        'INSERT INTO idempotency_records (owner, key, fingerprint, event, stored_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
        'bob',
        `old-${i}`,
        'f',
        '{}',
        0,
        now - 1 - i,
      );
    }
    file.query('COMMIT');
    let turns = 0;
    const timer = setInterval(() => {
      turns += 1;
    }, 0);
    try {
      expect(await file.main.purgeExpiredRecords(now)).toBe(expired);
    } finally {
      clearInterval(timer);
    }
    expect(file.query('SELECT count(*) AS n FROM idempotency_records')[0].n).toBe(0n);
    expect(turns).toBeGreaterThan(0);
  });

  it('finds the expired records by an index, not by reading the table', () => {
    // The store's own DELETE, as it runs it.
    const plan = file.query(`EXPLAIN QUERY PLAN ${SQL.purgeExpiredRecords}`, 1, 10);
    expect(plan.map((row) => row.detail).join(' ')).toContain('idempotency_records_by_expiry');
  });

  it('purges by itself every purgeEveryMs the records expired an hour ago (a process whose clock is behind may still count a younger one)', async () => {
    const nowSeconds = Math.floor(Date.now() / 1000);
    await keyedOpening(nowSeconds - IDEMPOTENCY_WINDOW_SECONDS - PURGE_GRACE_SECONDS - 1);
    await keyedOpening(nowSeconds - IDEMPOTENCY_WINDOW_SECONDS - 60); // expired a minute ago: kept an hour more
    const young = `key-${wallets}`;
    const store = openSqliteStore(file.file, { purgeEveryMs: 50 });
    try {
      for (let waited = 0; records().length > 1 && waited < 2_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(records()).toEqual([young]);
    } finally {
      store.close();
    }
  });
});
