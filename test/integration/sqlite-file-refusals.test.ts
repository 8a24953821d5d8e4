import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWalletUseCases } from '../../src/application/wallet-use-cases';
import { Caller } from '../../src/domain/caller';
import { Currency } from '../../src/domain/currency';
import { StoreUnavailable } from '../../src/domain/store-unavailable';
import { instrumentRepository } from '../../src/infrastructure/instrumented-repository';
import { loadNodeSqlite } from '../../src/infrastructure/sqlite/node-sqlite';
import { openSqliteStore, walJournal } from '../../src/infrastructure/sqlite/open-sqlite';
import { MIGRATIONS, NewerSchemaError } from '../../src/infrastructure/sqlite/schema';
import { SqliteFileRefused } from '../../src/infrastructure/sqlite/sqlite-file-refused';
import { NO_METRICS } from '../../src/application/service-metrics.port';
import { createLogger } from '../../src/observability/pino-logger';
import { recordingLogger } from '../support/recording-logger';
import { describeSqlite } from '../support/sqlite';

/**
 * Files the store must not take, or must stop trusting: each refused at start in one line naming the file and the
 * likely cause, and a file damaged after the start answered as the store being unavailable. Real files, real SQLite.
 */
describeSqlite('SQLite files the store refuses', () => {
  const ALICE: Caller = { id: 'alice', admin: false };
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'wallets-sqlite-refusals-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const raw = (file: string) => new (loadNodeSqlite().DatabaseSync)(file);
  const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

  it.each([':memory:', 'file:wallets?mode=memory', 'file:/tmp/wallets.sqlite'])('refuses %s: it would keep nothing on disk', (name) => {
    expect(() => openSqliteStore(name)).toThrow(SqliteFileRefused);
    expect(() => openSqliteStore(name)).toThrow(`SQLite file ${name}: SQLITE_FILE must be the path of a file on disk`);
  });

  it('refuses a file whose journal mode cannot be WAL, naming the mode SQLite kept', () => {
    // An in-memory database answers "memory" to PRAGMA journal_mode = WAL, as a file where WAL cannot work answers its old mode.
    const db = raw(':memory:');
    try {
      expect(() => walJournal(db, 'here.sqlite')).toThrow('SQLite file here.sqlite: SQLite kept journal mode memory, not wal');
    } finally {
      db.close();
    }
  });

  it("reads the schema version before changing anything: a newer release's file is left byte for byte as it was", () => {
    const file = join(dir, 'future.sqlite');
    const db = raw(file);
    db.exec(`CREATE TABLE newer_release (x); PRAGMA user_version = ${MIGRATIONS.length + 1};`);
    db.close();
    const before = sha256(file);
    expect(() => openSqliteStore(file)).toThrow(NewerSchemaError);
    // A start-up refusal like the others: main.ts prints it as one line naming the file.
    expect(() => openSqliteStore(file)).toThrow(SqliteFileRefused);
    expect(() => openSqliteStore(file)).toThrow(
      `SQLite file ${file}: it has schema version ${MIGRATIONS.length + 1}; this service knows versions up to ${MIGRATIONS.length}`,
    );
    expect(sha256(file)).toBe(before);
    const after = raw(file);
    expect(after.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'delete' });
    after.close();
  });

  it('names the file and the cause when the path is a directory', () => {
    const file = join(dir, 'a-directory');
    mkdirSync(file);
    expect(() => openSqliteStore(file)).toThrow(`SQLite file ${file}: it cannot be opened: the path is a directory`);
  });

  it('names the file and the cause when it is not a SQLite database', () => {
    const file = join(dir, 'notes.txt');
    writeFileSync(file, 'x'.repeat(8192));
    expect(() => openSqliteStore(file)).toThrow(SqliteFileRefused);
    expect(() => openSqliteStore(file)).toThrow(`SQLite file ${file}: it is not a SQLite database`);
  });

  it('answers a file damaged after the start as STORE_UNAVAILABLE, not ready, with an error line naming the file', async () => {
    const file = join(dir, 'wallets.sqlite');
    const before = openSqliteStore(file);
    const service = createWalletUseCases(before.repository);
    const created = await service.createWallet(ALICE, { currency: Currency.GBP });
    if (!('wallet' in created)) throw new Error('no wallet');
    before.close();
    const log = recordingLogger();
    const store = openSqliteStore(file, { logger: log.logger });
    try {
      expect(await store.isReachable()).toBe(true);
      smashRootPage(file, 'ledger_entries');
      const repository = instrumentRepository(store.repository, NO_METRICS, createLogger({ level: 'silent' }), 'sqlite');
      await expect(repository.history(created.wallet.id, { first: 10 })).rejects.toThrow(StoreUnavailable);
      await expect(repository.history(created.wallet.id, { first: 10 })).rejects.toThrow(/corrupt/);
      expect(store.isFailingWrites()).toBe(true);
      expect(await store.isReachable()).toBe(false);
      expect(log.errors()).toEqual([
        {
          level: 'error',
          message: 'SQLite file is corrupt: restore it from a backup (docs/storage.md)',
          context: { file, error: expect.stringContaining('malformed') },
        },
      ]);
    } finally {
      store.close();
    }
  });

  /** Overwrites a table's root page with garbage, as a failing disk would: the file still opens, that table does not read. */
  function smashRootPage(file: string, table: string): void {
    const db = raw(file);
    const rootPage = Number(db.prepare('SELECT rootpage FROM sqlite_schema WHERE name = ?').get(table)?.rootpage);
    const pageSize = Number(db.prepare('PRAGMA page_size').get()?.page_size);
    db.close();
    const fd = openSync(file, 'r+');
    try {
      writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (rootPage - 1) * pageSize);
    } finally {
      closeSync(fd);
    }
  }
});
