import { randomBytes } from 'node:crypto';
import { Caller, mayAccess } from '../domain/caller';
import { Currency } from '../domain/currency';
import { newHoldId } from '../domain/hold-id';
import { idempotentRequest, metadataIntent } from '../domain/idempotency';
import { Metadata } from '../domain/metadata';
import { parseAmount } from '../domain/money';
import { Wallet } from '../domain/wallet';
import { placeHold as placeHoldRule } from '../domain/wallet-holds';
import { HoldLimitReached } from '../domain/hold-errors';
import {
  ChangeRefusal,
  CurrencyMismatch,
  currencyMismatch,
  currencyNotAccepted,
  InsufficientBalance,
  invalidAmount,
  SameWallet,
  sameWallet,
} from '../domain/wallet-errors';
import { HoldPlaced, isDomainError } from '../domain/wallet-events';
import { entryContext, failure, UseCaseDeps } from './use-case-deps';

export interface PlaceHoldCommand {
  readonly walletId: string;
  readonly amount: string;
  readonly currency: Currency;
  readonly expectedVersion: number;
  /** Within HOLD_EXPIRY_SECONDS_MIN..MAX (the API refuses others as bad input). */
  readonly expiresInSeconds: number;
  /** A payment authorised to that wallet: its capture credits it. */
  readonly toWalletId?: string;
  readonly idempotencyKey?: string;
  /** Stored on the hold's HOLD_PLACED entry; canonical (sorted by key). */
  readonly metadata?: Metadata;
}

/** Every answer placeHold can give; its GraphQL union is built from this list. */
export type PlaceHoldOutcome = HoldPlaced | ChangeRefusal | SameWallet | InsufficientBalance | HoldLimitReached;

/**
 * Reserves money of the caller's wallet until `expiresInSeconds` from now (the service's clock). With
 * `toWalletId` the destination must exist and take the currency now; a refusal about a destination the
 * caller may not see says nothing of it (as transfer). Answer order as transfer's: amount, same wallet,
 * the source's existence, the destination's, the version, the source's currency, the destination's,
 * then the balance and the cap.
 */
export async function placeHold(deps: UseCaseDeps, caller: Caller, command: PlaceHoldCommand): Promise<PlaceHoldOutcome> {
  const { walletId, toWalletId, currency, expectedVersion, expiresInSeconds, idempotencyKey, metadata = [] } = command;
  const amount = parseAmount(command.amount, currency);
  if (!amount.ok) return invalidAmount(command.amount, amount.problem);
  if (toWalletId === walletId) return sameWallet(walletId);
  const request = idempotentRequest(
    caller.id,
    idempotencyKey,
    'placeHold',
    walletId,
    toWalletId ?? '',
    currency,
    amount.money.minor,
    String(expiresInSeconds),
    ...metadataIntent(metadata),
  );
  const fail = failure<HoldPlaced>(deps, request);
  const wallets = await deps.states.basedOnWithDestination(caller, walletId, expectedVersion, toWalletId);
  if (isDomainError(wallets)) return fail(wallets);
  const { based, destination } = wallets;
  const context = entryContext(deps, caller, { idempotencyKey, metadata });
  const holdId = newHoldId(walletId, new Date(context.now), randomBytes(6).toString('hex'));
  const expiresAt = new Date(Date.parse(context.now) + expiresInSeconds * 1000).toISOString();
  const result = placeHoldRule(based.wallet, { holdId, amount: amount.money, expiresAt, toWalletId }, context);
  const refusedDestination = destinationRefusal(caller, destination, currency);
  if (!result.ok || refusedDestination) {
    // The source's currency first, then the destination's, then the source's balance and cap (transfer's order).
    const first = !result.ok && (result.error.code === 'CURRENCY_MISMATCH' || !refusedDestination) ? result.error : refusedDestination;
    return fail(await deps.states.confirmRefusal(based, expectedVersion, first ?? unreachable()));
  }
  const event: HoldPlaced = { type: 'HOLD_PLACED', hold: result.hold, wallet: result.change.after };
  const written = await deps.writer.write({ changes: [result.change], event }, request);
  if (written.status === 'done') return written.outcome;
  return fail(await deps.states.whyNotWritten(walletId, expectedVersion, written));
}

/** A destination that does not take the currency; redacted when it is not the caller's to see. */
function destinationRefusal(caller: Caller, destination: Wallet | undefined, currency: Currency): CurrencyMismatch | undefined {
  if (!destination || destination.currency === currency) return undefined;
  return mayAccess(caller, destination)
    ? currencyMismatch(destination.id, destination.currency, currency)
    : currencyNotAccepted(destination.id, currency);
}

function unreachable(): never {
  throw new Error('placeHold: a refused rule without a refusal');
}
