import { DynamoDBClient } from '@aws-sdk/client-dynamodb';

/** The store is known to be down (the embedded DynamoDB Local is being restarted). */
export class StoreUnavailableError extends Error {
  constructor() {
    super('DynamoDB is unavailable: the embedded DynamoDB Local is restarting');
    this.name = 'StoreUnavailableError';
  }
}

/**
 * Fails every request at once while `isUp()` is false, before the SDK spends its retries on a
 * refused connection: clients get the generic INTERNAL_SERVER_ERROR promptly, and nothing is sent.
 */
export function failFastWhileDown(client: DynamoDBClient, isUp: () => boolean): void {
  client.middlewareStack.add(
    (next) => async (args) => {
      if (!isUp()) throw new StoreUnavailableError();
      return next(args);
    },
    { step: 'initialize', name: 'failFastWhileStoreDown' },
  );
}
