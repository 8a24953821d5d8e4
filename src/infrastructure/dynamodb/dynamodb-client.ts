import { DynamoDBClient, DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { ItemClient } from './item-client';
import { SigningHash } from './signing-hash';
import { reportUnreachable } from './store-gate';

export interface DynamoConnection {
  /** An endpoint such as http://localhost:8000; absent means AWS itself. */
  readonly endpoint?: string;
  readonly region: string;
}

/**
 * What every SDK client of the store is built with (the table's and the stream's). Against a local
 * endpoint, fixed dummy credentials (DynamoDB Local ignores them); against AWS, the standard credential
 * chain. `sha256`: request signing with HMAC keys kept as KeyObjects (signing-hash.ts).
 */
export function sdkClientConfig(connection: DynamoConnection) {
  return {
    region: connection.region,
    ...(connection.endpoint ? { endpoint: connection.endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
    maxAttempts: 3,
    sha256: SigningHash,
  };
}

/**
 * A low-level client and the item client over it (item-client.ts). A request that could not connect
 * fails as StoreUnavailable (store-gate.ts).
 *
 * `cacheMiddleware`: the SDK resolves the middleware stack once per command class, not on every
 * request. Middleware added after a command's first request is not seen by that command: add it
 * before the first request (open-store.ts does).
 */
export function createDynamoClients(connection: DynamoConnection, extra: DynamoDBClientConfig = {}) {
  const client = new DynamoDBClient({ ...sdkClientConfig(connection), cacheMiddleware: true, ...extra });
  reportUnreachable(client);
  return { client, items: new ItemClient(client) };
}
