import type { OperationCount, RequestCounts } from '../../src/infrastructure/dynamodb/request-counter';
import { Scrape } from './prometheus-text';

/** What the tools read from the service's Prometheus endpoint (METRICS_PORT). */
export interface ServiceMetrics {
  /** DynamoDB requests by operation since start-up: the same shape as the baseline's own counter. */
  readonly dynamodb: RequestCounts;
  readonly process: {
    readonly rssBytes: number;
    readonly maxRssBytes: number;
    readonly cpuUserMicros: number;
    readonly cpuSystemMicros: number;
  };
}

/** The service's metrics as the bench compares them with the baseline's counter. */
export function serviceMetricsOf(scrape: Scrape): ServiceMetrics {
  const dynamodb: RequestCounts = {};
  const of = (operation: string): OperationCount => {
    dynamodb[operation] ??= { commands: 0, attempts: 0, failed: 0, cancellations: {} };
    return dynamodb[operation];
  };
  for (const { labels, value } of scrape.samples('wallet_dynamodb_requests_total')) {
    of(labels.operation).commands += value;
    if (labels.outcome === 'error') of(labels.operation).failed += value;
  }
  for (const { labels, value } of scrape.samples('wallet_dynamodb_attempts_total')) of(labels.operation).attempts += value;
  for (const { labels, value } of scrape.samples('wallet_dynamodb_transaction_cancellations_total')) {
    const cancellations = of(labels.operation).cancellations;
    cancellations[labels.reason] = (cancellations[labels.reason] ?? 0) + value;
  }
  return {
    dynamodb,
    process: {
      rssBytes: scrape.sum('process_resident_memory_bytes'),
      maxRssBytes: scrape.sum('wallet_process_max_resident_memory_bytes'),
      cpuUserMicros: Math.round(scrape.sum('process_cpu_user_seconds_total') * 1e6),
      cpuSystemMicros: Math.round(scrape.sum('process_cpu_system_seconds_total') * 1e6),
    },
  };
}
