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
 * A low-level client and the item client over it (item-client.ts). Against a local endpoint, fixed
 * dummy credentials are used (DynamoDB Local ignores them); against AWS, the standard credential chain.
 * A request that could not connect fails as StoreUnavailable (store-gate.ts).
 *
 * `cacheMiddleware`: the SDK resolves the middleware stack once per command class, not on every
 * request. Middleware added after a command's first request is not seen by that command: add it
 * before the first request (open-store.ts does).
 *
 * `sha256`: request signing with HMAC keys kept as KeyObjects (signing-hash.ts).
 */
export function createDynamoClients(connection: DynamoConnection, extra: DynamoDBClientConfig = {}) {
  const client = new DynamoDBClient({
    region: connection.region,
    ...(connection.endpoint ? { endpoint: connection.endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
    maxAttempts: 3,
    cacheMiddleware: true,
    sha256: SigningHash,
    ...extra,
  });
  reportUnreachable(client);
  return { client, items: new ItemClient(client) };
}
