import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import {
  DynamoAnswer,
  REFUSAL_REASONS,
  RefusalReason,
  ServiceMetrics,
  STATEMENT_CSV_RESULTS,
  StatementCsvResult,
  StoreOperation,
  StoreOutcome,
} from '../application/service-metrics.port';

/** Seconds: a request of a few milliseconds up to the 30 s request timeout. */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * How often prom-client's event-loop monitor times the loop, in ms (the histogram behind
 * `nodejs_eventloop_lag_{min,max,mean,stddev,p50,p90,p99}_seconds`, reset at each scrape). Its default, 10, wakes
 * an idle service 100 times a second, most of its idle CPU on this machine (docs/evidence.md, eleventh round); 20
 * halves the wakeups. Node records the time between two firings of the monitor's timer, so an idle service reads
 * about 0.02 s in every value but `_stddev` (0.01 at the default), a stall of S reads S to S + 0.02 s in `_max`,
 * and one shorter than 20 ms may leave no trace. `nodejs_eventloop_lag_seconds` is timed at each scrape and does
 * not depend on it.
 */
export const EVENT_LOOP_SAMPLE_MS = 20;

/**
 * The service's metrics in prom-client, on a registry of its own (so two services in one test
 * process do not share counters). docs/running-it.md says what each one means.
 */
export class PrometheusMetrics implements ServiceMetrics {
  readonly registry = new Registry();
  private readonly registers = [this.registry];
  private readonly graphqlRequests = this.counter(
    'wallet_graphql_requests_total',
    'GraphQL requests answered, by root field (or other) and result type (a union member, ok or error).',
    ['operation', 'result'],
  );
  private readonly graphqlDuration = this.histogram(
    'wallet_graphql_request_duration_seconds',
    'Time from the request reaching Apollo to its answer, by root field and result type.',
    ['operation', 'result'],
  );
  private readonly graphqlErrors = this.counter(
    'wallet_graphql_errors_total',
    'Errors in GraphQL answers, by extensions.code (INTERNAL_SERVER_ERROR: unexpected failures).',
    ['code'],
  );
  private readonly statementCsvRequests = this.counter(
    'wallet_statement_csv_requests_total',
    'CSV statements (GET /wallets/{id}/statement.csv) answered or given up, by result (ok, cut_short, not_found, ...).',
    ['result'],
  );
  private readonly statementCsvDuration = this.histogram(
    'wallet_statement_csv_request_duration_seconds',
    'Time from the CSV statement route being reached to its last byte written (or it being given up), by result.',
    ['result'],
  );
  private readonly storeDuration = this.histogram(
    'wallet_store_request_duration_seconds',
    'Requests to the store, by repository operation and outcome; _count is the number of requests.',
    ['operation', 'outcome'],
  );
  private readonly dynamodbCommands = this.counter(
    'wallet_dynamodb_requests_total',
    'DynamoDB commands sent, by operation and outcome (ok, error: after the SDK retries).',
    ['operation', 'outcome'],
  );
  private readonly dynamodbAttempts = this.counter(
    'wallet_dynamodb_attempts_total',
    "HTTP requests that reached DynamoDB, by operation: commands plus the SDK's retries.",
    ['operation'],
  );
  private readonly dynamodbCancellations = this.counter(
    'wallet_dynamodb_transaction_cancellations_total',
    'Cancelled DynamoDB transactions, by cancellation reason (each distinct reason once per transaction).',
    ['operation', 'reason'],
  );
  private readonly versionConflicts = this.counter('wallet_version_conflicts_total', 'Changes refused because expectedVersion was stale.');
  private readonly replays = this.counter('wallet_idempotent_replays_total', 'Requests answered from their idempotency record.');
  private readonly refusals = this.counter('wallet_requests_refused_total', 'Requests the edge refused before any work, by reason.', [
    'reason',
  ]);
  private readonly restarts = this.counter('wallet_store_restarts_total', 'Restarts of the embedded DynamoDB Local after it exited.');
  private readonly readiness = new Gauge({
    name: 'wallet_ready',
    help: '1 while /health/ready answers 200 (the store answers), 0 otherwise.',
    registers: this.registers,
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, eventLoopMonitoringPrecision: EVENT_LOOP_SAMPLE_MS });
    new Gauge({
      name: 'wallet_process_max_resident_memory_bytes',
      help: 'Peak resident set size since the process started (getrusage maxrss).',
      registers: this.registers,
      collect() {
        // getrusage reports kilobytes on Linux and macOS.
        this.set(process.resourceUsage().maxRSS * 1024);
      },
    });
    // Every series an alert may name exists from the start, at 0: rate() of a missing series is no rate.
    for (const reason of REFUSAL_REASONS) this.refusals.inc({ reason }, 0);
    this.graphqlErrors.inc({ code: 'INTERNAL_SERVER_ERROR' }, 0);
    for (const result of STATEMENT_CSV_RESULTS) this.statementCsvRequests.inc({ result }, 0);
  }

  /** The Prometheus text format, and its content type. */
  async scrape(): Promise<{ text: string; contentType: string }> {
    return { text: await this.registry.metrics(), contentType: this.registry.contentType };
  }

  graphqlRequest(operation: string, result: string, seconds: number): void {
    this.graphqlRequests.inc({ operation, result });
    this.graphqlDuration.observe({ operation, result }, seconds);
  }

  graphqlError(code: string): void {
    this.graphqlErrors.inc({ code });
  }

  statementCsvRequest(result: StatementCsvResult, seconds: number): void {
    this.statementCsvRequests.inc({ result });
    this.statementCsvDuration.observe({ result }, seconds);
  }

  storeRequest(operation: StoreOperation, outcome: StoreOutcome, seconds: number): void {
    this.storeDuration.observe({ operation, outcome }, seconds);
  }

  dynamodbRequest(command: string, { attempts, failed, cancellationReasons }: DynamoAnswer): void {
    this.dynamodbCommands.inc({ operation: command, outcome: failed ? 'error' : 'ok' });
    this.dynamodbAttempts.inc({ operation: command }, attempts);
    for (const reason of cancellationReasons) this.dynamodbCancellations.inc({ operation: command, reason });
  }

  versionConflict(): void {
    this.versionConflicts.inc();
  }

  idempotentReplay(): void {
    this.replays.inc();
  }

  refused(reason: RefusalReason): void {
    this.refusals.inc({ reason });
  }

  storeRestarted(): void {
    this.restarts.inc();
  }

  ready(isReady: boolean): void {
    this.readiness.set(isReady ? 1 : 0);
  }

  private counter<L extends string>(name: string, help: string, labelNames: readonly L[] = []): Counter<L> {
    return new Counter({ name, help, labelNames, registers: this.registers });
  }

  private histogram<L extends string>(name: string, help: string, labelNames: readonly L[]): Histogram<L> {
    return new Histogram({ name, help, labelNames, buckets: LATENCY_BUCKETS, registers: this.registers });
  }
}
