import { join } from 'node:path';
import { Command, CommandOptions, parseCommand, UsageError } from '../kit/command-line';
import { projectRoot } from '../kit/project-root';

export const BENCH_COMMAND = {
  usage: `Usage: npm run bench -- [--store dynamodb|sqlite] [--only subscribers|peers|profile] [--write]
  Measures the service beside a raw-store baseline and, on DynamoDB, peer servers (a bare node:http + SDK server
  and a plain Apollo Server 5, no protections, each on the service's DynamoDB client and on the SDK's defaults): 1, 8 and 32 clients on their own wallets, then 32 on one hot wallet;
  then live subscribers (commit-to-subscriber latency at 1, 100 and 1,000); and prints the report.
  --only subscribers runs only the live-subscriber part, --only peers only the comparison with the peers, --only profile only the service's CPU profile (DynamoDB store; BENCH_PROFILE_DIR keeps the .cpuprofile). With --write it also writes the report to docs/benchmarks.md
  (docs/benchmarks-sqlite.md with --store sqlite; BENCH_OUT names another file).
  Environment: BENCH_SECONDS (8) per scenario, BENCH_WARMUP_SECONDS (20), BENCH_SLICES (32: slices at
  8 and 32 clients, parts of the window at 1 client, where the servers take turns of a few requests; the hold pairs
  and the telemetry cost alternate in slices of about a second).`,
  options: {
    store: { type: 'string' },
    write: { type: 'boolean' },
    only: { type: 'string' },
  },
} as const satisfies Command<CommandOptions>;

export interface BenchOptions {
  readonly store: 'dynamodb' | 'sqlite';
  /** Write the report to `outFile`; without it, a run rewrites no tracked file. */
  readonly write: boolean;
  readonly outFile: string;
  /** One part of the bench instead of all of it. */
  readonly only?: 'subscribers' | 'peers' | 'profile';
}

/** The command line (null for --help), and where the report goes. */
export function parseBenchOptions(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): BenchOptions | null {
  const parsed = parseCommand(BENCH_COMMAND, argv);
  if (parsed.help) return null;
  const store = parsed.values.store ?? 'dynamodb';
  if (store !== 'dynamodb' && store !== 'sqlite')
    throw new UsageError(`--store takes dynamodb or sqlite; got ${store}\n${BENCH_COMMAND.usage}`);
  const only = parsed.values.only;
  if (only !== undefined && ((only !== 'subscribers' && only !== 'peers' && only !== 'profile') || store !== 'dynamodb'))
    throw new UsageError(`--only takes subscribers, peers or profile (with the DynamoDB store); got ${only}\n${BENCH_COMMAND.usage}`);
  const file = store === 'sqlite' ? 'benchmarks-sqlite.md' : 'benchmarks.md';
  const outFile = env.BENCH_OUT || join(projectRoot(), 'docs', only ? `benchmarks-${only}.md` : file);
  return { store, write: parsed.values.write === true, outFile, only };
}
