import { ServiceMetrics } from '../application/service-metrics.port';
import { StoreConfig } from '../config';
import { WalletRepository } from '../domain/wallet-repository.port';
import { Logger, urlForLog } from '../logger';
import { createDynamoClients, DynamoConnection } from './dynamodb/dynamodb-client';
import { DynamoWalletRepository } from './dynamodb/dynamo-wallet.repository';
import { reportDynamoRequests } from './dynamodb/dynamodb-metrics';
import { failFastWhileDown } from './dynamodb/store-gate';
import { ensureWalletTable, isTableReachable } from './dynamodb/wallet-table';
import { DynamoSupervisor } from './embedded/dynamo-supervisor';
import { instrumentRepository } from './instrumented-repository';
import { typedFeedFailures } from './store-failure';
import { StoreWriteHealth, withWriteHealth } from './store-write-health';

/** Start-up's one-line refusal when the embedded store has no Java: main.ts prints it as is. */
export { JavaMissingError } from './embedded/embedded-dynamodb';
import { startSqliteStore } from './sqlite/open-sqlite';
import { openDynamoFeed } from './dynamodb/dynamo-feed';
import { DEFAULT_POLLING } from './dynamodb/wallet-feed';
import { WalletFeed } from '../application/wallet-feed.port';
import { LocalWalletFeed } from '../application/local-wallet-feed';

export interface StoreOptions {
  readonly region: string;
  readonly tableName: string;
  /** DynamoDB stores: one attempt's bound (DYNAMODB_REQUEST_TIMEOUT_MS); dynamodb-client.ts's default when absent. */
  readonly requestTimeoutMs?: number;
  /** Where store requests, DynamoDB attempts and embedded restarts are counted. */
  readonly metrics: ServiceMetrics;
  readonly logger: Logger;
  /** After a write failed for want of the store (a full disk), how long readiness says so unless a write succeeds. */
  readonly writeFailureQuietMs?: number;
  /** SQLite: how long a write waits for a write lock another process holds, before STORE_UNAVAILABLE (SQLITE_LOCK_TIMEOUT_MS). */
  readonly sqliteLockTimeoutMs?: number;
}

/** The configured store, ready: main.ts wires it without knowing which database it is. */
export interface OpenStore {
  readonly repository: WalletRepository;
  /** Committed ledger entries as they happen (subscriptions): the table's stream, or SQLite's commits. */
  readonly feed: WalletFeed;
  /** Readiness, behind GET /health: true, else false or a rejection saying why (readiness logs it). */
  isReachable(): Promise<boolean>;
  /**
   * True while the store is known to be down, no request needed to tell: an embedded DynamoDB Local being
   * restarted, a DynamoDB Local or a SQLite file whose latest write failed for want of the store (a full disk; on
   * SQLite a lock held elsewhere) until a write commits again, or a SQLite file found corrupt.
   */
  isKnownDown(): boolean;
  /** How the store is reached, for the start-up log line. */
  readonly description: string;
  /** Releases what was opened here: the DynamoDB client and the embedded DynamoDB Local, or the SQLite file. */
  close(): Promise<void>;
}

interface DynamoServer {
  /** False while an embedded DynamoDB Local is known to be down and being restarted. */
  isUp(): boolean;
  stop(): Promise<void>;
}

const EXTERNAL: DynamoServer = { isUp: () => true, stop: async () => undefined };

/** Opens the configured store: the embedded DynamoDB Local, a given endpoint, AWS itself, or a SQLite file. */
export async function openStore(store: StoreConfig, options: StoreOptions): Promise<OpenStore> {
  switch (store.kind) {
    case 'sqlite': {
      const feed = new LocalWalletFeed();
      const sqlite = await startSqliteStore(store.file, {
        feed,
        writeFailureQuietMs: options.writeFailureQuietMs,
        lockWaitMs: options.sqliteLockTimeoutMs,
        logger: options.logger,
      });
      return {
        repository: instrumentRepository(sqlite.repository, options.metrics, options.logger, 'sqlite'),
        feed,
        isReachable: () => sqlite.isReachable(),
        isKnownDown: () => sqlite.isFailingWrites(),
        description: `SQLite file ${store.file}`,
        close: async () => sqlite.close(),
      };
    }
    case 'embedded': {
      // Supervised: restarted on the same port and data should it exit unexpectedly.
      const embedded = await DynamoSupervisor.start(
        { dataDir: store.dataDir, port: store.port, javaHome: store.javaHome },
        options.logger,
        {
          onRestarted: () => options.metrics.storeRestarted(),
        },
      );
      return dynamoStore(
        { endpoint: embedded.endpoint, region: options.region },
        options,
        `embedded DynamoDB Local at ${embedded.endpoint}, data in ${store.dataDir}`,
        embedded,
      );
    }
    case 'endpoint':
      return dynamoStore({ endpoint: store.endpoint, region: options.region }, options, `DynamoDB at ${urlForLog(store.endpoint)}`);
    case 'aws':
      return dynamoStore({ region: options.region }, options, `AWS DynamoDB in ${options.region}`);
  }
}

async function dynamoStore(
  where: Omit<DynamoConnection, 'requestTimeoutMs'>,
  options: StoreOptions,
  description: string,
  server = EXTERNAL,
): Promise<OpenStore> {
  const connection: DynamoConnection = { ...where, requestTimeoutMs: options.requestTimeoutMs };
  const { client, items } = createDynamoClients(connection);
  // While the store is known to be down, requests fail at once instead of spending the SDK's retries.
  failFastWhileDown(client, () => server.isUp());
  let stopFeed: () => void = () => undefined;
  const close = async () => {
    stopFeed();
    client.destroy();
    await server.stop();
  };
  try {
    reportDynamoRequests(client, options.metrics, options.logger);
    await ensureWalletTable(client, options.tableName);
    const live = await openDynamoFeed(connection, client, options.tableName, options.logger, DEFAULT_POLLING, options.metrics);
    stopFeed = () => live.close();
    const measured = instrumentRepository(
      new DynamoWalletRepository(items, options.tableName),
      options.metrics,
      options.logger,
      'dynamodb',
    );
    // DynamoDB Local (embedded, or at an endpoint): writes failing (its disk full) make the service not ready, as on SQLite.
    const writes = new StoreWriteHealth(options.writeFailureQuietMs);
    const local = where.endpoint !== undefined;
    return {
      repository: local ? withWriteHealth(measured, writes) : measured,
      feed: typedFeedFailures(live.feed),
      isReachable: async () => server.isUp() && isTableReachable(client, options.tableName),
      isKnownDown: () => !server.isUp() || writes.failing,
      description: `${description}, table ${options.tableName}`,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
