import { ServerResponse } from 'node:http';
import { NO_METRICS, ServiceMetrics } from '../application/service-metrics.port';
import { Logger, outsideRequest } from '../logger';

export interface ReadinessOptions {
  /** Between probes (2 s). */
  readonly intervalMs?: number;
  /** Known at once without a request (an embedded DynamoDB Local being restarted): not ready, whatever the last probe said. */
  readonly knownDown?: () => boolean;
  /** Told every answer, for the readiness gauge. */
  readonly metrics?: ServiceMetrics;
  /** A probe unanswered this long reads as not ready (3 s). */
  readonly probeTimeoutMs?: number;
  /** Told when the answer changes (not ready: a warning; ready again: info), so the log says when 503s began and ended. */
  readonly logger?: Pick<Logger, 'warn' | 'info'>;
}

/**
 * Readiness of the store, refreshed in the background: /health answers from memory, so a flood of
 * health checks sends no request to DynamoDB. One probe at a time, at most one every `intervalMs`. A probe
 * unanswered after `probeTimeoutMs` reads as not ready (a hung store: the probe's own request would take the
 * client's three attempts, 15 s, to fail) and is waited for by the next refresh rather than sent again; when
 * it answers yes, late, one more probe is sent at once and its answer in time is the word.
 */
export class Readiness {
  private last?: boolean;
  private first?: Promise<boolean>;
  private timer?: NodeJS.Timeout;
  private wasKnownDown = false;
  /** The probe sent and not yet answered, if any. */
  private inFlight?: Promise<boolean>;
  /** Stopped (the service shutting down): a probe still in flight then says nothing (it logged "Store not ready" as the store closed). */
  private stopped = false;
  /** Why the latest probe said no, for the log line that says readiness went to 503. */
  private reason?: string;

  private readonly intervalMs: number;
  private readonly knownDown: () => boolean;
  private readonly metrics: ServiceMetrics;
  private readonly probeTimeoutMs: number;
  private readonly logger?: Pick<Logger, 'warn' | 'info'>;

  constructor(
    private readonly probe: () => Promise<boolean>,
    options: ReadinessOptions = {},
  ) {
    this.intervalMs = options.intervalMs ?? 2_000;
    this.knownDown = options.knownDown ?? (() => false);
    this.metrics = options.metrics ?? NO_METRICS;
    this.probeTimeoutMs = options.probeTimeoutMs ?? 3_000;
    this.logger = options.logger;
  }

  start(): void {
    if (this.timer) return;
    this.first = this.refresh();
    // Each refresh is scheduled after the previous one ended: a slow store never stacks probes.
    const next = () => {
      this.timer = setTimeout(() => void this.refresh().then(() => this.timer && next()), this.intervalMs);
      this.timer.unref();
    };
    next();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.stopped = true;
  }

  /** The latest result; before the first probe has answered, that probe's answer. */
  async isReady(): Promise<boolean> {
    if (this.knownDown()) {
      this.wasKnownDown = true;
      return this.record(false);
    }
    // Back from a known outage: ask once now rather than answer 503 until the next background probe.
    if (this.wasKnownDown) {
      this.wasKnownDown = false;
      return this.refresh();
    }
    if (this.last !== undefined) return this.last;
    return this.first ?? this.refresh();
  }

  private async refresh(): Promise<boolean> {
    // One probe at a time. A yes that came late is asked again at once: a store back from a freeze answers
    // the second quickly (ready now, not a refresh later); a store slower than the timeout is late again and
    // stays not ready, rather than flapping 503/200 with each probe.
    this.inFlight ??= this.probeInTime()
      .then((answer) => (answer === 'late yes' ? this.probeInTime() : answer))
      .then((answer) => {
        this.inFlight = undefined;
        // A store that answers a read while known down (its writes failing) is not ready: the probe does not say so.
        return this.record(answer === 'yes' && !this.knownDown());
      });
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(resolve, this.probeTimeoutMs, 'late');
      timer.unref();
    });
    try {
      const answer = await Promise.race([this.inFlight, late]);
      if (answer !== 'late') return answer;
      this.reason = `the probe had no answer within ${this.probeTimeoutMs} ms`;
      return this.record(false);
    } finally {
      clearTimeout(timer);
    }
  }

  private async probeInTime(): Promise<'yes' | 'late yes' | 'no'> {
    const sentAt = performance.now();
    this.reason = undefined;
    const ready = await this.probe().catch((error: unknown) => {
      this.reason = error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 300) : String(error);
      return false;
    });
    if (!ready) return 'no';
    return performance.now() - sentAt < this.probeTimeoutMs ? 'yes' : 'late yes';
  }

  /** What is known of why the store is not ready: known down (its writes failing, or restarting), or the probe's answer. */
  private whyNot(): { reason: string } {
    if (this.knownDown()) return { reason: 'the store is known down (restarting, or its writes failing)' };
    return { reason: this.reason ?? 'the probe answered no' };
  }

  private record(ready: boolean): boolean {
    if (ready !== this.last && (this.last !== undefined || !ready) && !this.stopped) {
      // About the service, not the health check (or request) that happened to see it: no request id.
      outsideRequest(() => {
        if (ready) this.logger?.info('Store ready again: /health/ready answers 200');
        else this.logger?.warn('Store not ready: /health/ready answers 503 until it answers a probe', this.whyNot());
      });
    }
    this.last = ready;
    this.metrics.ready(ready);
    return ready;
  }
}

/** GET /health/live: the process answers. GET /health/ready and /health: the store answers too. */
export async function answerHealth(path: string, res: ServerResponse, readiness: Readiness): Promise<boolean> {
  if (path !== '/health' && path !== '/health/ready' && path !== '/health/live') return false;
  const ready = path === '/health/live' || (await readiness.isReady());
  res.writeHead(ready ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify({ status: ready ? 'ok' : 'store unreachable' }));
  return true;
}
