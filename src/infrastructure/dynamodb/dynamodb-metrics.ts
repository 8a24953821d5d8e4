import { DynamoDBClient, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { ServiceMetrics } from '../../application/service-metrics.port';
import { LogContext, Logger, throttledWarn } from '../../logger';

interface Metadata {
  readonly $metadata?: { readonly attempts?: number; readonly totalRetryDelay?: number };
}

/**
 * Reports every DynamoDB command the client sends: its HTTP attempts (the SDK's retries included,
 * from the response's $metadata) and a cancelled transaction's reasons. A retried command is logged (a line per
 * 10 s at most, with the count held back), with the request's id when it serves one. Added before the client's first request (its middleware
 * is resolved once per command, dynamodb-client.ts).
 */
export function reportDynamoRequests(
  client: DynamoDBClient | DynamoDBStreamsClient,
  metrics: ServiceMetrics,
  logger: Logger,
  /** `debug` for a stream's reads: AWS throttles them, routinely, past two readers (retried, counted all the same). */
  retriesAt: 'warn' | 'debug' = 'warn',
): void {
  const retried = retriesAt === 'warn' ? throttledWarn(logger) : (message: string, context: LogContext) => logger.debug?.(message, context);
  // The tables' client and the streams' alike: the middleware reads only the command's name and the answer's metadata.
  (client as DynamoDBClient).middlewareStack.add(
    (next, context) => {
      // "TransactWriteItemsCommand" -> "TransactWriteItems": the operation's name in DynamoDB's API (once per command:
      // the client caches its middleware). Not async: an async layer costs every request a promise of its own.
      const command = (context.commandName ?? 'Unknown').replace(/Command$/, '');
      return (args) =>
        next(args).then(
          (result) => {
            report(command, result.output as Metadata, false, []);
            return result;
          },
          (error: unknown) => {
            report(command, error as Metadata, true, error instanceof TransactionCanceledException ? reasons(error) : []);
            throw error;
          },
        );
    },
    { step: 'initialize', name: 'serviceMetrics', override: true },
  );

  function report(command: string, answer: Metadata, failed: boolean, cancellationReasons: readonly string[]): void {
    const attempts = answer.$metadata?.attempts ?? 0;
    metrics.dynamodbRequest(command, { attempts, failed, cancellationReasons });
    // While the store is down every request (and the health probe's) retries: one line per 10 s says so.
    if (attempts > 1)
      retried('DynamoDB request retried', { operation: command, attempts, retryDelayMs: answer.$metadata?.totalRetryDelay });
  }
}

/** Each distinct reason once per transaction: tells a lost race (ConditionalCheckFailed) from contention (TransactionConflict). */
function reasons(error: TransactionCanceledException): string[] {
  const codes = new Set((error.CancellationReasons ?? []).map((reason) => reason.Code ?? 'None'));
  codes.delete('None');
  return [...codes];
}
