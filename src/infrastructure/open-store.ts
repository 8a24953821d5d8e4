import { StoreConfig } from '../config';
import { WalletRepository } from '../domain/wallet-repository.port';
import { Logger } from '../logger';
import { createDynamoClients, DynamoConnection } from './dynamodb/dynamodb-client';
import { DynamoWalletRepository } from './dynamodb/dynamo-wallet.repository';
import { RequestCounter } from './dynamodb/request-counter';
import { failFastWhileDown } from './dynamodb/store-gate';
import { ensureWalletTable, isTableReachable } from './dynamodb/wallet-table';
import { DynamoSupervisor } from './embedded/dynamo-supervisor';

/** Start-up's one-line refusal when the embedded store has no Java: main.ts prints it as is. */
export { JavaMissingError } from './embedded/embedded-dynamodb';
import { openSqliteStore } from './sqlite/open-sqlite';

export interface StoreOptions {
  readonly region: string;
  readonly tableName: string;
  /** Count every DynamoDB request (GET /metrics, for the benchmark). */
  readonly metrics: boolean;
  readonly logger: Logger;
  /** After a write failed for want of the store (a full disk), how long readiness says so unless a write succeeds. */
  readonly writeFailureQuietMs?: number;
}

/** The configured store, ready: main.ts wires it without knowing which database it is. */
export interface OpenStore {
  readonly repository: WalletRepository;
  /** Readiness, behind GET /health. */
  isReachable(): Promise<boolean>;
  /**
   * True while the store is known to be down, no request needed to tell: an embedded DynamoDB Local being
   * restarted, or a SQLite file whose latest write failed (a full disk) until a write succeeds again.
   */
  isKnownDown(): boolean;
  /** How the store is reached, for the start-up log line. */
  readonly description: string;
  /** With metrics on: DynamoDB requests by operation (SQLite sends none: its counts stay empty). */
  readonly requestCounter?: RequestCounter;
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
      const sqlite = openSqliteStore(store.file, { writeFailureQuietMs: options.writeFailureQuietMs });
      return {
        repository: sqlite.repository,
        isReachable: () => sqlite.isReachable(),
        isKnownDown: () => sqlite.isFailingWrites(),
        description: `SQLite file ${store.file}`,
        requestCounter: options.metrics ? new RequestCounter() : undefined,
        close: async () => sqlite.close(),
      };
    }
    case 'embedded': {
      // Supervised: restarted on the same port and data should it exit unexpectedly.
      const embedded = await DynamoSupervisor.start({ dataDir: store.dataDir, port: store.port, javaHome: store.javaHome }, options.logger);
      return dynamoStore(
        { endpoint: embedded.endpoint, region: options.region },
        options,
        `embedded DynamoDB Local at ${embedded.endpoint}, data in ${store.dataDir}`,
        embedded,
      );
    }
    case 'endpoint':
      return dynamoStore({ endpoint: store.endpoint, region: options.region }, options, `DynamoDB at ${store.endpoint}`);
    case 'aws':
      return dynamoStore({ region: options.region }, options, `AWS DynamoDB in ${options.region}`);
  }
}

async function dynamoStore(
  connection: DynamoConnection,
  options: StoreOptions,
  description: string,
  server = EXTERNAL,
): Promise<OpenStore> {
  const { client, documents } = createDynamoClients(connection);
  // While the store is known to be down, requests fail at once instead of spending the SDK's retries.
  failFastWhileDown(client, () => server.isUp());
  const close = async () => {
    client.destroy();
    await server.stop();
  };
  try {
    const requestCounter = options.metrics ? new RequestCounter() : undefined;
    requestCounter?.attach(client);
    await ensureWalletTable(client, options.tableName);
    return {
      repository: new DynamoWalletRepository(documents, options.tableName),
      isReachable: async () => server.isUp() && isTableReachable(client, options.tableName),
      isKnownDown: () => !server.isUp(),
      description: `${description}, table ${options.tableName}`,
      requestCounter,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
