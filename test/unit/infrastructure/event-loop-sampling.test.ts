import perfHooks from 'node:perf_hooks';
import { EVENT_LOOP_SAMPLE_MS, PrometheusMetrics } from '../../../src/observability/prometheus-metrics';

/**
 * prom-client's event-loop monitor wakes the process at the resolution it is given (default 10 ms: 100
 * wakeups a second, most of an idle service's CPU). The service asks for EVENT_LOOP_SAMPLE_MS, and the
 * lag metrics are still there.
 */
describe('event-loop lag sampling', () => {
  afterEach(() => jest.restoreAllMocks());

  it("monitors the loop every EVENT_LOOP_SAMPLE_MS, not at prom-client's default of 10 ms", async () => {
    const monitor = jest.spyOn(perfHooks, 'monitorEventLoopDelay');
    const metrics = new PrometheusMetrics();
    expect(EVENT_LOOP_SAMPLE_MS).toBe(100);
    expect(monitor.mock.calls.map(([options]) => options?.resolution)).toEqual([EVENT_LOOP_SAMPLE_MS]);

    // The lag is still measured: a stall of the loop longer than the resolution shows in its maximum (once the
    // monitor has ticked: its first tick only starts the clock).
    await new Promise((resolve) => setTimeout(resolve, 2.5 * EVENT_LOOP_SAMPLE_MS));
    const until = Date.now() + 3 * EVENT_LOOP_SAMPLE_MS;
    while (Date.now() < until);
    await new Promise((resolve) => setTimeout(resolve, 2 * EVENT_LOOP_SAMPLE_MS));
    const { text } = await metrics.scrape();
    const max = Number(/^nodejs_eventloop_lag_max_seconds (\S+)$/m.exec(text)?.[1]);
    expect(max).toBeGreaterThan((1.5 * EVENT_LOOP_SAMPLE_MS) / 1000);
  });
});
