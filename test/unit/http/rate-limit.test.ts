import { RateLimiter } from '../../../src/http/rate-limit';

describe('RateLimiter (a token bucket per caller)', () => {
  let now = 0;
  const limiter = (perSecond = 2, burst = 3, maxCallers = 100) => new RateLimiter({ perSecond, burst, maxCallers }, () => now);
  beforeEach(() => (now = 1_000_000));

  it('lets a burst through, then answers how many seconds until the next token', () => {
    const limits = limiter();
    expect([limits.take('a'), limits.take('a'), limits.take('a')]).toEqual([0, 0, 0]);
    expect(limits.take('a')).toBe(1);
    now += 500;
    expect(limits.take('a')).toBe(0);
    expect(limits.take('a')).toBe(1);
  });

  it('keeps one bucket per caller', () => {
    const limits = limiter(1, 1);
    expect(limits.take('a')).toBe(0);
    expect(limits.take('a')).toBe(1);
    expect(limits.take('b')).toBe(0);
  });

  it('refills up to the burst, never beyond', () => {
    const limits = limiter(10, 2);
    limits.take('a');
    now += 60_000;
    expect([limits.take('a'), limits.take('a'), limits.take('a')]).toEqual([0, 0, 1]);
  });

  it('keeps at most maxCallers buckets, forgetting the least recently seen', () => {
    const limits = limiter(1, 1, 3);
    for (const caller of ['a', 'b', 'c']) limits.take(caller);
    limits.take('a'); // a is now the most recent
    limits.take('d');
    expect(limits.callers).toBe(3);
    expect(limits.take('a')).toBe(1); // still remembered, still empty
    expect(limits.take('b')).toBe(0); // forgotten: a full bucket again
    for (let i = 0; i < 10_000; i += 1) limits.take(`flood-${i}`);
    expect(limits.callers).toBe(3);
  });

  it('is off with perSecond 0', () => {
    const limits = limiter(0, 1);
    expect(Array.from({ length: 100 }, () => limits.take('a')).every((wait) => wait === 0)).toBe(true);
    expect(limits.callers).toBe(0);
  });
});
