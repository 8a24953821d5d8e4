import type { OperationCount, RequestCounts } from '../../src/infrastructure/dynamodb/request-counter';

/**
 * Differences of the request counter's snapshots: the counter runs for the life of a process,
 * a scenario is what moved between its "before" and "after" snapshots.
 */
export function diffCounts(after: RequestCounts, before: RequestCounts): RequestCounts {
  const diff: RequestCounts = {};
  for (const [operation, now] of Object.entries(after)) {
    const then = before[operation];
    const moved: OperationCount = {
      commands: now.commands - (then?.commands ?? 0),
      attempts: now.attempts - (then?.attempts ?? 0),
      failed: now.failed - (then?.failed ?? 0),
      cancellations: {},
    };
    for (const [code, count] of Object.entries(now.cancellations)) {
      const delta = count - (then?.cancellations[code] ?? 0);
      if (delta > 0) moved.cancellations[code] = delta;
    }
    if (moved.commands > 0 || moved.attempts > 0) diff[operation] = moved;
  }
  return diff;
}

export interface CountTotals {
  readonly commands: number;
  readonly attempts: number;
  /** Transactions DynamoDB cancelled because another transaction held an item (the service retries those). */
  readonly transactionConflicts: number;
}

export function totals(counts: RequestCounts): CountTotals {
  let commands = 0;
  let attempts = 0;
  let transactionConflicts = 0;
  for (const count of Object.values(counts)) {
    commands += count.commands;
    attempts += count.attempts;
    transactionConflicts += count.cancellations.TransactionConflict ?? 0;
  }
  return { commands, attempts, transactionConflicts };
}

/** "TransactWriteItems 1.00, GetItem 0.02": commands of each operation per unit (per mutation). */
export function breakdown(counts: RequestCounts, units: number): string {
  const parts = Object.entries(counts)
    .sort(([, a], [, b]) => b.commands - a.commands)
    .map(([operation, count]) => `${operation} ${units > 0 ? (count.commands / units).toFixed(2) : 'n/a'}`);
  return parts.length ? parts.join(', ') : 'none';
}
