import { WalletRepository } from '../../src/domain/wallet-repository.port';
import { DynamoWalletRepository } from '../../src/infrastructure/dynamodb/dynamo-wallet.repository';
import { isTableReachable } from '../../src/infrastructure/dynamodb/wallet-table';
import { SQLITE_MIN_NODE, supportsNodeSqlite } from '../../src/infrastructure/sqlite/node-sqlite';
import { freshTable } from './dynamo';
import { StoreLocation } from '../../tools/verify/final-state';
import { StoredLedger } from './ledger';
import { freshSqliteFile } from './sqlite';

export type StoreKind = 'dynamodb' | 'sqlite';

/** A fresh, empty store of one kind, as the service and the tests need it. Never a mock. */
export interface TestStore {
  readonly kind: StoreKind;
  /** A repository on this store; each call is another instance (for SQLite, another connection to the file). */
  repository(): WalletRepository;
  isReachable(): Promise<boolean>;
  /** Read straight from the store, not through the repository under test. */
  readLedger(walletId: string): Promise<StoredLedger>;
  /** Everything stored: wallets, entries and idempotency records. */
  countItems(): Promise<number>;
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
      isReachable: () => file.main.isReachable(),
      readLedger: (walletId) => file.readLedger(walletId),
      countItems: () => file.countItems(),
      location: { sqliteFile: file.file },
      drop: () => file.drop(),
    };
  }
  const table = await freshTable();
  return {
    kind,
    repository: () => new DynamoWalletRepository(table.documents, table.tableName),
    isReachable: () => isTableReachable(table.client, table.tableName),
    readLedger: (walletId) => table.readLedger(walletId),
    countItems: () => table.countItems(),
    location: { endpoint: table.endpoint, tableName: table.tableName },
    drop: () => table.drop(),
  };
}
