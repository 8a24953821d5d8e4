import { measureAlone } from '../../../tools/bench/alone';
import { ScenarioResult, ScenarioRunner, ScenarioSpec } from '../../../tools/bench/scenario';

interface Call {
  readonly spec: ScenarioSpec;
  readonly seconds: number;
  readonly slices: number | undefined;
  readonly leadInSeconds: number | undefined;
}

/**
 * A runner that measures nothing: it answers each run with made-up figures (the nth run: n² successes
 * in 100 ms, n ms of service CPU) and records how it was asked. measureAlone only orders runs and adds
 * their figures up; the runner's own measuring is the bench's (bench-peer-clients talks to DynamoDB Local).
 */
function recordingRunner(): { runner: ScenarioRunner; calls: Call[] } {
  const calls: Call[] = [];
  const run = async (specs: readonly ScenarioSpec[], seconds: number, slices?: number, leadInSeconds?: number) => {
    const n = calls.length + 1;
    calls.push({ spec: specs[0], seconds, slices, leadInSeconds });
    const result = {
      spec: specs[0],
      loop: { elapsedMs: 100, successes: n * n, conflicts: 0, errors: 0, errorMessages: [], requestLatencies: [], successLatencies: [] },
      counts: {},
      cpuMicros: { bench: 0, service: n * 1000, dynamo: 0, machine: 0 },
      serviceMaxRssBytes: 0,
      versionsGained: n * n,
      sliceRates: [],
    } satisfies ScenarioResult;
    return [result];
  };
  return { runner: { run } as unknown as ScenarioRunner, calls };
}

describe('each server alone', () => {
  it('is measured in the order given and then back, each half the time, at 1 client after a lead-in', async () => {
    const { runner, calls } = recordingRunner();
    await measureAlone(runner, ['service', 'apollo', 'bare'], 8);
    expect(calls.map((call) => call.spec.target)).toEqual(['service', 'apollo', 'bare', 'bare', 'apollo', 'service']);
    for (const call of calls) {
      expect(call.spec).toEqual({ target: call.spec.target, clients: 1, wallets: 'own' });
      expect(call).toMatchObject({ seconds: 4, slices: 1 });
      expect(call.leadInSeconds).toBeGreaterThan(0);
    }
  });

  it("adds up each server's two runs: its rate over its own time, its CPU over its own increases", async () => {
    const { runner } = recordingRunner();
    const results = await measureAlone(runner, ['service', 'apollo', 'bare'], 8);
    // Runs 1 to 6: the service had runs 1 and 6 (1 + 36 successes, 1 + 6 ms), apollo 2 and 5, bare 3 and 4; 100 ms each.
    expect(results).toEqual([
      { target: 'service', opsPerSecond: expect.closeTo(37 / 0.2, 9), cpuMsPerIncrease: expect.closeTo(7 / 37, 9) },
      { target: 'apollo', opsPerSecond: expect.closeTo(29 / 0.2, 9), cpuMsPerIncrease: expect.closeTo(7 / 29, 9) },
      { target: 'bare', opsPerSecond: expect.closeTo(25 / 0.2, 9), cpuMsPerIncrease: expect.closeTo(7 / 25, 9) },
    ]);
  });
});
