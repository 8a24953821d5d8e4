import { DynamoDBClient, TransactionCanceledException } from '@aws-sdk/client-dynamodb';

/** What one DynamoDB operation (GetItem, TransactWriteItems, ...) cost since the counter was attached. */
export interface OperationCount {
  /** Sends of a command: what the code asked for. */
  commands: number;
  /** HTTP requests that reached DynamoDB: commands plus the SDK's own retries (throttling, 5xx, network). */
  attempts: number;
  /** Commands that ended in an error, after the SDK's retries. */
  failed: number;
  /**
   * Cancelled transactions by reason code (ConditionalCheckFailed, TransactionConflict, ...): each
   * distinct code counted once per transaction. Tells a lost race from contention, exactly.
   */
  cancellations: Record<string, number>;
}

export type RequestCounts = Record<string, OperationCount>;

/**
 * Counts the requests a DynamoDB client sends, by operation, with two middlewares on its stack:
 * one at `initialize` (runs once per send, outside the retry loop) and one at `deserialize` (runs
 * once per HTTP attempt, inside it). Attach it before the client's first request: a client that
 * caches its middleware (dynamodb-client.ts) does not see middleware added later.
 *
 * Opt-in (METRICS=true): the benchmark reads it to state requests per mutation as a count, not an estimate.
 */
export class RequestCounter {
  private readonly counts = new Map<string, OperationCount>();

  attach(client: DynamoDBClient): void {
    client.middlewareStack.add(
      (next, context) => async (args) => {
        const count = this.of(context.commandName);
        count.commands++;
        try {
          return await next(args);
        } catch (error) {
          count.failed++;
          if (error instanceof TransactionCanceledException) this.cancelled(count, error);
          throw error;
        }
      },
      { step: 'initialize', name: 'requestCounterCommands', override: true },
    );
    client.middlewareStack.add(
      (next, context) => (args) => {
        this.of(context.commandName).attempts++;
        return next(args);
      },
      { step: 'deserialize', name: 'requestCounterAttempts', override: true },
    );
  }

  /** A copy: the caller may keep it while counting goes on. */
  snapshot(): RequestCounts {
    const copy: RequestCounts = {};
    for (const [operation, count] of this.counts) copy[operation] = { ...count, cancellations: { ...count.cancellations } };
    return copy;
  }

  private of(commandName: string | undefined): OperationCount {
    // "TransactWriteItemsCommand" -> "TransactWriteItems": the operation's name in DynamoDB's API.
    const operation = (commandName ?? 'Unknown').replace(/Command$/, '');
    let count = this.counts.get(operation);
    if (!count) {
      count = { commands: 0, attempts: 0, failed: 0, cancellations: {} };
      this.counts.set(operation, count);
    }
    return count;
  }

  private cancelled(count: OperationCount, error: TransactionCanceledException): void {
    const codes = new Set((error.CancellationReasons ?? []).map((reason) => reason.Code ?? 'None'));
    codes.delete('None');
    for (const code of codes) count.cancellations[code] = (count.cancellations[code] ?? 0) + 1;
  }
}
