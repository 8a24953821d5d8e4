import { Executor } from './executor';
import { HoldBook } from './hold-book';
import { holdTurn } from './hold-workload';
import { OpLog, OpSpec, WalletState } from './op-log';
import { Random } from './random';
import { endedInConflict, MAX_REDECISIONS } from './redecision';
import { WalletView } from './wallet-view';

export interface WorkloadContext {
  readonly log: OpLog;
  readonly executor: Executor;
  /** Every wallet of the bank, each with its owner; client k acts as users[k % users.length]. */
  readonly wallets: readonly WalletState[];
  readonly users: readonly string[];
  /** Share of operations that probe another user's wallet (see `trespass`). */
  readonly trespassShare: number;
  /** Log time at which clients stop invoking new operations (pending ones are still resolved). */
  readonly endAtMs: number;
  readonly stopped: () => boolean;
  readonly runId: string;
}

/** The mix, as cumulative shares: reads, increases, decreases, and the rest transfers. */
const READ_UP_TO = 0.2;
const INCREASE_UP_TO = 0.35;
const DECREASE_UP_TO = 0.5;
/** Share of decreases and transfers asking for more than the client believes is there. */
const OVERDRAW_SHARE = 0.1;
/** Share of increases and decreases sent in EUR to the GBP wallets: CurrencyMismatch is the right answer. */
const WRONG_CURRENCY_SHARE = 0.03;
/** Share of trespass changes sent in EUR: still WalletNotFound (a CurrencyMismatch would tell the wallet exists). */
const TRESPASS_WRONG_CURRENCY_SHARE = 0.25;
/** Share of turns spent on holds: placing, capturing, voiding, racing (see holdTurn). */
const HOLD_SHARE = 0.5;
/** A bound on each client's loop besides time, should the clock or the service misbehave. */
const MAX_OPS_PER_CLIENT = 100_000;

/** Whose wallets a client may use, and which it may only pay into (or probe). */
interface Reach {
  readonly own: readonly string[];
  readonly all: readonly string[];
  readonly foreign: readonly string[];
}

/**
 * K concurrent clients, each a loop of one operation at a time (like Jepsen's clients), each acting
 * as one user: it picks an operation from the mix, runs it to a settled outcome, learns from every
 * answer, and goes on until the end of the run. Reads and changes target the user's own wallets;
 * transfers pay into any wallet, so money crosses owners. Every loop is bounded by time; each
 * operation by its executor's retry bounds.
 */
export async function runClients(context: WorkloadContext, clients: number, random: Random): Promise<void> {
  const forks = Array.from({ length: clients }, () => random.fork());
  await Promise.all(forks.map((fork, client) => runClient(context, client, context.users[client % context.users.length], fork)));
}

async function runClient(context: WorkloadContext, client: number, user: string, random: Random): Promise<void> {
  const view = new WalletView(context.wallets);
  const all = context.wallets.map((wallet) => wallet.walletId);
  const own = context.wallets.filter((wallet) => wallet.ownerId === user).map((wallet) => wallet.walletId);
  if (own.length === 0) throw new Error(`User ${user} owns no wallet: give the bank at least as many wallets as users`);
  const reach: Reach = { own, all, foreign: all.filter((id) => !own.includes(id)) };
  let conflicted: OpSpec | undefined;
  let redecisions = 0;
  const book = new HoldBook();
  for (let n = 0; n < MAX_OPS_PER_CLIENT && context.log.now() < context.endAtMs && !context.stopped(); n++) {
    const key = `${context.runId}-c${client}-${n}`;
    // Probes keep their share of all turns; holds take a share of the rest.
    const probing = !conflicted && reach.foreign.length > 0 && random.chance(context.trespassShare);
    if (!conflicted && !probing && random.chance(HOLD_SHARE)) {
      const { log, executor } = context;
      await holdTurn({ log, executor, client, user, random, view, book, own, all, key: (i) => `${key}-${i}` });
      continue;
    }
    // As docs/clients.md tells a client to: after a VersionConflict, decide again from the wallet it returned.
    // A new decision is a new operation, with a new key: the conflicted one failed and stays failed.
    const spec =
      conflicted && redecisions < MAX_REDECISIONS
        ? redecide(conflicted, random, view, key)
        : probing
          ? trespass(random, view, reach, key)
          : choose(random, view, reach, key);
    redecisions = conflicted ? redecisions + 1 : 0;
    const op = context.log.invoke(client, user, 'run', spec);
    await context.executor.run(op, random);
    for (const attempt of op.attempts) view.learn(attempt.answer);
    conflicted = endedInConflict(op) ? spec : undefined;
  }
}

