import { LoadClient, Step, takeTurns } from '../../../tools/bench/closed-loop';
import { mergeLoops } from '../../../tools/bench/merge';
import { perSecond } from '../../../tools/bench/stats';

/** The clock of these tests: it moves only when a request says it took time, so every timing is exact on any machine. */
let clockMs = 0;
const now = () => clockMs;

/** A client whose every request takes `ms` and records, in `log`, that it ran. */
function timed(name: string, ms: number, log: string[], answer: () => Step = () => 'success'): LoadClient {
  return {
    step: async () => {
      log.push(name);
      await Promise.resolve();
      clockMs += ms;
      return answer();
    },
  };
}

const turns = (clients: readonly LoadClient[], seconds: number, parts: number, burst = 1) =>
  takeTurns(clients, seconds, parts, new AbortController().signal, burst, now);

describe('taking turns request by request (the bench at 1 client)', () => {
  it("gives each target its own requests' time, so its rate is one over its latency, whatever the others take", async () => {
    const log: string[] = [];
    const [fast, slow] = await turns([timed('fast', 2, log), timed('slow', 8, log)], 0.6, 3);
    const fastLoop = mergeLoops(fast.parts);
    const slowLoop = mergeLoops(slow.parts);
    // Turns: every round sends one request to each, so the counts differ by at most one.
    expect(Math.abs(fastLoop.successes - slowLoop.successes)).toBeLessThanOrEqual(1);
    // 600 ms of rounds of 10 ms.
    expect(fastLoop.successes + slowLoop.successes).toBeGreaterThanOrEqual(119);
    // The elapsed time is a target's own: 2 ms and 8 ms a request, not the round's 10.
    expect(fastLoop.elapsedMs / fastLoop.successes).toBe(2);
    expect(slowLoop.elapsedMs / slowLoop.successes).toBe(8);
    const ratio = perSecond(fastLoop.successes, fastLoop.elapsedMs) / perSecond(slowLoop.successes, slowLoop.elapsedMs);
    expect(ratio).toBeCloseTo(4, 9);
    // Three parts of the window, each with requests of both.
    expect(fast.parts.map((part) => part.successes > 0)).toEqual([true, true, true]);
    expect(fastLoop.requestLatencies).toHaveLength(fastLoop.successes);
  });

  it('sends a turn of `burst` requests to one target before the next', async () => {
    const log: string[] = [];
    await turns([timed('a', 1, log), timed('b', 1, log)], 0.2, 1, 4);
    const runs = log.join('').match(/(a+|b+)/g) ?? [];
    // Every run of one target's requests is a whole turn (4), or two turns back to back, but for the last one.
    expect(runs.slice(0, -1).every((run) => run.length === 4 || run.length === 8)).toBe(true);
    expect(runs.length).toBeGreaterThan(4);
  });

  it('shuffles the order of every round, so no target always goes first', async () => {
    const log: string[] = [];
    const names = ['a', 'b', 'c'];
    // 100 rounds: all three go first in some round, but once in 10^17 runs.
    await turns(
      names.map((name) => timed(name, 1, log)),
      0.3,
      1,
    );
    const firsts = new Set<string>();
    for (let round = 0; round + 3 <= log.length; round += 3) {
      expect([...log.slice(round, round + 3)].sort()).toEqual(names);
      firsts.add(log[round]);
    }
    expect(firsts.size).toBe(3);
  });

  it('counts a conflict as a request, and the time to success across it; a failing client stops and the others go on', async () => {
    const log: string[] = [];
    let n = 0;
    const alternate = timed('alternate', 5, log, () => (n++ % 2 === 0 ? 'conflict' : 'success'));
    let failures = 0;
    const failing: LoadClient = {
      step: async () => {
        failures++;
        throw new Error('refused');
      },
    };
    const [ok, failed] = await turns([alternate, failing], 0.3, 2);
    const loop = mergeLoops(ok.parts);
    expect(loop.conflicts).toBeGreaterThanOrEqual(loop.successes);
    // Two requests of 5 ms each, whatever the failing client did between them.
    expect(loop.successLatencies.length).toBeGreaterThan(10);
    expect(loop.successLatencies.every((ms) => ms === 10)).toBe(true);
    expect(failures).toBe(1);
    const failedLoop = mergeLoops(failed.parts);
    expect(failedLoop.errors).toBe(1);
    expect(failedLoop.errorMessages).toEqual(['Error: refused']);
  });
});
