import { setTimeout as sleep } from 'node:timers/promises';
import { LoadClient, Step, takeTurns } from '../../../tools/bench/closed-loop';
import { mergeLoops } from '../../../tools/bench/merge';
import { perSecond } from '../../../tools/bench/stats';

/** A client whose every request takes `ms` and records, in `log`, that it ran. */
function timed(name: string, ms: number, log: string[], answer: () => Step = () => 'success'): LoadClient {
  return {
    step: async () => {
      log.push(name);
      await sleep(ms);
      return answer();
    },
  };
}

describe('taking turns request by request (the bench at 1 client)', () => {
  it("gives each target its own requests' time, so its rate is one over its latency, whatever the others take", async () => {
    const log: string[] = [];
    const [fast, slow] = await takeTurns([timed('fast', 2, log), timed('slow', 8, log)], 0.6, 3, new AbortController().signal);
    const fastLoop = mergeLoops(fast.parts);
    const slowLoop = mergeLoops(slow.parts);
    // Turns: every round sends one request to each, so the counts differ by at most one.
    expect(Math.abs(fastLoop.successes - slowLoop.successes)).toBeLessThanOrEqual(1);
    expect(fastLoop.successes).toBeGreaterThan(20);
    // The elapsed time is a target's own: about 2 ms and 8 ms a request, not the round's 10.
    expect(fastLoop.elapsedMs / fastLoop.successes).toBeLessThan(5);
    expect(slowLoop.elapsedMs / slowLoop.successes).toBeGreaterThan(7.5);
    const ratio = perSecond(fastLoop.successes, fastLoop.elapsedMs) / perSecond(slowLoop.successes, slowLoop.elapsedMs);
    expect(ratio).toBeGreaterThan(2);
    // Three parts of the window, each with requests of both.
    expect(fast.parts.map((part) => part.successes > 0)).toEqual([true, true, true]);
    expect(fastLoop.requestLatencies).toHaveLength(fastLoop.successes);
  });

  it('sends a turn of `burst` requests to one target before the next', async () => {
    const log: string[] = [];
    await takeTurns([timed('a', 1, log), timed('b', 1, log)], 0.2, 1, new AbortController().signal, 4);
    const runs = log.join('').match(/(a+|b+)/g) ?? [];
    // Every run of one target's requests is a whole turn (4), or two turns back to back, but for the last one.
    expect(runs.slice(0, -1).every((run) => run.length === 4 || run.length === 8)).toBe(true);
    expect(runs.length).toBeGreaterThan(4);
  });

  it('shuffles the order of every round, so no target always goes first', async () => {
    const log: string[] = [];
    const names = ['a', 'b', 'c'];
    await takeTurns(
      names.map((name) => timed(name, 1, log)),
      0.3,
      1,
      new AbortController().signal,
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
    const [ok, failed] = await takeTurns([alternate, failing], 0.3, 2, new AbortController().signal);
    const loop = mergeLoops(ok.parts);
    expect(loop.conflicts).toBeGreaterThanOrEqual(loop.successes);
    // Two requests of about 5 ms each (a timer may fire up to a millisecond early): more than one request's time.
    expect(loop.successLatencies.every((ms) => ms >= 7)).toBe(true);
    expect(failures).toBe(1);
    const failedLoop = mergeLoops(failed.parts);
    expect(failedLoop.errors).toBe(1);
    expect(failedLoop.errorMessages).toEqual(['Error: refused']);
  });
});
