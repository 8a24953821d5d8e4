import { formatRatio } from '../../../tools/bench/peer-report';

describe('the peer comparison', () => {
  it('prints a ratio with two digits, and n/a when a side did not run or made nothing', () => {
    expect(formatRatio(0.9349)).toBe('0.93 x');
    expect(formatRatio(1)).toBe('1.00 x');
    expect(formatRatio(Number.NaN)).toBe('n/a');
    expect(formatRatio(Number.POSITIVE_INFINITY)).toBe('n/a');
  });
});
