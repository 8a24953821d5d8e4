/**
 * The history of a run, after Jepsen: every operation a client invoked, every attempt it sent for
 * it (first try, deliberate duplicate, retries), what each attempt got back, and the outcome the
 * client settled on. The checker reads nothing but this log and the final state of the store.
 */

import { HoldShown, HoldSpec } from './hold-ops';

/** A wallet as some answer showed it: (walletId, version) names one state forever. */
export interface WalletState {
  readonly walletId: string;
  /** The owner the answer named: it must be the user the client acts as. */
  readonly ownerId: string;
  readonly version: number;
  readonly balance: bigint;
  /** The read-time figures (balance minus the holds live when the answer was made, and those holds); absent in old histories. */
  readonly available?: bigint;
  readonly held?: bigint;
}

/**
 * A probe of another user's wallet (read it, change it, or pay from it): the only right answer is
 * the one an unknown id gets (`wallet` null, `WalletNotFound`), and it must change nothing.
 */
interface Trespass {
  readonly trespass?: true;
}

/** What the harness asked for. Mutations carry an idempotency key, unique to the operation. */
export type OpSpec =
  | { readonly type: 'create'; readonly key: string }
  | ({
      readonly type: 'increase' | 'decrease';
      readonly key: string;
      readonly walletId: string;
      readonly amount: bigint;
      readonly expectedVersion: number;
      /** GBP (the wallets' currency) unless set: EUR asks for a CurrencyMismatch. */
      readonly currency?: 'EUR';
    } & Trespass)
  | ({
      /** `from` is the client's own wallet (unless a trespass); `to` may be anyone's. */
      readonly type: 'transfer';
      readonly key: string;
      readonly from: string;
      readonly to: string;
      readonly amount: bigint;
      readonly expectedVersion: number;
    } & Trespass)
  | ({ readonly type: 'read'; readonly walletId: string } & Trespass)
  | HoldSpec;

export type OpType = OpSpec['type'];
export type MutationSpec = Exclude<OpSpec, { type: 'read' }>;

/** One answer to one HTTP request. */
export type Answer =
  /** A success union member (or, for a read, the wallet); `wallets` are the states it shows. */
  | {
      readonly kind: 'success';
      readonly wallets: readonly WalletState[];
      readonly transferId?: string;
      readonly toWalletId?: string;
      readonly hold?: HoldShown;
    }
  /** A DomainError union member (a read's `null` is a WalletNotFound): this attempt changed nothing. */
  | {
      readonly kind: 'error';
      readonly typename: string;
      readonly code: string;
      readonly expectedVersion?: number;
      readonly actualVersion?: number;
      readonly wallet?: WalletState;
      /** The wallet a WalletNotFound names. */
      readonly walletId?: string;
    }
  /** Timeout, connection refused or reset, 5xx, INTERNAL_SERVER_ERROR: it may or may not have landed. */
  | { readonly kind: 'unknown'; readonly reason: string }
  /** Something a correct client never gets (BAD_USER_INPUT, a malformed body): a harness or protocol bug. */
  | { readonly kind: 'unexpected'; readonly reason: string };

export interface Attempt {
  readonly sentAt: number;
  readonly endedAt: number;
  /** Wall-clock (epoch ms) bounds of the attempt, to judge read-time figures against hold expiries (the service shares this clock). */
  readonly sentAtEpochMs?: number;
  readonly endedAtEpochMs?: number;
  readonly timeoutMs: number;
  /** first | duplicate | retry */
  readonly role: 'first' | 'duplicate' | 'retry';
  /** The expectedVersion this attempt sent, when it differs from the spec's (a retry after re-reading the wallet). */
  readonly expectedVersion?: number;
  readonly answer: Answer;
}

export type Outcome = 'ok' | 'failed' | 'unknown';

/** The wallet an operation is conditioned on and pays from: a transfer's source, else the one it names (a create names none). */
export function sourceWalletOf(spec: Exclude<OpSpec, { type: 'create' }>): string;
export function sourceWalletOf(spec: OpSpec): string | undefined;
export function sourceWalletOf(spec: OpSpec): string | undefined {
  if (spec.type === 'transfer') return spec.from;
  return spec.type === 'create' ? undefined : spec.walletId;
}

/** The expectedVersion the operation's attempts send unless one names another (a create and a read name none). */
export function specVersionOf(spec: OpSpec): number | undefined {
  return 'expectedVersion' in spec ? spec.expectedVersion : undefined;
}

/** The expectedVersion an attempt was sent at: its own (a retry after re-reading the wallet), else the spec's. */
export function sentVersionOf<V extends number | undefined>(attempt: Attempt, specVersion: V): number | V {
  return attempt.expectedVersion ?? specVersion;
}

export interface OpRecord {
  readonly id: number;
  readonly client: number;
  /** The user (token subject) the client acted as: every wallet it is shown must be this user's. */
  readonly user: string;
  readonly phase: 'setup' | 'run';
  readonly spec: OpSpec;
  readonly invokedAt: number;
  readonly attempts: Attempt[];
  completedAt?: number;
  outcome?: Outcome;
  /** Some attempt's answer was unknown before the outcome was settled. */
  wasUnknown: boolean;
}

/** Milliseconds since the log was opened, from a monotonic clock shared by every client. */
export class OpLog {
  readonly ops: OpRecord[] = [];
  private readonly origin = performance.now();

  now(): number {
    return performance.now() - this.origin;
  }

  invoke(client: number, user: string, phase: OpRecord['phase'], spec: OpSpec): OpRecord {
    const op: OpRecord = { id: this.ops.length, client, user, phase, spec, invokedAt: this.now(), attempts: [], wasUnknown: false };
    this.ops.push(op);
    return op;
  }

  record(op: OpRecord, attempt: Attempt): void {
    op.attempts.push(attempt);
    if (attempt.answer.kind === 'unknown') op.wasUnknown = true;
  }

  complete(op: OpRecord, outcome: Outcome): void {
    op.outcome = outcome;
    op.completedAt = this.now();
  }
}
