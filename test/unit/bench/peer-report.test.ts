import { formatPaired, formatRatio, targetTable } from '../../../tools/bench/peer-report';
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

  it('says so when too few parts had a rate on both sides for an interval', () => {
    expect(formatPaired(row(95, [90, 0, 0]), row(100, [100, 102, 97]))).toBe('0.95 x (no interval: 1 of 3 parts)');
  });

  it('prints the ratio alone when there is one part (the hot wallet runs in one piece), and n/a without a side', () => {
    expect(formatPaired(row(50, [50]), row(25, [25]))).toBe('2.00 x');
    expect(formatPaired(undefined, row(25, [25]))).toBe('n/a');
  });
});

describe("issue 20's target table", () => {
  /** A row of the own-wallet or hot-wallet scenarios, with the fields the table reads. */
  const scenario = (target: string, clients: number, fields: Partial<Record<string, unknown>> = {}) =>
    ({
      label: `${target} ${clients}`,
      opsPerSecond: 100,
      lostUpdates: 0,
      cpuMsPerSuccess: { service: 1.9 },
      requestsPerMutation: 0.1,
      ...fields,
      result: { spec: { target, clients, wallets: fields.wallets ?? 'own' }, sliceRates: (fields.sliceRates as number[]) ?? [100, 100] },
    }) as unknown as Row;
  const tableOf = (rows: Row[], concurrency = [1]) => targetTable(rows, concurrency).join('\n');

  it('judges each ratio on the printed whole-run ratio, with its interval', () => {
    const table = tableOf([
      scenario('service', 1, { opsPerSecond: 97, sliceRates: [96, 98, 97, 97] }),
      scenario('apollo', 1, { sliceRates: [100, 100, 100, 100] }),
      scenario('bare', 1, { opsPerSecond: 95, sliceRates: [80, 115, 90, 100] }),
    ]);
    expect(table).toMatch(/1 client: service \/ Apollo peer \(tuned client\) >= 1\.00 \| 0\.97 x \(0\.9\d-0\.9\d\) \| \*\*missed\*\* \|/);
    expect(table).toMatch(
      /1 client: service \/ bare peer \(tuned client\) >= 0\.95 \| 1\.02 x \([\d.]+-[\d.]+\) \| \*\*met\*\* \(this run cannot tell\) \|/,
    );
    expect(table).toMatch(/service CPU per increase at 1 client <= 2 ms \| 1\.90 ms \| \*\*met\*\* \|/);
    expect(table).not.toMatch(/SDK's defaults/);
  });

  it('misses "no lost update" when any scenario lost one, even if another gained one', () => {
    const table = tableOf([scenario('service', 1, { lostUpdates: 3 }), scenario('apollo', 1, { lostUpdates: -3 })]);
    expect(table).toMatch(/\| lost updates: 0 in every scenario above \| service 1: 3; apollo 1: -3 \| \*\*missed\*\* \|/);
    expect(tableOf([scenario('service', 1), scenario('apollo', 1)])).toMatch(/\| none \| \*\*met\*\* \|/);
  });

  it('judges the hot wallet beside the raw SDK, with its DynamoDB requests per mutation to three digits', () => {
    const table = tableOf(
      [
        scenario('service', 32, { wallets: 'hot', opsPerSecond: 50, requestsPerMutation: 1.004, sliceRates: [50] }),
        scenario('baseline', 32, { wallets: 'hot', opsPerSecond: 25, sliceRates: [25] }),
      ],
      [32],
    );
    expect(table).toMatch(/hot wallet, 32 clients: service \/ raw SDK >= 1\.00 \| 2\.00 x \| \*\*met\*\* \|/);
    expect(table).toMatch(/DynamoDB requests per mutation <= 1 \| 1\.004 \| \*\*missed\*\* \|/);
  });
});
