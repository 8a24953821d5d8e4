import { DynamoDBClient, DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { unmarshallOptions } from './item-fields';
import { reportUnreachable } from './store-gate';

export interface DynamoConnection {
  /** An endpoint such as http://localhost:8000; absent means AWS itself. */
  readonly endpoint?: string;
  readonly region: string;
}

/**
 * A low-level client and the document client over it. Against a local endpoint, fixed dummy
 * credentials are used (DynamoDB Local ignores them); against AWS, the standard credential chain.
 * A request that could not connect fails as StoreUnavailable (store-gate.ts).
 */
export function createDynamoClients(connection: DynamoConnection, extra: DynamoDBClientConfig = {}) {
  const client = new DynamoDBClient({
    region: connection.region,
    ...(connection.endpoint ? { endpoint: connection.endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
    maxAttempts: 3,
    ...extra,
  });
  reportUnreachable(client);
  const documents = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
    unmarshallOptions: unmarshallOptions(),
  });
  return { client, documents };
}
