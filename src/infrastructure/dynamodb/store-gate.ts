import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { StoreUnavailable } from '../../domain/store-unavailable';

/** The store is known to be down (the embedded DynamoDB Local is being restarted). */
export class StoreUnavailableError extends StoreUnavailable {
  constructor() {
    super('DynamoDB is unavailable: the embedded DynamoDB Local is restarting');
    this.name = 'StoreUnavailableError';
  }
}

/** Errors that prove the request never reached DynamoDB: no connection could be made. */
const NOT_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);

/**
 * Fails every request at once while `isUp()` is false, before the SDK spends its retries on a
 * refused connection; and a request the SDK could not connect for becomes StoreUnavailable too. Either
 * way nothing was sent, and clients get the one typed, retryable answer (STORE_UNAVAILABLE).
 */
export function failFastWhileDown(client: DynamoDBClient, isUp: () => boolean): void {
  client.middlewareStack.add(
    (next) => async (args) => {
      if (!isUp()) throw new StoreUnavailableError();
      try {
        return await next(args);
      } catch (error) {
        if (!NOT_CONNECTED.has(connectionCode(error) ?? '')) throw error;
        throw new StoreUnavailable(`DynamoDB unreachable: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
    },
    { step: 'initialize', name: 'failFastWhileStoreDown' },
  );
}

function connectionCode(error: unknown): string | undefined {
  for (let cause = error, depth = 0; typeof cause === 'object' && cause !== null && depth < 3; depth += 1) {
    if ('code' in cause && typeof cause.code === 'string') return cause.code;
    cause = 'cause' in cause ? cause.cause : undefined;
  }
  return undefined;
}
