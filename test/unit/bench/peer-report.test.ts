import { formatPaired, formatRatio, judge } from '../../../tools/bench/peer-report';
import type { Row } from '../../../tools/bench/summary';

/** The two fields formatPaired reads: the whole run's rate and the rates part by part. */
const row = (opsPerSecond: number, sliceRates: number[]) => ({ opsPerSecond, result: { sliceRates } }) as unknown as Row;

describe('the peer comparison', () => {
  it('prints a ratio with two digits, and n/a when a side did not run or made nothing', () => {
    expect(formatRatio(0.9349)).toBe('0.93 x');
    expect(formatRatio(1)).toBe('1.00 x');
    expect(formatRatio(Number.NaN)).toBe('n/a');
    expect(formatRatio(Number.POSITIVE_INFINITY)).toBe('n/a');
  });

  it("prints beside the run's ratio its 95% interval from the parts, paired", () => {
    const bounds = (text: string) => /^\d\.\d\d x \((\d\.\d\d)-(\d\.\d\d)\)$/.exec(text)?.slice(1).map(Number) ?? [];
    // Four parts that disagree: the interval holds 1, this run cannot tell 0.96 from it.
    const loose = formatPaired(row(96, [90, 100, 95, 99]), row(100, [100, 102, 97, 101]));
    expect(loose).toMatch(/^0\.96 x /);
    const [low, high] = bounds(loose);
    expect(low).toBeLessThan(0.96);
    expect(high).toBeGreaterThan(1);
    // Eight parts that agree: the interval is below 1, around the printed 0.955.
    const peer = [100, 120, 90, 110, 100, 130, 95, 105];
    const service = peer.map((rate, i) => rate * (i % 2 ? 0.95 : 0.96));
    const [tightLow, tightHigh] = bounds(formatPaired(row(95.5, service), row(100, peer)));
    expect(tightLow).toBeGreaterThanOrEqual(0.94);
    expect(tightLow).toBeLessThan(0.955);
    expect(tightHigh).toBeGreaterThan(0.955);
    expect(tightHigh).toBeLessThan(1);
  });

  it('says how many parts it used when some had no rate on a side', () => {
    expect(formatPaired(row(95, [90, 100, 0, 99]), row(100, [100, 102, 97, 101]))).toMatch(/, 3 of 4 parts\)$/);
  });

  it('prints the ratio alone when there is one part (the hot wallet runs in one piece), and n/a without a side', () => {
    expect(formatPaired(row(50, [50]), row(25, [25]))).toBe('2.00 x');
    expect(formatPaired(undefined, row(25, [25]))).toBe('n/a');
  });
});

describe("issue 20's verdicts", () => {
  it('meet a target at or past it, in the direction that is better', () => {
    expect(judge(1.0, 1, true)).toBe('**met**');
    expect(judge(0.99, 1, true)).toBe('**missed**');
    expect(judge(2.0, 2, false)).toBe('**met**');
    expect(judge(2.01, 2, false)).toBe('**missed**');
    expect(judge(Number.NaN, 1, true)).toBe('not measured');
    // As printed: 0.996 shows as 1.00, 2.004 as 2.00.
    expect(judge(0.996, 1, true)).toBe('**met**');
    expect(judge(0.994, 1, true)).toBe('**missed**');
    expect(judge(2.004, 2, false)).toBe('**met**');
    expect(judge(1.004, 1, false, undefined, 3)).toBe('**missed**');
  });

  it('say when the target lies inside the interval, so the run cannot tell', () => {
    expect(judge(0.96, 1, true, { low: 0.9, high: 1.02 })).toBe('**missed** (this run cannot tell)');
    expect(judge(1.04, 1, true, { low: 0.99, high: 1.1 })).toBe('**met** (this run cannot tell)');
    expect(judge(0.96, 1, true, { low: 0.93, high: 0.99 })).toBe('**missed**');
    // As printed: a bound of 0.996 shows as 1.00, which holds the target.
    expect(judge(0.97, 1, true, { low: 0.94, high: 0.996 })).toBe('**missed** (this run cannot tell)');
    expect(judge(1.04, 1, true, { low: Number.NaN, high: Number.NaN })).toBe('**met** (no interval)');
  });
});
