import perfHooks from 'node:perf_hooks';
import { EVENT_LOOP_SAMPLE_MS, PrometheusMetrics } from '../../../src/observability/prometheus-metrics';

/**
 * prom-client's event-loop monitor wakes the process at the resolution it is given (default 10 ms: 100
 * wakeups a second, most of an idle service's CPU). The service asks for EVENT_LOOP_SAMPLE_MS, and a stall
 * still shows in the lag metrics.
 */
describe('event-loop lag sampling', () => {
  afterEach(() => jest.restoreAllMocks());

  it("monitors the loop every EVENT_LOOP_SAMPLE_MS, not at prom-client's default of 10 ms", async () => {
    const monitor = jest.spyOn(perfHooks, 'monitorEventLoopDelay');
    const metrics = new PrometheusMetrics();
    expect(EVENT_LOOP_SAMPLE_MS).toBeGreaterThan(10);
    expect(monitor.mock.calls.map(([options]) => options?.resolution)).toEqual([EVENT_LOOP_SAMPLE_MS]);

    // The lag is still measured: Node records the time between two firings of the monitor's timer, so a 300 ms
    // stall of the loop reads at least 0.3 s in the maximum (once the timer has fired: its first firing only starts
    // the clock).
    await new Promise((resolve) => setTimeout(resolve, 5 * EVENT_LOOP_SAMPLE_MS));
    const until = Date.now() + 300;
    while (Date.now() < until);
    await new Promise((resolve) => setTimeout(resolve, 5 * EVENT_LOOP_SAMPLE_MS));
    const { text } = await metrics.scrape();
    const read = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1]);
    expect(read('nodejs_eventloop_lag_max_seconds')).toBeGreaterThanOrEqual(0.29);
    // Each sample is the time between two firings: none shorter than the resolution asked for (prom-client's
    // default would read about 0.01 here).
    expect(read('nodejs_eventloop_lag_min_seconds')).toBeGreaterThanOrEqual((0.9 * EVENT_LOOP_SAMPLE_MS) / 1000);
  });
});
