import { breakdown, diffCounts, totals } from '../../../tools/bench/counts';
import { cell, pairedRatioInterval, percentile, perSecond, ratio, summarize, t95 } from '../../../tools/bench/stats';
import type { RequestCounts } from '../../../src/infrastructure/dynamodb/request-counter';

describe('percentile (nearest rank)', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);

  it('is the smallest sample with at least p% of the samples at or below it', () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile(hundred, 0.5)).toBe(1);
  });

  it('is always one of the samples, never an interpolation', () => {
    expect(percentile([10, 20, 30, 40], 50)).toBe(20);
    expect(percentile([10, 20, 30, 40], 51)).toBe(30);
    expect(percentile([7], 99)).toBe(7);
  });

  it('has no value for no samples, and refuses a percentile outside (0, 100]', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile(hundred, 0)).toThrow();
    expect(() => percentile(hundred, 101)).toThrow();
  });
});

describe('summarize', () => {
  it('sorts a copy, leaving the samples in the order they were taken', () => {
    const samples = [5, 1, 4, 2, 3];
    expect(summarize(samples)).toEqual({ count: 5, p50: 3, p99: 5, max: 5 });
    expect(samples).toEqual([5, 1, 4, 2, 3]);
  });

  it('sees a slow tail in p99 that p50 does not show', () => {
    const samples = [...Array.from({ length: 98 }, () => 2), 40, 50];
    expect(summarize(samples)).toMatchObject({ p50: 2, p99: 40, max: 50 });
  });
});

describe('rates and ratios', () => {
  it('gives throughput per second from a count over milliseconds', () => {
    expect(perSecond(1200, 4000)).toBe(300);
  });

  it('gives NaN, shown as n/a, instead of dividing by zero', () => {
    expect(ratio(80, 100)).toBe(0.8);
    expect(ratio(5, 0)).toBeNaN();
    expect(perSecond(5, 0)).toBeNaN();
    expect(cell(ratio(5, 0))).toBe('n/a');
    expect(cell(0.8049, 2)).toBe('0.80');
  });
});

describe('request counts of one scenario', () => {
  const before: RequestCounts = {
    TransactWriteItems: { commands: 10, attempts: 11, failed: 2, cancellations: { ConditionalCheckFailed: 2 } },
    CreateTable: { commands: 1, attempts: 1, failed: 0, cancellations: {} },
  };
  const after: RequestCounts = {
    TransactWriteItems: { commands: 110, attempts: 111, failed: 32, cancellations: { ConditionalCheckFailed: 27, TransactionConflict: 5 } },
    CreateTable: { commands: 1, attempts: 1, failed: 0, cancellations: {} },
    GetItem: { commands: 20, attempts: 20, failed: 0, cancellations: {} },
  };

  it('are what moved between two snapshots; operations that did not move are left out', () => {
    expect(diffCounts(after, before)).toEqual({
      TransactWriteItems: {
        commands: 100,
        attempts: 100,
        failed: 30,
        cancellations: { ConditionalCheckFailed: 25, TransactionConflict: 5 },
      },
      GetItem: { commands: 20, attempts: 20, failed: 0, cancellations: {} },
    });
  });

  it('add up to requests, attempts and the transactions re-sent for contention', () => {
    expect(totals(diffCounts(after, before))).toEqual({ commands: 120, attempts: 120, transactionConflicts: 5 });
  });

  it('break down per mutation, the most frequent operation first', () => {
    expect(breakdown(diffCounts(after, before), 120)).toBe('TransactWriteItems 0.83, GetItem 0.17');
    expect(breakdown({}, 10)).toBe('none');
  });
});

describe('t95', () => {
  it('is the two-sided 95% quantile of Student t: the table to 30 degrees of freedom, then an expansion that joins it', () => {
    expect(t95(1)).toBe(12.706);
    expect(t95(7)).toBe(2.365);
    expect(t95(30)).toBe(2.042);
    expect(t95(31)).toBeCloseTo(2.0395, 3);
    expect(t95(60)).toBeCloseTo(2.0, 3);
    expect(t95(120)).toBeCloseTo(1.98, 2);
    expect(t95(100_000)).toBeCloseTo(1.96, 3);
  });

  it('falls with every degree of freedom, across the join too', () => {
    for (let degrees = 1; degrees < 200; degrees++) expect(t95(degrees + 1)).toBeLessThan(t95(degrees));
  });
});

