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

/** Student's t, two-sided 95%, by degrees of freedom 1 to 30 (any statistics table). */
const T95 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086,
  2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

/** The two-sided 95% quantile of Student's t: the table to 30 degrees of freedom, past it the Cornish-Fisher expansion (2.042 at 30). */
export function t95(degrees: number): number {
  if (degrees <= T95.length) return T95[degrees - 1] ?? Number.NaN;
  const z = 1.959964;
  return z + (z ** 3 + z) / (4 * degrees) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * degrees ** 2);
}

export interface RatioInterval {
  readonly low: number;
  readonly high: number;
  /** Parts with a rate on both sides; `parts`: the parts there were. */
  readonly pairs: number;
  readonly parts: number;
  /**
   * What the pairs are worth as independent ones: fewer than `pairs` when neighbouring parts may have moved together
   * (a slow spell of the shared store spanning several); the interval's degrees of freedom are this less one.
   */
  readonly effective: number;
  /** Neighbouring parts clearly moved together: their lag-1 autocorrelation is above 2 / sqrt(pairs). */
  readonly movedTogether: boolean;
}

/**
 * A 95% interval around `ratio`, the whole run's ratio of two servers' rates, from the same rates part by part
 * (`a[i]` and `b[i]` in the same part: a slice pair, or a window of turns). Paired, so load that hits both alike
 * cancels; what is left is how much a run of this length can tell.
 *
 * The delta method for a ratio of means: the parts' residuals `a[i] - ratio * b[i]` give the ratio's standard
 * error, so the interval's width is measured around the ratio it is centred on. Parts next to each other may
 * share a slow spell of the store: with r the residuals' lag-1 autocorrelation, less its small-sample bias (an
 * estimate from n parts runs about (1 + 4r) / n low), the variance grows by (1 + r) / (1 - r) and the pairs count as
 * n (1 - r) / (1 + r) (the AR(1) approximation; r kept within 0 and 0.9). The bounds are the ratio
 * times exp(-/+ t * se / ratio), so they stay above zero. A part without a rate on one side (none of its
 * requests fell there) is left out and counted. NaN bounds with fewer than two pairs.
 */
export function pairedRatioInterval(ratio: number, a: readonly number[], b: readonly number[]): RatioInterval {
  const parts = Math.min(a.length, b.length);
  const pairs: [number, number][] = [];
  for (let i = 0; i < parts; i++) {
    if (a[i] > 0 && b[i] > 0 && Number.isFinite(a[i]) && Number.isFinite(b[i])) pairs.push([a[i], b[i]]);
  }
  const n = pairs.length;
  if (n < 2 || !(ratio > 0) || !Number.isFinite(ratio))
    return { low: Number.NaN, high: Number.NaN, pairs: n, parts, effective: n, movedTogether: false };
  const residuals = pairs.map(([x, y]) => x - ratio * y);
  const meanResidual = residuals.reduce((sum, e) => sum + e, 0) / n;
  const centred = residuals.map((e) => e - meanResidual);
  const variance = centred.reduce((sum, e) => sum + e * e, 0) / (n - 1);
  const measured = variance > 0 ? lagOneCorrelation(centred) : 0;
  const r = Math.min(0.9, Math.max(0, measured + (1 + 4 * measured) / n));
  const inflation = (1 + r) / (1 - r);
  const effective = Math.max(2, Math.round(n / inflation));
  const meanB = pairs.reduce((sum, [, y]) => sum + y, 0) / n;
  const relativeError = Math.sqrt((variance * inflation) / n) / (ratio * meanB);
  const half = t95(effective - 1) * relativeError;
  const movedTogether = measured > 2 / Math.sqrt(n);
  return { low: ratio * Math.exp(-half), high: ratio * Math.exp(half), pairs: n, parts, effective, movedTogether };
}

/** The lag-1 autocorrelation of values already centred on their mean (0 when they do not vary). */
function lagOneCorrelation(centred: readonly number[]): number {
  let lagged = 0;
  let squares = 0;
  for (let i = 0; i < centred.length; i++) {
    squares += centred[i] * centred[i];
    if (i > 0) lagged += centred[i] * centred[i - 1];
  }
  return squares > 0 ? lagged / squares : 0;
}
