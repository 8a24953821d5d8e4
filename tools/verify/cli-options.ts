import { Command, CommandOptions, parseCommand, UsageError } from '../kit/command-line';

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

export const VERIFY_COMMAND = {
  usage: `Usage: npm run verify -- [--wallets 8] [--users 3] [--clients 16] [--seconds 30] [--seed N] [--fault-every 5] [--no-faults] [--store dynamodb|sqlite]
  Runs the bank consistency test against the service in a child process, with its own DynamoDB Local.
  The wallets are dealt to --users users; each client acts as one of them (its own token).
  Exits 0 when no invariant was violated, 1 when some was, 2 when the run itself could not complete.`,
  options: {
    wallets: { type: 'string' },
    users: { type: 'string' },
    clients: { type: 'string' },
    seconds: { type: 'string' },
    seed: { type: 'string' },
    'fault-every': { type: 'string' },
    'no-faults': { type: 'boolean' },
    store: { type: 'string' },
  },
} as const satisfies Command<CommandOptions>;

const NUMERIC = {
  wallets: ['wallets', 2, 1_000, 8],
  users: ['users', 1, 100, 3],
  clients: ['clients', 1, 256, 16],
  seconds: ['seconds', 1, 3_600, 30],
  seed: ['seed', 1, 0x7fffffff, undefined],
  'fault-every': ['faultEverySeconds', 2, 3_600, 5],
} as const;

/** The command line, validated (null for --help); anything unknown is an error rather than silently ignored. */
export function parseCliOptions(argv: readonly string[]): CliOptions | null {
  const parsed = parseCommand(VERIFY_COMMAND, argv);
  if (parsed.help) return null;
  const { values } = parsed;
  const numbers: Record<string, number> = {};
  for (const [flag, [name, min, max, fallback]] of Object.entries(NUMERIC)) {
    const text = values[flag as keyof typeof NUMERIC];
    const value = text === undefined ? (fallback ?? 1 + Math.floor(Math.random() * 0x7ffffffe)) : Number(text);
    if (!Number.isInteger(value) || value < min || value > max)
      throw new UsageError(`--${flag} takes a whole number from ${min} to ${max}\n${VERIFY_COMMAND.usage}`);
    numbers[name] = value;
  }
  const store = values.store ?? 'dynamodb';
  if (store !== 'dynamodb' && store !== 'sqlite') throw new UsageError(`--store takes dynamodb or sqlite\n${VERIFY_COMMAND.usage}`);
  const options: CliOptions = {
    wallets: numbers.wallets,
    users: numbers.users,
    clients: numbers.clients,
    seconds: numbers.seconds,
    seed: numbers.seed,
    faultEverySeconds: numbers.faultEverySeconds,
    faults: values['no-faults'] !== true,
    store,
  };
  if (options.wallets < options.users)
    throw new UsageError(
      `--wallets ${options.wallets} is fewer than --users ${options.users}: every user needs a wallet\n${VERIFY_COMMAND.usage}`,
    );
  return options;
}
