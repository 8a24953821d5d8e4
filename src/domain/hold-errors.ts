import { HoldStatus } from './hold';
import { formatMinor, Money } from './money';

// The refusals about holds: part of DomainError (wallet-errors.ts), data a client switches on by `code`.

export interface HoldLimitReached {
  readonly code: 'HOLD_LIMIT_REACHED';
  readonly message: string;
  readonly walletId: string;
  readonly limit: number;
}
/** Also what a hold of a wallet the caller may not see looks like. */
export interface HoldNotFound {
  readonly code: 'HOLD_NOT_FOUND';
  readonly message: string;
  readonly holdId: string;
}
export interface HoldNotPending {
  readonly code: 'HOLD_NOT_PENDING';
  readonly message: string;
  readonly holdId: string;
  readonly status: Exclude<HoldStatus, 'PENDING'>;
}
export interface CaptureExceedsHold {
  readonly code: 'CAPTURE_EXCEEDS_HOLD';
  readonly message: string;
  readonly holdId: string;
  readonly held: Money;
  readonly requested: Money;
}

export const holdLimitReached = (walletId: string, limit: number): HoldLimitReached => ({
  code: 'HOLD_LIMIT_REACHED',
  message: `Wallet ${walletId} already has ${limit} pending holds, the most a wallet may have: capture or void one first.`,
  walletId,
  limit,
});

export const holdNotFound = (holdId: string): HoldNotFound => ({
  code: 'HOLD_NOT_FOUND',
  message: `Hold ${holdId} does not exist.`,
  holdId,
});

export const holdNotPending = (holdId: string, status: Exclude<HoldStatus, 'PENDING'>): HoldNotPending => ({
  code: 'HOLD_NOT_PENDING',
  message: `Hold ${holdId} is ${status.toLowerCase()}: only a pending hold can be captured or voided.`,
  holdId,
  status,
});

export const captureExceedsHold = (holdId: string, held: Money, requested: Money): CaptureExceedsHold => ({
  code: 'CAPTURE_EXCEEDS_HOLD',
  message: `Hold ${holdId} holds ${formatMinor(held.minor, held.currency)}; ${formatMinor(requested.minor, requested.currency)} cannot be captured from it.`,
  holdId,
  held,
  requested,
});
