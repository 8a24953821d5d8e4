/** What one `npm run bench` measures. Defaults keep a whole run under ten minutes on 2 cores. */
export interface BenchSettings {
  /** Measured time of each scenario. */
  readonly seconds: number;
  /**
   * Unmeasured load on each server before the first scenario, for the JIT of Node and of DynamoDB
   * Local. Long enough for a steady state: a service alone at 1 client still went from 3.6 to 1.9 ms of
   * CPU per increase over its first minute of load. Short, it favoured whichever server was warmer:
   * the peers, with less code to compile, or the service, which the subscriber part had already run.
   */
  readonly warmupSeconds: number;
  /**
   * Baseline and service alternate in this many slices of seconds/slices each (own wallets), so that
   * load from outside the bench falls on both alike; the hot wallet runs in one piece. At 1 client, where
   * they take turns of a few requests, the window is cut into this many parts for the spread. 32 slices
   * of 0.25 s: with 8 of 1 s the paired 95% interval of a ratio at 8 and 32 clients was +-17 to +-28% in one run,
   * with 32 +-8 to +-20% (docs/evidence.md, eighth round). The hold pairs and the telemetry cost keep slices of a second.
   */
  readonly slices: number;
  /** Client counts of the own-wallet scenarios; the largest is also the hot-wallet client count. */
  readonly concurrency: readonly number[];
}

/**
 * Slices of about a second, for the hold pairs and the telemetry cost (each telemetry slice is a run of its own,
 * with its own wallets and connections; a hold pair is two requests): not part of the peer comparison's pairing.
 */
export function secondSlices(settings: Pick<BenchSettings, 'seconds'>): number {
  return Math.max(1, Math.round(settings.seconds));
}

export function readSettings(env: NodeJS.ProcessEnv = process.env): BenchSettings {
  return {
    seconds: setting(env, 'BENCH_SECONDS', 8, 300),
    warmupSeconds: setting(env, 'BENCH_WARMUP_SECONDS', 20, 300),
    slices: Math.max(1, Math.round(setting(env, 'BENCH_SLICES', 32, 100))),
    concurrency: [1, 8, 32],
  };
}

/** How long every server idles, all at once, before a run in turns: its idle CPU rate (the readiness probe runs every 2 s). */
export const IDLE_SAMPLE_MS = 6_000;
/** A pause before it: what the load before leaves to finish (a collection, a compilation) is not counted as idle. */
export const IDLE_SETTLE_MS = 1_000;
/**
 * Requests in one turn: a few tens of ms of one target's load, then the next one's. One request a turn made every
 * request meet caches the five other servers had just used, which the slices and a deployment do not.
 */
export const TURN_REQUESTS = 10;

/** The largest client count up to 8: the warm-ups and the cost of logs and traces run at it. */
export function typicalClients(settings: BenchSettings): number {
  return Math.max(...settings.concurrency.filter((c) => c <= 8));
}

function setting(env: NodeJS.ProcessEnv, name: string, fallback: number, max: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  // Bounded: every loop of the bench ends at its deadline, so the deadline itself must be sane.
  if (!Number.isFinite(value) || value < 0 || value > max) throw new Error(`${name} must be a number from 0 to ${max}; got "${text}"`);
  return value;
}

/**
 * How the bench runs the service: as in production, every protection on. The rate limiter runs on every
 * request (its cost is measured) with a bucket the bench's one caller cannot empty: all its clients share
 * one token, and a limit meant for one caller would measure the limit, not the service.
 */
export const BENCH_SERVICE_ENV = {
  NODE_ENV: 'production',
  RATE_LIMIT_PER_SECOND: '1000000',
  RATE_LIMIT_BURST: '1000000',
  // Every bench client comes from 127.0.0.1: the per-address ceiling (500/s by default) would be the bench's limit too.
  ADDRESS_RATE_LIMIT_PER_SECOND: '1000000',
  ADDRESS_RATE_LIMIT_BURST: '1000000',
} as const;

/** Said in the report, so a reader knows what the service paid for on every request. */
export const BENCH_PROTECTIONS =
  'authentication (a signed JWT on every request, verified and cached), the query limits (depth, aliases, directives,' +
  ' tokens, length, cost), the per-caller and per-address rate limiters (running, with buckets the one bench caller on 127.0.0.1 cannot empty), the body' +
  ' and HTTP limits, the ledger entry in every transaction; no idempotency key is sent';
