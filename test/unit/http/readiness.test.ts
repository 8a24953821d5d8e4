import { Readiness } from '../../../src/http/readiness';
import { recordingLogger } from '../../support/recording-logger';

describe('Readiness (the store probed in the background)', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('probes once per interval however often it is asked, and stops with stop()', async () => {
    let probes = 0;
    let reachable = true;
    const readiness = new Readiness(
      async () => {
        probes += 1;
        return reachable;
      },
      { intervalMs: 2_000 },
    );
    readiness.start();
    for (let i = 0; i < 100; i += 1) expect(await readiness.isReady()).toBe(true);
    expect(probes).toBe(1);
    reachable = false;
    await jest.advanceTimersByTimeAsync(2_000);
    expect(probes).toBe(2);
    expect(await readiness.isReady()).toBe(false);
    readiness.stop();
    await jest.advanceTimersByTimeAsync(10_000);
    expect(probes).toBe(2);
  });

  it('logs when its answer changes, once each way (an operator saw 16 s of 503 with no line about it)', async () => {
    let reachable = true;
    const log = recordingLogger();
    const readiness = new Readiness(async () => reachable, { intervalMs: 2_000, logger: log.logger });
    readiness.start();
    expect(await readiness.isReady()).toBe(true);
    reachable = false;
    for (let i = 0; i < 3; i++) await jest.advanceTimersByTimeAsync(2_000);
    reachable = true;
    for (let i = 0; i < 2; i++) await jest.advanceTimersByTimeAsync(2_000);
    readiness.stop();
    expect(log.lines.map(({ level, message }) => [level, message])).toEqual([
      ['warn', 'Store not ready: /health/ready answers 503 until it answers a probe'],
      ['info', 'Store ready again: /health/ready answers 200'],
    ]);
  });

  it('counts a probe that throws as not ready, and its warning says why (an operator had no cause in the log)', async () => {
    const log = recordingLogger();
    const readiness = new Readiness(
      async () => {
        throw new Error('Table wallets is CREATING');
      },
      { logger: log.logger },
    );
    readiness.start();
    expect(await readiness.isReady()).toBe(false);
    readiness.stop();
    expect(log.lines).toEqual([
      {
        level: 'warn',
        message: 'Store not ready: /health/ready answers 503 until it answers a probe',
        context: { reason: 'Error: Table wallets is CREATING' },
      },
    ]);
  });

  it('says nothing of a probe that answers after stop() (the store closing at shutdown logged "Store not ready")', async () => {
    const log = recordingLogger();
    let answer: (ready: boolean) => void = () => undefined;
    let probe = async () => true;
    const readiness = new Readiness(() => probe(), { intervalMs: 2_000, logger: log.logger });
    readiness.start();
    expect(await readiness.isReady()).toBe(true);
    // The next probe is in flight when the service stops, and the closing store answers it no.
    probe = () => new Promise<boolean>((resolve) => (answer = resolve));
    await jest.advanceTimersByTimeAsync(2_000);
    readiness.stop();
    answer(false);
    await jest.advanceTimersByTimeAsync(0);
    expect(log.lines).toEqual([]);
  });

  it('says a probe that did not answer in time is why', async () => {
    const log = recordingLogger();
    const readiness = new Readiness(() => new Promise<boolean>(() => undefined), { probeTimeoutMs: 3_000, logger: log.logger });
    readiness.start();
    const ready = readiness.isReady();
    await jest.advanceTimersByTimeAsync(3_000);
    expect(await ready).toBe(false);
    readiness.stop();
    expect(log.lines.map(({ context }) => context)).toEqual([{ reason: 'the probe had no answer within 3000 ms' }]);
  });

  it('is not ready at once while the store is known to be down, and asks again as soon as it is back', async () => {
    let probes = 0;
    let down = false;
    let reachable = true;
    const readiness = new Readiness(
      async () => {
        probes += 1;
        return reachable;
      },
      { intervalMs: 2_000, knownDown: () => down },
    );
    readiness.start();
    expect(await readiness.isReady()).toBe(true);
    down = true;
    reachable = false;
    expect(await readiness.isReady()).toBe(false);
    expect(probes).toBe(1);
    await jest.advanceTimersByTimeAsync(2_000);
    down = false;
    reachable = true;
    // The background probe said no while it was down; the first question after the outage asks again.
    expect(await readiness.isReady()).toBe(true);
    expect(probes).toBe(3);
    readiness.stop();
  });
  it('reads a probe unanswered after 3 s as not ready, sends no second one meanwhile, and is ready once it answers', async () => {
    let probes = 0;
    let answer: (reachable: boolean) => void = () => {};
    const readiness = new Readiness(
      () => {
        probes += 1;
        // The first probe answers at once; the second meets a hung store; the store then answers at once again.
        return probes === 2 ? new Promise<boolean>((resolve) => (answer = resolve)) : Promise.resolve(true);
      },
      { intervalMs: 2_000 },
    );
    readiness.start();
    expect(await readiness.isReady()).toBe(true);
    await jest.advanceTimersByTimeAsync(2_000 + 2_999);
    expect(await readiness.isReady()).toBe(true);
    await jest.advanceTimersByTimeAsync(1);
    expect(await readiness.isReady()).toBe(false);
    // 15 s of a hung store (a DynamoDB request's three attempts): refreshed every 5 s, still the one probe.
    await jest.advanceTimersByTimeAsync(15_000);
    expect(probes).toBe(2);
    expect(await readiness.isReady()).toBe(false);
    // Its late yes is asked again at once, and that answer in time is the word: ready now, not at the next refresh.
    answer(true);
    await jest.advanceTimersByTimeAsync(0);
    expect(await readiness.isReady()).toBe(true);
    expect(probes).toBe(3);
    readiness.stop();
  });

  it('stays not ready, with one line, while every probe answers yes after the timeout (it flapped 503/200 each probe)', async () => {
    let probes = 0;
    const log = recordingLogger();
    // The first probe answers at once; every later one says yes after 3.5 s.
    const probe = () => {
      probes += 1;
      return probes === 1 ? Promise.resolve(true) : new Promise<boolean>((resolve) => setTimeout(resolve, 3_500, true));
    };
    const readiness = new Readiness(probe, { intervalMs: 2_000, logger: log.logger });
    readiness.start();
    expect(await readiness.isReady()).toBe(true);
    const answers: boolean[] = [];
    for (let i = 0; i < 30; i++) {
      await jest.advanceTimersByTimeAsync(1_000);
      answers.push(await readiness.isReady());
    }
    readiness.stop();
    // The first probe was in time; from the second on (sent at 2 s, read as late at 5 s) every answer is 503.
    expect(answers.slice(4)).toEqual(answers.slice(4).map(() => false));
    expect(probes).toBeGreaterThan(5);
    expect(log.lines.map(({ level }) => level)).toEqual(['warn']);
  });

  it('stays not ready while known down though its probe answers (a SQLite lock held elsewhere: the log and gauge flapped)', async () => {
    let down = false;
    const log = recordingLogger();
    const readiness = new Readiness(async () => true, { intervalMs: 2_000, knownDown: () => down, logger: log.logger });
    readiness.start();
    expect(await readiness.isReady()).toBe(true);
    down = true;
    for (let i = 0; i < 5; i++) {
      await jest.advanceTimersByTimeAsync(1_000);
      expect(await readiness.isReady()).toBe(false);
    }
    down = false;
    await jest.advanceTimersByTimeAsync(2_000);
    expect(await readiness.isReady()).toBe(true);
    readiness.stop();
    expect(log.lines.map(({ level }) => level)).toEqual(['warn', 'info']);
  });
});
