import { StoreConfig } from '../config';
import { DynamoConnection } from './dynamodb/dynamodb-client';
import { startEmbeddedDynamo } from './embedded/embedded-dynamodb';

export interface OpenStore {
  readonly connection: DynamoConnection;
  /** How the store is reached, for the start-up log line. */
  readonly description: string;
  /** Stops what was started here (the embedded DynamoDB Local); nothing for external stores. */
  close(): Promise<void>;
}

/** Reaches the configured DynamoDB: the embedded DynamoDB Local, a given endpoint, or AWS itself. */
export async function openStore(store: StoreConfig, region: string): Promise<OpenStore> {
  switch (store.kind) {
    case 'embedded': {
      const embedded = await startEmbeddedDynamo({ dataDir: store.dataDir, port: store.port });
      return {
        connection: { endpoint: embedded.endpoint, region },
        description: `embedded DynamoDB Local at ${embedded.endpoint}, data in ${store.dataDir}`,
        close: () => embedded.stop(),
      };
    }
    case 'endpoint':
      return { connection: { endpoint: store.endpoint, region }, description: `DynamoDB at ${store.endpoint}`, close: async () => undefined };
    case 'aws':
      return { connection: { region }, description: `AWS DynamoDB in ${region}`, close: async () => undefined };
  }
}
