import { judge, meets, verdict } from '../../../tools/bench/verdict';

describe("the bench's verdicts", () => {
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

describe('meets and verdict', () => {
  it('compare as printed, in the direction that is better', () => {
    expect(meets(0.797, 0.8, true)).toBe(true);
    expect(meets(0.794, 0.8, true)).toBe(false);
    expect(meets(2.0, 2, false)).toBe(true);
    expect(verdict(true)).toBe('**met**');
    expect(verdict(false)).toBe('**missed**');
  });
});
