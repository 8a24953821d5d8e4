import { StoreConfig } from '../config';
import { WalletRepository } from '../domain/wallet-repository.port';
import { createDynamoClients, DynamoConnection } from './dynamodb/dynamodb-client';
import { DynamoWalletRepository } from './dynamodb/dynamo-wallet.repository';
import { RequestCounter } from './dynamodb/request-counter';
import { ensureWalletTable, isTableReachable } from './dynamodb/wallet-table';
import { startEmbeddedDynamo } from './embedded/embedded-dynamodb';
import { openSqliteStore } from './sqlite/open-sqlite';

export interface StoreOptions {
  readonly region: string;
  readonly tableName: string;
  /** Count every DynamoDB request (GET /metrics, for the benchmark). */
  readonly metrics: boolean;
}

/** The configured store, ready: main.ts wires it without knowing which database it is. */
export interface OpenStore {
  readonly repository: WalletRepository;
  /** Readiness, behind GET /health. */
  isReachable(): Promise<boolean>;
  /** How the store is reached, for the start-up log line. */
  readonly description: string;
  /** With metrics on: DynamoDB requests by operation (SQLite sends none: its counts stay empty). */
  readonly requestCounter?: RequestCounter;
  /** Releases what was opened here: the DynamoDB client and the embedded DynamoDB Local, or the SQLite file. */
  close(): Promise<void>;
}

/** Opens the configured store: the embedded DynamoDB Local, a given endpoint, AWS itself, or a SQLite file. */
export async function openStore(store: StoreConfig, options: StoreOptions): Promise<OpenStore> {
  switch (store.kind) {
    case 'sqlite': {
      const sqlite = openSqliteStore(store.file);
      return {
        repository: sqlite.repository,
        isReachable: () => sqlite.isReachable(),
        description: `SQLite file ${store.file}`,
        requestCounter: options.metrics ? new RequestCounter() : undefined,
        close: async () => sqlite.close(),
      };
    }
    case 'embedded': {
      const embedded = await startEmbeddedDynamo({ dataDir: store.dataDir, port: store.port });
      return dynamoStore({ endpoint: embedded.endpoint, region: options.region }, options,
        `embedded DynamoDB Local at ${embedded.endpoint}, data in ${store.dataDir}`, () => embedded.stop());
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
  stopServer: () => Promise<void> = async () => undefined,
): Promise<OpenStore> {
  const { client, documents } = createDynamoClients(connection);
  const close = async () => {
    client.destroy();
    await stopServer();
  };
  try {
    const requestCounter = options.metrics ? new RequestCounter() : undefined;
    requestCounter?.attach(client);
    await ensureWalletTable(client, options.tableName);
    return {
      repository: new DynamoWalletRepository(documents, options.tableName),
      isReachable: () => isTableReachable(client, options.tableName),
      description: `${description}, table ${options.tableName}`,
      requestCounter,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
