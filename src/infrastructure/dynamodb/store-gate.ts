import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { StoreUnavailable } from '../../domain/store-unavailable';
import { neverConnected } from '../store-failure';

/** The store is known to be down (the embedded DynamoDB Local is being restarted). */
class StoreUnavailableError extends StoreUnavailable {
  constructor() {
    super('DynamoDB is unavailable: the embedded DynamoDB Local is restarting');
    this.name = 'StoreUnavailableError';
  }
}

/**
 * Fails every request at once while `isUp()` is false, before the SDK spends its retries on a
 * refused connection: clients get the typed STORE_UNAVAILABLE promptly, and nothing is sent.
 */
export function failFastWhileDown(client: DynamoDBClient, isUp: () => boolean): void {
  client.middlewareStack.add(
    // Not async (nor the two below): an async layer costs every request a promise of its own.
    (next) => (args) => (isUp() ? next(args) : Promise.reject(new StoreUnavailableError())),
    { step: 'initialize', name: 'failFastWhileStoreDown' },
  );
}

/**
 * A request the SDK could not connect for (after its retries) becomes StoreUnavailable: it never
 * reached DynamoDB, so clients get the same typed, retryable answer as for any store that cannot take
 * a request. A failure after the request was sent (a reset, a timeout) keeps its unknown outcome.
 * The last attempt's failure is noted inside the retry loop, where the error is still Node's own (the
 * retry step may rewrap an error from another realm and lose its code), and acted on outside it.
 */
export function reportUnreachable(client: DynamoDBClient): void {
  // Keyed by the command's input, one object per request: the handler context is shared by every
  // request of a command when the client caches its middleware (dynamodb-client.ts).
  const lastAttemptUnconnected = new WeakSet<object>();
  client.middlewareStack.add(
    (next) => (args) => {
      lastAttemptUnconnected.delete(args.input);
      return next(args).catch((error: unknown) => {
        if (neverConnected(error)) lastAttemptUnconnected.add(args.input);
        throw error;
      });
    },
    { step: 'deserialize', name: 'noteStoreUnconnected' },
  );
  client.middlewareStack.add(
    (next) => (args) =>
      next(args).catch((error: unknown) => {
        if (!lastAttemptUnconnected.has(args.input)) throw error;
        throw new StoreUnavailable(`DynamoDB unreachable: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }),
    { step: 'initialize', name: 'reportStoreUnreachable' },
  );
}