describe('pairedRatioInterval', () => {
  it("puts the ratio's standard error from the parts' residuals on either side of the whole run's ratio", () => {
    // Residuals 90 - 0.99 * 100 = -9 and 11: centred -10 and 10, variance 200; se 10 / (0.99 * 100); t(1) 12.706.
    const interval = pairedRatioInterval(0.99, [90, 110], [100, 100]);
    expect(interval).toMatchObject({ pairs: 2, parts: 2, effective: 2 });
    const half = (12.706 * 10) / 99;
    expect(interval.low).toBeCloseTo(0.99 * Math.exp(-half), 6);
    expect(interval.high).toBeCloseTo(0.99 * Math.exp(half), 6);
  });

  it('is centred on the ratio it is given, the one the report prints', () => {
    const { low, high } = pairedRatioInterval(0.96, [90, 100, 95, 99, 97], [100, 102, 97, 101, 99]);
    expect(Math.sqrt(low * high)).toBeCloseTo(0.96, 9);
  });

  it('pairs part with part: load that moves both sides alike does not widen it', () => {
    const service = [100, 200, 50, 400];
    const peer = service.map((rate) => rate / 0.95);
    const interval = pairedRatioInterval(0.95, service, peer);
    expect(interval.low).toBeCloseTo(0.95, 9);
    expect(interval.high).toBeCloseTo(0.95, 9);
  });

  it('narrows with more parts of the same spread', () => {
    const parts = (n: number) => Array.from({ length: n }, (_, i) => (i % 2 ? 110 : 90));
    const width = (n: number) => {
      const { low, high } = pairedRatioInterval(1, parts(n), Array<number>(n).fill(100));
      return high - low;
    };
    expect(width(8)).toBeLessThan(width(4));
    expect(width(32)).toBeLessThan(width(30));
    expect(width(64)).toBeLessThan(width(32));
    expect(width(64)).toBeGreaterThan(0);
  });

  it('counts neighbouring parts that moved together as fewer, and widens for them', () => {
    const alternating = Array.from({ length: 16 }, (_, i) => (i % 2 ? 110 : 90));
    const spells = Array.from({ length: 16 }, (_, i) => (Math.floor(i / 4) % 2 ? 110 : 90));
    const peer = Array<number>(16).fill(100);
    const apart = pairedRatioInterval(1, alternating, peer);
    const together = pairedRatioInterval(1, spells, peer);
    expect(apart.effective).toBe(16);
    expect(together.effective).toBeLessThan(16);
    expect(together.high - together.low).toBeGreaterThan(apart.high - apart.low);
  });

  it('holds the true ratio about 95% of the time with independent parts, and most of the time with slow spells', () => {
    const random = seeded(20);
    const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    const coverage = (correlation: number) => {
      let held = 0;
      const runs = 1000;
      for (let run = 0; run < runs; run++) {
        const a: number[] = [];
        const b: number[] = [];
        let spell = 0;
        for (let part = 0; part < 32; part++) {
          spell = correlation * spell + Math.sqrt(1 - correlation ** 2) * normal();
          const load = 100 * (1 + 0.2 * normal());
          b.push(load);
          a.push(0.95 * load * (1 + 0.05 * spell));
        }
        const whole = a.reduce((x, y) => x + y) / b.reduce((x, y) => x + y);
        const { low, high } = pairedRatioInterval(whole, a, b);
        if (low <= 0.95 && 0.95 <= high) held++;
      }
      return held / runs;
    };
    const independent = coverage(0);
    expect(independent).toBeGreaterThan(0.92);
    expect(independent).toBeLessThan(0.99);
    // The same test of the former interval (log ratios taken as independent) gives 0.95 and 0.66.
    expect(coverage(0.6)).toBeGreaterThan(0.85);
  });

  it('leaves out and counts a part without a rate on either side, and has no bounds below two pairs', () => {
    expect(pairedRatioInterval(1, [100, 0, 100], [100, 100, Number.NaN])).toMatchObject({ pairs: 1, parts: 3 });
    const one = pairedRatioInterval(1.2, [120], [100]);
    expect(one.low).toBeNaN();
    expect(one.high).toBeNaN();
    expect(pairedRatioInterval(Number.NaN, [1, 2], [1, 2]).low).toBeNaN();
  });
});

/** A small seeded generator (mulberry32), so the coverage test draws the same numbers every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}
