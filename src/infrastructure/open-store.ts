import { StoreConfig } from '../config';
import { DynamoConnection } from './dynamodb/dynamodb-client';
import { Logger } from '../logger';
import { DynamoSupervisor } from './embedded/dynamo-supervisor';

export interface OpenStore {
  readonly connection: DynamoConnection;
  /** How the store is reached, for the start-up log line. */
  readonly description: string;
  /** False while the embedded DynamoDB Local is known to be down and being restarted; always true otherwise. */
  isUp(): boolean;
  /** Stops what was started here (the embedded DynamoDB Local); nothing for external stores. */
  close(): Promise<void>;
}

/** Reaches the configured DynamoDB: the embedded DynamoDB Local, a given endpoint, or AWS itself. */
export async function openStore(store: StoreConfig, region: string, logger: Logger): Promise<OpenStore> {
  const always = () => true;
  switch (store.kind) {
    case 'embedded': {
      // Supervised: restarted on the same port and data should it exit unexpectedly.
      const embedded = await DynamoSupervisor.start({ dataDir: store.dataDir, port: store.port }, logger);
      return {
        connection: { endpoint: embedded.endpoint, region },
        description: `embedded DynamoDB Local at ${embedded.endpoint}, data in ${store.dataDir}`,
        isUp: () => embedded.isUp(),
        close: () => embedded.stop(),
      };
    }
    case 'endpoint':
      return { connection: { endpoint: store.endpoint, region }, description: `DynamoDB at ${store.endpoint}`, isUp: always, close: async () => undefined };
    case 'aws':
      return { connection: { region }, description: `AWS DynamoDB in ${region}`, isUp: always, close: async () => undefined };
  }
}
