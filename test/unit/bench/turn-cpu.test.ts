import { turnCpu } from '../../../tools/bench/turn-cpu';

describe("what each target of a run in turns cost (the bench's 1-client scenarios)", () => {
  // Two servers and the raw-SDK baseline, 3 s of wall time, each served for about a third of it.
  const targets = [
    { ownMs: 1000, requests: 250, benchMicros: 400_000 },
    { ownMs: 1000, requests: 200, benchMicros: 100_000, server: { windowMicros: 480_000, idleMicrosPerMs: 10 } },
    { ownMs: 900, requests: 150, benchMicros: 90_000, server: { windowMicros: 300_000, idleMicrosPerMs: 4 } },
  ];
  const window = { wallMs: 3000, benchMicros: 620_000, dynamoMicros: 1_200_000, machineMicros: 3_200_000 };

  it("gives a server what it used less its idle rate over the others' time", () => {
    const [baseline, a, b] = turnCpu(targets, window);
    expect(a.service).toBe(480_000 - 10 * 2000);
    expect(b.service).toBe(300_000 - 4 * 2100);
    // The baseline has no server.
    expect(baseline.service).toBe(0);
  });

  it("counts the load generator's CPU per target as measured, and shares DynamoDB Local's out by requests", () => {
    const cpu = turnCpu(targets, window);
    expect(cpu.map((c) => c.bench)).toEqual([400_000, 100_000, 90_000]);
    expect(cpu.map((c) => c.dynamo)).toEqual([500_000, 400_000, 300_000]);
  });

  it("leaves in each row's machine CPU only the outside load while it was served, never the other servers'", () => {
    const cpu = turnCpu(targets, window);
    // Outside the bench: 3.2 s less the load generator 0.62, the servers 0.78 and DynamoDB Local 1.2 = 0.6 s.
    const other = cpu.map((c) => c.machine - c.bench - c.service - c.dynamo);
    expect(other[0]).toBeCloseTo(600_000 / 3, 6);
    expect(other[2]).toBeCloseTo(600_000 * 0.3, 6);
    // With no load from outside, every row's "other" is 0, however busy the other servers were.
    const quiet = turnCpu(targets, { ...window, machineMicros: 620_000 + 780_000 + 1_200_000 });
    for (const c of quiet) expect(c.machine - c.bench - c.service - c.dynamo).toBeCloseTo(0, 6);
  });

  it('never counts less than nothing for a server whose idle rate was overstated', () => {
    const [, , b] = turnCpu([targets[0], targets[1], { ...targets[2], server: { windowMicros: 5_000, idleMicrosPerMs: 4 } }], window);
    expect(b.service).toBe(0);
  });
});
