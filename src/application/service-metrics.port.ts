/**
 * What the service counts and times, as the layers see it: http, graphql and the use cases call
 * this port; src/observability/prometheus-metrics.ts implements it with prom-client, and main.ts
 * wires it. Every label value is from a closed set: never a wallet id, a caller or a client's text.
 */
export interface ServiceMetrics {
  /** One GraphQL request answered: its root field (or `other`) and its result's union member (or `ok`, `error`). */
  graphqlRequest(operation: string, result: string, seconds: number): void;
  /** One CSV statement (`GET /wallets/{id}/statement.csv`) answered or given up, by how it ended. */
  statementCsvRequest(result: StatementCsvResult, seconds: number): void;
  /** One error in a GraphQL answer, by its extensions.code (bounded by the caller). */
  graphqlError(code: string): void;
  /** One request to the store (one DynamoDB request, SDK retries included, or one SQLite statement group). */
  storeRequest(operation: StoreOperation, outcome: StoreOutcome, seconds: number): void;
  /** DynamoDB's own view, for the benchmark: one command, its HTTP attempts (retries included), how it ended. */
  dynamodbRequest(command: string, answer: DynamoAnswer): void;
  /** A change refused because the client's expectedVersion was stale. */
  versionConflict(): void;
  /** A request answered from its idempotency record: the retry of one that succeeded. */
  idempotentReplay(): void;
  /** A request the edge refused before any work. */
  refused(reason: RefusalReason): void;
  /** The embedded DynamoDB Local was restarted after it exited unexpectedly. */
  storeRestarted(): void;
  /** The latest readiness answer (/health/ready). */
  ready(isReady: boolean): void;
}

export interface DynamoAnswer {
  readonly attempts: number;
  readonly failed: boolean;
  /** A cancelled transaction's reasons (ConditionalCheckFailed, TransactionConflict, ...), each once. */
  readonly cancellationReasons: readonly string[];
}

const STORE_OPERATIONS = [
  'find',
  'commit',
  'findIdempotencyRecord',
  'history',
  'walletsOf',
  'findHold',
  'holdsOf',
  'entries',
  'entryAt',
  'lastEntryBefore',
  'findTransfer',
] as const;
export type StoreOperation = (typeof STORE_OPERATIONS)[number];

const STORE_OUTCOMES = ['ok', 'condition_failed', 'throttled', 'transaction_conflict', 'error'] as const;
export type StoreOutcome = (typeof STORE_OUTCOMES)[number];

/**
 * How a CSV statement ended: `ok` (200, to its closing line), `cut_short` (200, its byte budget reached),
 * `bad_request` (400: the window), `not_found` (404: no such wallet of the caller's), `too_many_entries` (422),
 * `store_unavailable` (503), `aborted` (the client went away or stopped reading), `error` (an unexpected failure: 500,
 * or the connection cut when the file had begun). A request refused before the route (401, 429) is counted in
 * wallet_requests_refused_total.
 */
export const STATEMENT_CSV_RESULTS = [
  'ok',
  'cut_short',
  'bad_request',
  'not_found',
  'too_many_entries',
  'store_unavailable',
  'aborted',
  'error',
] as const;
export type StatementCsvResult = (typeof STATEMENT_CSV_RESULTS)[number];

export const REFUSAL_REASONS = [
  'rate_limited_caller',
  'rate_limited_address',
  'unauthenticated',
  'body_too_large',
  'invalid_json',
  'body_shape',
  'unsupported_encoding',
  'not_graphql',
  'malformed_target',
  'address_ceiling',
  'stalled_reader',
  'websocket_full',
  'websocket_evicted',
  'websocket_per_caller',
  'websocket_flood',
  'connection_per_address',
  'connection_full',
  'connection_reserved',
  'connection_evicted',
  'body_too_slow',
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/** Counts nothing: the default where no metrics are wired (unit tests, tools). */
export const NO_METRICS: ServiceMetrics = {
  graphqlRequest: () => undefined,
  graphqlError: () => undefined,
  statementCsvRequest: () => undefined,
  storeRequest: () => undefined,
  dynamodbRequest: () => undefined,
  versionConflict: () => undefined,
  idempotentReplay: () => undefined,
  refused: () => undefined,
  storeRestarted: () => undefined,
  ready: () => undefined,
};
