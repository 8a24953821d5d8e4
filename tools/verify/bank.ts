import { randomBytes } from 'node:crypto';
import { check, CheckResult } from './checker';
import { ExecutionPolicy, ExecutionStats, Executor } from './executor';
import { Fault, FaultEvent, Nemesis } from './faults';
import { readFinalState, StoreLocation } from './final-state';
import { FinalWallet } from './final-wallet';
import { GraphQLClient } from './graphql-client';
import { OpLog, OpRecord } from './op-log';
import { Random } from './random';
import { openAccounts } from './setup';
import { runClients } from './workload';

export interface BankOptions {
  /** The service, e.g. http://127.0.0.1:4000 (127.0.0.1 only). */
  readonly url: string;
  /**
   * The users the clients act as, each with its Authorization header (`Bearer <token>`, a plain
   * user's: no operator scope). The wallets are dealt round-robin to them, client k acts as user k mod N.
   */
  readonly users: readonly BankUser[];
  /** Share of operations that probe another user's wallet; default TRESPASS_SHARE. */
  readonly trespassShare?: number;
  /** The service's table: the final state is read there directly, not through the service. */
  readonly table: StoreLocation;
  readonly wallets: number;
  readonly clients: number;
  readonly seconds: number;
  readonly seed: number;
  /** Each wallet's opening deposit, in minor units. */
  readonly deposit: bigint;
  readonly faults: readonly Fault[];
  readonly faultEverySeconds: number;
  /** After the run's end, how long unknown outcomes may still be resolved by retrying. */
  readonly resolveGraceSeconds: number;
  readonly policy: Pick<
    ExecutionPolicy,
    'requestTimeoutMs' | 'timeoutShare' | 'shortTimeoutMs' | 'duplicateShare' | 'refreshShare' | 'freshDuplicateShare' | 'maxRetries'
  >;
}

export interface BankUser {
  /** The token's `sub`: the owner every wallet this user is shown must have. */
  readonly sub: string;
  readonly authorization: string;
}

const TRESPASS_SHARE = 0.05;

export const DEFAULT_POLICY: BankOptions['policy'] = {
  requestTimeoutMs: 10_000,
  timeoutShare: 0.05,
  shortTimeoutMs: [1, 40],
  duplicateShare: 0.1,
  refreshShare: 0.5,
  freshDuplicateShare: 0.05,
  maxRetries: 60,
};

export interface BankResult {
  readonly options: BankOptions;
  readonly ops: readonly OpRecord[];
  readonly wallets: readonly FinalWallet[];
  readonly check: CheckResult;
  readonly faults: readonly FaultEvent[];
  readonly execution: ExecutionStats;
  readonly http: GraphQLClient['requests'];
  /** From the first client operation to the last resolved one. */
  readonly runMs: number;
}

/**
 * The bank test: open W wallets among N users, let K clients (each acting as one user) move money
 * for T seconds while the nemesis injects faults, resolve every unknown outcome, read every wallet,
 * check. Used by the CLI (service in a child process, with process faults) and by the jest test
 * (service in-process, no process faults).
 */
export async function runBank(options: BankOptions): Promise<BankResult> {
  const log = new OpLog();
  const users = options.users.map((user) => user.sub);
  if (users.length === 0 || new Set(users).size !== users.length) throw new Error(`The bank needs distinct users; got ${users.join(', ')}`);
  if (options.wallets < users.length) throw new Error(`${options.wallets} wallets for ${users.length} users: every user needs one`);
  const client = new GraphQLClient(options.url, Object.fromEntries(options.users.map((user) => [user.sub, user.authorization])));
  const random = new Random(options.seed);
  const runId = randomBytes(4).toString('hex');
  let resolveBy = log.now() + 60_000;
  let broken = false;
  const executor = new Executor(client, log, { ...options.policy, resolveByMs: () => (broken ? 0 : resolveBy) });

  const opening = await openAccounts(executor, log, random, users, options.wallets, options.deposit, runId);
  const startMs = log.now();
  const endAtMs = startMs + options.seconds * 1000;
  resolveBy = endAtMs + options.resolveGraceSeconds * 1000;
  const everyMs = options.faultEverySeconds * 1000;
  const nemesis = new Nemesis(options.faults, log, { firstAtMs: startMs + everyMs, everyMs, lastStartBeforeMs: endAtMs - 1_000 });
  const faulting = nemesis
    .run(() => broken)
    .catch((error: unknown) => {
      broken = true; // stop the clients at once: with a fault that cannot heal, the run proves nothing
      throw error;
    });
  const before = { requests: { ...client.requests }, execution: { ...executor.stats } };
  const trespassShare = options.trespassShare ?? TRESPASS_SHARE;
  const working = runClients(
    { log, executor, wallets: opening, users, trespassShare, endAtMs, stopped: () => broken, runId },
    options.clients,
    random,
  ).catch((error: unknown) => {
    broken = true;
    throw error;
  });
  const [faulted, worked] = await Promise.allSettled([faulting, working]);
  client.close();
  if (faulted.status === 'rejected') throw new Error(`A fault did not heal: ${(faulted.reason as Error).message}`);
  if (worked.status === 'rejected') throw worked.reason;
  const runMs = log.now() - startMs;
  // The counters of the run proper: the setup's requests and the final read are left out.
  const http = since(before.requests, client.requests);
  const execution = since(before.execution, executor.stats);

  const wallets = await readFinalState(options.table);
  const storeCrashes = nemesis.events.filter((event) => event.storeCrash);
  return {
    options,
    ops: log.ops,
    wallets,
    check: check(log.ops, wallets, storeCrashes),
    faults: nemesis.events,
    execution,
    http,
    runMs,
  };
}

function since<T extends Record<keyof T, number>>(before: T, after: T): T {
  const delta = { ...after };
  for (const name of Object.keys(delta) as Array<keyof T>) delta[name] = (after[name] - before[name]) as T[keyof T];
  return delta;
}
