import { LoopResult } from '../../../tools/bench/closed-loop';
import { mergeCounts, mergeLoops } from '../../../tools/bench/merge';
import { perSecond } from '../../../tools/bench/stats';

const slice = (elapsedMs: number, successes: number, conflicts: number, latencies: number[]): LoopResult => ({
  elapsedMs,
  successes,
  conflicts,
  errors: 0,
  errorMessages: [],
  requestLatencies: latencies,
  successLatencies: latencies.slice(0, successes),
});

describe('a scenario measured in slices', () => {
  it('adds times and counts, so throughput is over the measured time only, not the pauses between slices', () => {
    const merged = mergeLoops([slice(1000, 150, 2, [5, 6, 7]), slice(1050, 160, 0, [8])]);
    expect(merged).toMatchObject({ elapsedMs: 2050, successes: 310, conflicts: 2 });
    expect(perSecond(merged.successes, merged.elapsedMs)).toBeCloseTo(151.22, 2);
  });

  it('pools every latency sample, in order', () => {
    expect(mergeLoops([slice(1, 3, 0, [5, 6, 7]), slice(1, 1, 0, [8])]).requestLatencies).toEqual([5, 6, 7, 8]);
  });

  it('keeps at most three error messages', () => {
    const failing = (message: string): LoopResult => ({ ...slice(1, 0, 0, []), errors: 2, errorMessages: [message, message] });
    const merged = mergeLoops([failing('a'), failing('b')]);
    expect(merged.errors).toBe(4);
    expect(merged.errorMessages).toEqual(['a', 'a', 'b']);
  });

  it('adds DynamoDB request counts by operation and by cancellation reason', () => {
    expect(
      mergeCounts([
        { TransactWriteItems: { commands: 3, attempts: 3, failed: 1, cancellations: { ConditionalCheckFailed: 1 } } },
        {
          TransactWriteItems: { commands: 2, attempts: 3, failed: 1, cancellations: { TransactionConflict: 1 } },
          GetItem: { commands: 1, attempts: 1, failed: 0, cancellations: {} },
        },
      ]),
    ).toEqual({
      TransactWriteItems: { commands: 5, attempts: 6, failed: 2, cancellations: { ConditionalCheckFailed: 1, TransactionConflict: 1 } },
      GetItem: { commands: 1, attempts: 1, failed: 0, cancellations: {} },
    });
  });
});
