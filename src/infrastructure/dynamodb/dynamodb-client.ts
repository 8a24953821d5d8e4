import { DynamoDBClient, DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { ItemClient } from './item-client';
import { LOCAL_CREDENTIALS, localSigner } from './local-signer';
import { SigningHash } from './signing-hash';
import { reportUnreachable } from './store-gate';

export interface DynamoConnection {
  /** An endpoint such as http://localhost:8000; absent means AWS itself. */
  readonly endpoint?: string;
  readonly region: string;
  /** The longest one attempt of a request may take (DYNAMODB_REQUEST_TIMEOUT_MS); STORE_REQUEST_TIMEOUT_MS when absent. */
  readonly requestTimeoutMs?: number;
}

/** The SDK's middleware that writes the `user-agent` and `x-amz-user-agent` headers of every request. */
export const USER_AGENT_MIDDLEWARE = 'getUserAgentMiddleware';

/** One attempt's bound when none is configured: DynamoDB answers in milliseconds; a store that accepts and never answers must not hold a request (and its wallet's turn) forever. */
export const STORE_REQUEST_TIMEOUT_MS = 5_000;
/** Connecting is bounded more tightly: a TCP (and TLS) handshake that takes seconds is a store that is not there. */
const CONNECT_TIMEOUT_MS = 2_000;

/**
 * What every SDK client of the store is built with (the table's and the stream's). Against a local
 * endpoint (DynamoDB Local), fixed dummy credentials and requests that name the key but are not signed
 * (local-signer.ts: DynamoDB Local checks no signature); against AWS, the standard credential chain and
 * SigV4. `sha256`: that signing with HMAC keys kept as KeyObjects (signing-hash.ts).
 *
 * Every attempt is bounded (the SDK's default is no bound): one that times out fails as TimeoutError, which the SDK
 * retries and the service answers as STORE_UNAVAILABLE once the attempts are spent (store-failure.ts). A retried
 * TransactWriteItems is safe though its first attempt may have committed: the SDK fills in one ClientRequestToken per
 * command, and DynamoDB answers a repeat of a committed token with success, not with the condition's failure
 * (store-cut-typed.e2e withholds a first answer; docs/faults-and-durability.md).
 */
export function sdkClientConfig(connection: DynamoConnection) {
  const timeout = connection.requestTimeoutMs ?? STORE_REQUEST_TIMEOUT_MS;
  return {
    region: connection.region,
    ...(connection.endpoint
      ? { endpoint: connection.endpoint, credentials: LOCAL_CREDENTIALS, signer: localSigner(connection.region) }
      : {}),
    maxAttempts: 3,
    sha256: SigningHash,
    requestHandler: {
      connectionTimeout: Math.min(CONNECT_TIMEOUT_MS, timeout),
      requestTimeout: timeout,
      throwOnRequestTimeout: true,
    },
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
  // The user-agent headers are for AWS's own statistics; DynamoDB Local reads none, and building them cost about
  // 0.05 ms of CPU per request. (A renamed middleware would stay: dynamodb-client.test checks the name.)
  if (connection.endpoint) client.middlewareStack.remove(USER_AGENT_MIDDLEWARE);
  reportUnreachable(client);
  withFastProperties(client.config);
  return { client, items: new ItemClient(client) };
}

/**
 * The SDK builds a client's resolved config with keyed stores, so V8 keeps it as a hash table ("dictionary mode").
 * Its middlewares read that object and copy it into new ones (`{ ...config, ...context }`) three times per request:
 * each copy of its fifty entries cost about 30 µs (a loop of TransactWriteItems against a server answering at
 * once: about 0.1 ms of CPU per request, of 0.6 ms). V8 gives an object fast properties once reads through it as
 * a prototype have feedback; a thousand reads through a throwaway object do that, once. The object, its properties
 * and its getter stay as they are: only the speed changes, and if a V8 version stops doing this, only that speed is
 * lost (dynamodb-client-config.test asks V8).
 */
export function withFastProperties(object: object): void {
  const reader = Object.create(object) as { region?: unknown };
  let read: unknown;
  for (let i = 0; i < 1000; i++) read = reader.region;
  void read;
}
