import { RequestCounter, RequestCounts } from '../infrastructure/dynamodb/request-counter';

/** The answer of GET /metrics (only served with METRICS=true): what the benchmark reads from the service. */
export interface ServiceMetrics {
  /** DynamoDB requests by operation since start-up. */
  readonly dynamodb: RequestCounts;
  readonly process: {
    readonly rssBytes: number;
    /** The peak resident set size since the process started (getrusage maxrss). */
    readonly maxRssBytes: number;
    /** CPU time since the process started, in microseconds. */
    readonly cpuUserMicros: number;
    readonly cpuSystemMicros: number;
  };
}

export function serviceMetrics(counter: RequestCounter): ServiceMetrics {
  const usage = process.resourceUsage();
  return {
    dynamodb: counter.snapshot(),
    process: {
      rssBytes: process.memoryUsage.rss(),
      // getrusage reports kilobytes on Linux and macOS.
      maxRssBytes: usage.maxRSS * 1024,
      cpuUserMicros: usage.userCPUTime,
      cpuSystemMicros: usage.systemCPUTime,
    },
  };
}