function choose(random: Random, view: WalletView, reach: Reach, key: string): OpSpec {
  const roll = random.next();
  const walletId = random.pick(reach.own);
  if (roll < READ_UP_TO) return { type: 'read', walletId };
  const currency = random.chance(WRONG_CURRENCY_SHARE) ? { currency: 'EUR' as const } : {};
  if (roll < INCREASE_UP_TO)
    return {
      type: 'increase',
      key,
      walletId,
      amount: BigInt(random.int(1, 5_000)),
      expectedVersion: view.get(walletId).version,
      ...currency,
    };
  if (roll < DECREASE_UP_TO)
    return redecide({ type: 'decrease', key, walletId, amount: 0n, expectedVersion: 0, ...currency }, random, view, key);
  const to = random.pick(reach.all.filter((id) => id !== walletId));
  return redecide({ type: 'transfer', key, from: walletId, to, amount: 0n, expectedVersion: 0 }, random, view, key);
}

/**
 * A probe of another user's wallet, as a curious or hostile user would send it: read it, put money
 * in or take it out, or pay from it into one's own wallet, at the version the harness last saw (so
 * a service that forgot the owner would mostly apply it). Any answer but an unknown id's is a violation.
 */
function trespass(random: Random, view: WalletView, reach: Reach, key: string): OpSpec {
  const walletId = random.pick(reach.foreign);
  const roll = random.next();
  if (roll < 0.25) return { type: 'read', walletId, trespass: true };
  const amount = BigInt(random.int(1, 1_000));
  const expectedVersion = view.get(walletId).version;
  if (roll < 0.75) {
    const currency = random.chance(TRESPASS_WRONG_CURRENCY_SHARE) ? { currency: 'EUR' as const } : {};
    return { type: roll < 0.5 ? 'increase' : 'decrease', key, walletId, amount, expectedVersion, ...currency, trespass: true };
  }
  return { type: 'transfer', key, from: walletId, to: random.pick(reach.own), amount, expectedVersion, trespass: true };
}

/** The same kind of change on the same wallet(s), with the version and balance the client now believes. */
function redecide(spec: OpSpec, random: Random, view: WalletView, key: string): OpSpec {
  switch (spec.type) {
    case 'increase':
      return { ...spec, key, expectedVersion: view.get(spec.walletId).version };
    case 'decrease': {
      const { version, balance, available = balance } = view.get(spec.walletId);
      return { ...spec, key, amount: spec.trespass ? spec.amount : withdrawal(random, available), expectedVersion: version };
    }
    case 'transfer': {
      const { version, balance, available = balance } = view.get(spec.from);
      return { ...spec, key, amount: spec.trespass ? spec.amount : withdrawal(random, available), expectedVersion: version };
    }
    default:
      return spec;
  }
}

/** Mostly what the client believes it can take; sometimes deliberately more (InsufficientBalance). */
function withdrawal(random: Random, balance: bigint): bigint {
  if (balance <= 0n || random.chance(OVERDRAW_SHARE)) return balance + BigInt(random.int(1, 1_000));
  const most = balance < 20_000n ? Number(balance) : 20_000;
  return BigInt(random.int(1, most));
}
