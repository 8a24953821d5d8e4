import { holdRecord, isLiveAt, MAX_PENDING_HOLDS, PendingHold } from './hold';
import { Money } from './money';
import { availableAt } from './wallet-figures';
import { changeOf } from './wallet-steps';
import { EntryContext, HoldChangeResult, Wallet } from './wallet';
import {
  CaptureExceedsHold,
  captureExceedsHold,
  HoldLimitReached,
  holdLimitReached,
  HoldNotFound,
  holdNotFound,
  HoldNotPending,
  holdNotPending,
} from './hold-errors';
import { CurrencyMismatch, currencyMismatch, InsufficientBalance, insufficientBalance } from './wallet-errors';

export interface HoldRequest {
  readonly holdId: string;
  readonly amount: Money;
  readonly expiresAt: string;
  readonly toWalletId?: string;
}

/**
 * Place a hold: the balance stays, the available balance drops by the amount (HOLD_PLACED). Policies: one
 * currency, at most MAX_PENDING_HOLDS pending, and the available balance must cover the amount.
 */
export function placeHold(
  wallet: Wallet,
  request: HoldRequest,
  context: EntryContext,
): HoldChangeResult<CurrencyMismatch | InsufficientBalance | HoldLimitReached> {
  const { holdId, amount, expiresAt, toWalletId } = request;
  if (amount.currency !== wallet.currency) return { ok: false, error: currencyMismatch(wallet.id, wallet.currency, amount.currency) };
  const available = availableAt(wallet, context.now);
  if (available < amount.minor) return { ok: false, error: insufficientBalance(wallet, amount, available) };
  const steps = changeOf(wallet, wallet).releaseExpired(context.now);
  if (steps.current.pendingHolds.length >= MAX_PENDING_HOLDS) return { ok: false, error: holdLimitReached(wallet.id, MAX_PENDING_HOLDS) };
  const pending: PendingHold = { id: holdId, amount: amount.minor, expiresAt, createdAt: context.now, actor: context.actor, toWalletId };
  steps.add('HOLD_PLACED', amount.minor, { pendingHolds: [...steps.current.pendingHolds, pending] }, { ...context, holdId });
  const hold = holdRecord(wallet, pending);
  steps.hold(hold, 'NEW');
  return { ok: true, change: steps.change(), hold };
}

/**
 * The pending hold a capture or a void resolves. Absent from the wallet: resolved before, or never this
 * wallet's (HoldNotFound here; the use case tells the two apart from the record). Past its expiry: EXPIRED.
 */
function pendingOf(wallet: Wallet, holdId: string, now: string): PendingHold | HoldNotFound | HoldNotPending {
  const pending = wallet.pendingHolds.find((hold) => hold.id === holdId);
  if (!pending) return holdNotFound(holdId);
  return isLiveAt(pending, now) ? pending : holdNotPending(holdId, 'EXPIRED');
}

/**
 * Capture all of a hold, or part of it: HOLD_CAPTURED takes the captured part out of the balance (the
 * available balance does not move: that money was held already), then HOLD_RELEASED gives the rest back
 * at once, as TigerBeetle's partial post does. `amount` absent: all of it.
 */
export function captureHold(
  wallet: Wallet,
  holdId: string,
  amount: bigint | undefined,
  context: EntryContext,
): HoldChangeResult<HoldNotFound | HoldNotPending | CaptureExceedsHold> {
  const pending = pendingOf(wallet, holdId, context.now);
  if ('code' in pending) return { ok: false, error: pending };
  const captured = amount ?? pending.amount;
  if (captured > pending.amount) {
    const money = (minor: bigint) => ({ currency: wallet.currency, minor });
    return { ok: false, error: captureExceedsHold(holdId, money(pending.amount), money(captured)) };
  }
  const steps = changeOf(wallet, wallet).releaseExpired(context.now);
  const others = steps.current.pendingHolds.filter((hold) => hold.id !== holdId);
  const rest = pending.amount - captured;
  const remaining = rest > 0n ? steps.current.pendingHolds.map((hold) => (hold.id === holdId ? { ...hold, amount: rest } : hold)) : others;
  const entry = { ...context, holdId, counterpartyWalletId: pending.toWalletId };
  steps.add('HOLD_CAPTURED', captured, { balance: steps.current.balance - captured, pendingHolds: remaining }, entry);
  if (rest > 0n) steps.add('HOLD_RELEASED', rest, { pendingHolds: others }, { ...context, entryId: `${context.entryId}/released`, holdId });
  const hold = holdRecord(wallet, pending, { status: 'CAPTURED', capturedAmount: captured, resolvedAt: context.now });
  steps.hold(hold, 'PENDING_UNEXPIRED');
  return { ok: true, change: steps.change(), hold };
}

/** Void a hold: HOLD_RELEASED gives all of it back to the available balance. */
export function voidHold(wallet: Wallet, holdId: string, context: EntryContext): HoldChangeResult<HoldNotFound | HoldNotPending> {
  const pending = pendingOf(wallet, holdId, context.now);
  if ('code' in pending) return { ok: false, error: pending };
  const steps = changeOf(wallet, wallet).releaseExpired(context.now);
  const others = steps.current.pendingHolds.filter((hold) => hold.id !== holdId);
  steps.add('HOLD_RELEASED', pending.amount, { pendingHolds: others }, { ...context, holdId });
  const hold = holdRecord(wallet, pending, { status: 'VOIDED', capturedAmount: 0n, resolvedAt: context.now });
  steps.hold(hold, 'PENDING_UNEXPIRED');
  return { ok: true, change: steps.change(), hold };
}
