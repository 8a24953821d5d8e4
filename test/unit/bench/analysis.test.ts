import { analyse } from '../../../tools/bench/analysis';
import { pairedRatioInterval } from '../../../tools/bench/stats';
import type { Row } from '../../../tools/bench/summary';

/** A row of the service / baseline analysis: the fields analyse reads, with no DynamoDB requests counted. */
const scenario = (target: 'service' | 'baseline', sliceRates: number[], throughputRatio = Number.NaN) =>
  ({
    label: `${target} own wallets, 32 clients`,
    opsPerSecond: sliceRates.reduce((sum, rate) => sum + rate, 0) / sliceRates.length,
    p50: 50,
    p99: 120,
    successP99: 120,
    throughputRatio,
    mutations: 1000,
    requestsPerMutation: 1,
    requestsBreakdown: '1 TransactWriteItems',
    cores: { bench: 0.3, service: 0.6, dynamo: 0.9, other: 0 },
    cpuMsPerSuccess: { bench: 0.8, service: 2, dynamo: 3 },
    lostUpdates: 0,
    result: { spec: { target, clients: 32, wallets: 'own' }, sliceRates, counts: {}, loop: { successes: 1000, errors: 0 } },
  }) as unknown as Row;

const intervalLine = (rows: Row[]) => analyse(rows, 2).find((line) => line.startsWith('Slice by slice')) ?? '';

describe('the service / baseline analysis', () => {
  const baseline = [400, 420, 380, 410, 390, 400, 430, 370];

  it("prints the throughput ratio's interval from the slice pairs, as pairedRatioInterval gives it", () => {
    const service = baseline.map((rate, i) => rate * (i % 2 ? 0.84 : 0.8));
    const { low, high } = pairedRatioInterval(0.82, service, baseline);
    const line = intervalLine([scenario('service', service, 0.82), scenario('baseline', baseline)]);
    expect(line).toBe(
      `Slice by slice (baseline and service alternating, 8 pairs) the ratio's 95% interval is ${low.toFixed(2)} to ${high.toFixed(2)}: read the verdict with that noise in mind.`,
    );
  });

  it('says when neighbouring slices clearly moved together, and how many independent ones they are worth', () => {
    const sixteen = [...baseline, ...baseline];
    const service = sixteen.map((rate, i) => rate * (i < 8 ? 0.78 : 0.86));
    const { effective, movedTogether } = pairedRatioInterval(0.82, service, sixteen);
    expect(movedTogether).toBe(true);
    expect(effective).toBeLessThan(16);
    expect(intervalLine([scenario('service', service, 0.82), scenario('baseline', sixteen)])).toContain(
      `16 pairs, worth about ${effective} independent ones: neighbouring slices moved together)`,
    );
  });

  it('prints no interval when fewer than two slices had a rate on both sides', () => {
    expect(intervalLine([scenario('service', [320], 0.8), scenario('baseline', [400])])).toBe('');
  });
});
