export interface CliOptions {
  readonly wallets: number;
  readonly users: number;
  readonly clients: number;
  readonly seconds: number;
  readonly seed: number;
  readonly faults: boolean;
  readonly faultEverySeconds: number;
  /** The service's store: a DynamoDB Local of the harness's own, or a SQLite file in the data folder (no DynamoDB Local). */
  readonly store: 'dynamodb' | 'sqlite';
}

export const USAGE = `Usage: npm run verify -- [--wallets 8] [--users 3] [--clients 16] [--seconds 30] [--seed N] [--fault-every 5] [--no-faults] [--store dynamodb|sqlite]
  Runs the bank consistency test against the service in a child process, with its own DynamoDB Local.
  The wallets are dealt to --users users; each client acts as one of them (its own token).
  Exits 0 when no invariant was violated, 1 when some was, 2 when the run itself could not complete.`;

const NUMERIC: Record<string, [keyof CliOptions, number, number]> = {
  '--wallets': ['wallets', 2, 1_000],
  '--users': ['users', 1, 100],
  '--clients': ['clients', 1, 256],
  '--seconds': ['seconds', 1, 3_600],
  '--seed': ['seed', 1, 0x7fffffff],
  '--fault-every': ['faultEverySeconds', 2, 3_600],
};

/** The command line, validated; anything unknown is an error rather than silently ignored. */
export function parseCliOptions(argv: readonly string[]): CliOptions {
  const options: { -readonly [K in keyof CliOptions]: CliOptions[K] } = {
    wallets: 8,
    users: 3,
    clients: 16,
    seconds: 30,
    seed: 1 + Math.floor(Math.random() * 0x7ffffffe),
    faults: true,
    faultEverySeconds: 5,
    store: 'dynamodb',
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--no-faults') {
      options.faults = false;
      continue;
    }
    if (arg === '--store') {
      const store = argv[++i];
      if (store !== 'dynamodb' && store !== 'sqlite') throw new Error(`--store takes dynamodb or sqlite\n${USAGE}`);
      options.store = store;
      continue;
    }
    const spec = NUMERIC[arg];
    if (!spec) throw new Error(`Unknown argument ${arg}\n${USAGE}`);
    const [name, min, max] = spec;
    const value = Number(argv[++i]);
    if (!Number.isInteger(value) || value < min || value > max)
      throw new Error(`${arg} takes a whole number from ${min} to ${max}\n${USAGE}`);
    Object.assign(options, { [name]: value });
  }
  if (options.wallets < options.users)
    throw new Error(`--wallets ${options.wallets} is fewer than --users ${options.users}: every user needs a wallet\n${USAGE}`);
  return options;
}
