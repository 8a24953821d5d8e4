import type { RequestCounts } from '../../src/infrastructure/dynamodb/request-counter';
import { LoopResult } from './closed-loop';

/**
 * A scenario measured in slices (alternating with its counterpart) adds up to one result: counts,
 * times and CPU add, latencies pool. Pure, so the adding up is tested.
 */
export function mergeLoops(slices: readonly LoopResult[]): LoopResult {
  return {
    elapsedMs: sum(slices.map((slice) => slice.elapsedMs)),
    successes: sum(slices.map((slice) => slice.successes)),
    conflicts: sum(slices.map((slice) => slice.conflicts)),
    errors: sum(slices.map((slice) => slice.errors)),
    errorMessages: slices.flatMap((slice) => slice.errorMessages).slice(0, 3),
    requestLatencies: slices.flatMap((slice) => slice.requestLatencies),
    successLatencies: slices.flatMap((slice) => slice.successLatencies),
  };
}

export function mergeCounts(slices: readonly RequestCounts[]): RequestCounts {
  const merged: RequestCounts = {};
  for (const counts of slices) {
    for (const [operation, count] of Object.entries(counts)) {
      merged[operation] ??= { commands: 0, attempts: 0, failed: 0, cancellations: {} };
      const into = merged[operation];
      into.commands += count.commands;
      into.attempts += count.attempts;
      into.failed += count.failed;
      for (const [code, n] of Object.entries(count.cancellations)) into.cancellations[code] = (into.cancellations[code] ?? 0) + n;
    }
  }
  return merged;
}

export function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
