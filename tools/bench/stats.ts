/**
 * The arithmetic of the report, pure so that it is unit-tested: percentiles of latencies,
 * rates and ratios that say "n/a" instead of dividing by zero.
 */

export interface LatencySummary {
  readonly count: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
}

/**
 * The nearest-rank percentile: the smallest sample with at least p% of the samples at or below it.
 * Always one of the samples (no interpolation), so a p99 of 100 samples is the 99th smallest.
 */
export function percentile(ascending: readonly number[], p: number): number {
  if (ascending.length === 0) return Number.NaN;
  if (!(p > 0 && p <= 100)) throw new Error(`A percentile is in (0, 100]; got ${p}`);
  const rank = Math.ceil((p / 100) * ascending.length);
  return ascending[rank - 1];
}

export function summarize(latencies: readonly number[]): LatencySummary {
  const ascending = [...latencies].sort((a, b) => a - b);
  return {
    count: ascending.length,
    p50: percentile(ascending, 50),
    p99: percentile(ascending, 99),
    max: ascending.length ? ascending[ascending.length - 1] : Number.NaN,
  };
}

/** a / b, or NaN when b is 0 (rendered "n/a"): a ratio against nothing is not a number. */
export function ratio(a: number, b: number): number {
  return b === 0 ? Number.NaN : a / b;
}

/** Events per second over an elapsed time in milliseconds. */
export function perSecond(count: number, elapsedMs: number): number {
  return ratio(count, elapsedMs / 1000);
}

/** A number for a table cell: fixed digits, or "n/a". */
export function cell(value: number, digits = 2): string {
  return Number.isFinite(value) ? value.toFixed(digits) : 'n/a';
}
