import { LedgerEntry } from '../../src/domain/ledger-entry';
import { WalletRepository } from '../../src/domain/wallet-repository.port';
import { DynamoWalletRepository } from '../../src/infrastructure/dynamodb/dynamo-wallet.repository';
import { isTableReachable } from '../../src/infrastructure/dynamodb/wallet-table';
import { SQLITE_MIN_NODE, supportsNodeSqlite } from '../../src/infrastructure/sqlite/node-sqlite';
import { freshTable } from './dynamo';
import { StoreLocation } from '../../tools/verify/final-state';
import { StoredLedger } from './ledger';
import { WalletFeed } from '../../src/application/wallet-feed.port';
import { LocalWalletFeed } from '../../src/application/local-wallet-feed';
import { openDynamoFeed } from '../../src/infrastructure/dynamodb/dynamo-feed';
import { createLogger } from '../../src/observability/pino-logger';

/** Tests poll the stream often: latency is what they wait for. */
const FAST_POLLING = { idleMs: 50, maxBackoffMs: 1_000, shardRefreshMs: 5_000 };
const quietLogger = createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
import { freshSqliteFile } from './sqlite';

export type StoreKind = 'dynamodb' | 'sqlite';

export interface StoreTampering {
  /** Sets a stored wallet's running total of money in, and nothing else. */
  setInTotal(walletId: string, inTotal: bigint): Promise<void>;
  /** Stores an entry as given, with no condition and no check. */
  putEntry(entry: LedgerEntry): Promise<void>;
}

/** A fresh, empty store of one kind, as the service and the tests need it. Never a mock. */
export interface TestStore {
  readonly kind: StoreKind;
  /** A repository on this store; each call is another instance (for SQLite, another connection to the file). */
  repository(): WalletRepository;
  /**
   * A repository with the live feed a service process would have: the table's stream read by this instance,
   * or (SQLite) the commits of this connection. `close` stops the stream reading.
   */
  live(): Promise<{ readonly repository: WalletRepository; readonly feed: WalletFeed; close(): void }>;
  isReachable(): Promise<boolean>;
  /** Read straight from the store, not through the repository under test. */
  readLedger(walletId: string): Promise<StoredLedger>;
  /** Everything stored: wallets, entries and idempotency records. */
  countItems(): Promise<number>;
  /** Writes past the repository, as a bug or a foreign writer would: for the read-side invariant tests. */
  readonly tamper: StoreTampering;
  /** Where it is, for a harness that reads it with its own code (verify's final state). */
  readonly location: StoreLocation;
  drop(): Promise<void>;
}

/**
 * The store the service-level tests (model-based, two instances, end-to-end) run on: DynamoDB Local
 * unless TEST_STORE=sqlite. CI runs the suite once on each.
 */
export function testStoreKind(env: NodeJS.ProcessEnv = process.env): StoreKind {
  const kind = env.TEST_STORE || 'dynamodb';
  if (kind !== 'dynamodb' && kind !== 'sqlite') throw new Error(`TEST_STORE must be dynamodb or sqlite; got "${kind}"`);
  if (kind === 'sqlite' && !supportsNodeSqlite()) {
    throw new Error(`TEST_STORE=sqlite needs Node.js >= ${SQLITE_MIN_NODE} (node:sqlite); this is Node ${process.versions.node}.`);
  }
  return kind;
}

export async function freshStore(kind: StoreKind = testStoreKind()): Promise<TestStore> {
  if (kind === 'sqlite') {
    const file = freshSqliteFile();
    return {
      kind,
      repository: () => file.repository(),
      live: async () => {
        const feed = new LocalWalletFeed();
        return { repository: file.repository(feed), feed, close: () => undefined };
      },
      isReachable: () => file.main.isReachable(),
      readLedger: (walletId) => file.readLedger(walletId),
      countItems: () => file.countItems(),
      tamper: file.tamper,
      location: { sqliteFile: file.file },
      drop: () => file.drop(),
    };
  }
  const table = await freshTable();
  return {
    kind,
    repository: () => new DynamoWalletRepository(table.items, table.tableName),
    live: async () => {
      const opened = await openDynamoFeed(
        { endpoint: table.endpoint, region: 'local' },
        table.client,
        table.tableName,
        quietLogger,
        FAST_POLLING,
      );
      return { repository: new DynamoWalletRepository(table.items, table.tableName), feed: opened.feed, close: () => opened.close() };
    },
    isReachable: () => isTableReachable(table.client, table.tableName),
    readLedger: (walletId) => table.readLedger(walletId),
    countItems: () => table.countItems(),
    tamper: table.tamper,
    location: { endpoint: table.endpoint, tableName: table.tableName },
    drop: () => table.drop(),
  };
}
