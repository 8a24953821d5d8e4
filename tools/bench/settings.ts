/** What one `npm run bench` measures. Defaults keep a whole run under two minutes on 2 cores. */
export interface BenchSettings {
  /** Measured time of each scenario. */
  readonly seconds: number;
  /** Unmeasured load before the first scenario, for the JIT of Node and of DynamoDB Local. */
  readonly warmupSeconds: number;
  /**
   * Baseline and service alternate in this many slices of seconds/slices each (own wallets), so that
   * load from outside the bench falls on both alike; the hot wallet runs in one piece.
   */
  readonly slices: number;
  /** Client counts of the own-wallet scenarios; the largest is also the hot-wallet client count. */
  readonly concurrency: readonly number[];
}

export function readSettings(env: NodeJS.ProcessEnv = process.env): BenchSettings {
  return {
    seconds: setting(env, 'BENCH_SECONDS', 8, 300),
    warmupSeconds: setting(env, 'BENCH_WARMUP_SECONDS', 3, 300),
    slices: Math.max(1, Math.round(setting(env, 'BENCH_SLICES', 8, 100))),
    concurrency: [1, 8, 32],
  };
}

function setting(env: NodeJS.ProcessEnv, name: string, fallback: number, max: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  // Bounded: every loop of the bench ends at its deadline, so the deadline itself must be sane.
  if (!Number.isFinite(value) || value < 0 || value > max) throw new Error(`${name} must be a number from 0 to ${max}; got "${text}"`);
  return value;
}

/** How the bench runs the service: as in production, and with no per-caller rate limit (every client is 127.0.0.1). */
export const BENCH_SERVICE_ENV = { NODE_ENV: 'production', RATE_LIMIT_PER_SECOND: '0' } as const;
