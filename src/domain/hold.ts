import { Currency } from './currency';

export const HOLD_STATUSES = ['PENDING', 'CAPTURED', 'VOIDED', 'EXPIRED'] as const;
export type HoldStatus = (typeof HOLD_STATUSES)[number];

/**
 * At most this many pending holds per wallet. Every change first releases a wallet's expired holds
 * (one entry and one hold record each) in its own transaction, so the cap bounds that transaction
 * (DynamoDB takes 100 items) and the wallet item that carries them.
 */
export const MAX_PENDING_HOLDS = 20;

/** A hold lives 1 second to 30 days. Documented in docs/holds.md. */
export const HOLD_EXPIRY_SECONDS_MIN = 1;
export const HOLD_EXPIRY_SECONDS_MAX = 30 * 24 * 60 * 60;

/**
 * A hold as the wallet carries it while it is pending: inline, so the wallet's version lock covers
 * it (placing, capturing, voiding or expiring a hold is a wallet change). It carries everything the
 * hold record needs, so resolving it never needs the record read first.
 */
export interface PendingHold {
  readonly id: string;
  /** What is still held, in minor units of the wallet's currency. */
  readonly amount: bigint;
  /** ISO 8601 (UTC, milliseconds): compared as text, by the domain and by the stores' conditions alike. */
  readonly expiresAt: string;
  readonly createdAt: string;
  /** Who placed it: also the actor of its HOLD_EXPIRED entry. */
  readonly actor: string;
  /** A payment authorised to that wallet: its capture credits it. */
  readonly toWalletId?: string;
}

/** The record of a hold, kept after it is resolved. `status` as stored may lag: see `shownAt`. */
export interface Hold {
  readonly id: string;
  readonly walletId: string;
  readonly currency: Currency;
  readonly amount: bigint;
  readonly capturedAmount: bigint;
  readonly status: HoldStatus;
  readonly expiresAt: string;
  readonly createdAt: string;
  readonly resolvedAt?: string;
  readonly actor: string;
  readonly toWalletId?: string;
}

/** Still pending at `now` (ISO text): its expiry is strictly later. */
export const isLiveAt = (hold: { readonly expiresAt: string }, now: string): boolean => hold.expiresAt > now;

/**
 * The status a reader is shown: a PENDING hold past its expiry is EXPIRED, whether or not a change of
 * its wallet has released it in the ledger yet. The one place that derives it.
 */
export function statusAt(hold: Pick<Hold, 'status' | 'expiresAt'>, now: string): HoldStatus {
  return hold.status === 'PENDING' && !isLiveAt(hold, now) ? 'EXPIRED' : hold.status;
}

export function shownAt(hold: Hold, now: string): Hold {
  return { ...hold, status: statusAt(hold, now) };
}

/** The record of a pending hold of a wallet, resolved or not. */
export function holdRecord(
  wallet: { readonly id: string; readonly currency: Currency },
  pending: PendingHold,
  resolution: Pick<Hold, 'status' | 'capturedAmount'> & { readonly resolvedAt?: string } = { status: 'PENDING', capturedAmount: 0n },
): Hold {
  const { amount, expiresAt, createdAt, actor, toWalletId } = pending;
  return { id: pending.id, walletId: wallet.id, currency: wallet.currency, amount, expiresAt, createdAt, actor, toWalletId, ...resolution };
}
