import { Readiness } from '../../../src/http/readiness';

describe('Readiness (the store probed in the background)', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('probes once per interval however often it is asked, and stops with stop()', async () => {
    let probes = 0;
    let reachable = true;
    const readiness = new Readiness(async () => {
      probes += 1;
      return reachable;
    }, 2_000);
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

  it('counts a probe that throws as not ready', async () => {
    const readiness = new Readiness(async () => {
      throw new Error('ECONNREFUSED');
    });
    readiness.start();
    expect(await readiness.isReady()).toBe(false);
    readiness.stop();
  });
});
