import { Caller, mayAccess } from '../domain/caller';
import { formatMoney } from '../domain/money';
import { DomainError } from '../domain/wallet-errors';
import { isDomainError, Outcome, WalletEvent } from '../domain/wallet-events';
import {
  CaptureExceedsHoldType,
  HoldLimitReachedType,
  HoldNotFoundType,
  HoldNotPendingType,
  CurrencyMismatchType,
  IdempotencyKeyReusedType,
  InsufficientBalanceType,
  InvalidAmountType,
  ReversalExceedsTransferType,
  SameWalletType,
  TransferNotFoundType,
  VersionConflictType,
  WalletNotFoundType,
} from './types/domain-errors.types';
import { REASON_OF } from './types/invalid-amount-reason.enum';
import { WalletType } from './types/wallet.type';
import { HoldType } from './types/hold.type';
import {
  BalanceDecreasedType,
  BalanceIncreasedType,
  HoldCapturedType,
  HoldPlacedType,
  HoldVoidedType,
  MoneyTransferredType,
  TransferReversedType,
  WalletCreatedType,
} from './types/wallet-events.types';

/**
 * A domain outcome as the union member a client receives: one switch per kind, exhaustive. The
 * caller decides what of a wallet that is not theirs (a transfer's destination) may be shown.
 */
export function toResult(outcome: Outcome<WalletEvent>, caller: Caller) {
  return isDomainError(outcome) ? errorResult(outcome) : eventResult(outcome, caller);
}

function eventResult(event: WalletEvent, caller: Caller) {
  switch (event.type) {
    case 'WALLET_CREATED':
      return Object.assign(new WalletCreatedType(), { wallet: WalletType.of(event.wallet) });
    case 'BALANCE_INCREASED':
      return Object.assign(new BalanceIncreasedType(), { wallet: WalletType.of(event.wallet), amount: formatMoney(event.amount) });
    case 'BALANCE_DECREASED':
      return Object.assign(new BalanceDecreasedType(), { wallet: WalletType.of(event.wallet), amount: formatMoney(event.amount) });
    case 'MONEY_TRANSFERRED':
      return Object.assign(new MoneyTransferredType(), {
        transferId: event.transferId,
        from: WalletType.of(event.from),
        toWalletId: event.to.id,
        to: mayAccess(caller, event.to) ? WalletType.of(event.to) : null,
        amount: formatMoney(event.amount),
      });
    case 'TRANSFER_REVERSED':
      return Object.assign(new TransferReversedType(), {
        reversalId: event.reversalId,
        reversalOf: event.transferId,
        from: WalletType.of(event.from),
        toWalletId: event.to.id,
        to: mayAccess(caller, event.to) ? WalletType.of(event.to) : null,
        amount: formatMoney(event.amount),
        remaining: formatMoney(event.remaining),
      });
    case 'HOLD_PLACED':
      return Object.assign(new HoldPlacedType(), { hold: HoldType.of(event.hold), wallet: WalletType.of(event.wallet) });
    case 'HOLD_CAPTURED':
      return Object.assign(new HoldCapturedType(), {
        hold: HoldType.of(event.hold),
        wallet: WalletType.of(event.wallet),
        amount: formatMoney(event.amount),
        transferId: event.transferId,
        toWalletId: event.to?.id,
        to: event.to && mayAccess(caller, event.to) ? WalletType.of(event.to) : null,
      });
    case 'HOLD_VOIDED':
      return Object.assign(new HoldVoidedType(), { hold: HoldType.of(event.hold), wallet: WalletType.of(event.wallet) });
    default:
      return unreachable(event);
  }
}

function errorResult(error: DomainError) {
  const { code, message } = error;
  switch (error.code) {
    case 'INVALID_AMOUNT':
      return Object.assign(new InvalidAmountType(), { code, message, rejectedAmount: error.amount, reason: REASON_OF[error.problem] });
    case 'WALLET_NOT_FOUND':
      return Object.assign(new WalletNotFoundType(), { code, message, walletId: error.walletId });
    case 'VERSION_CONFLICT':
      return Object.assign(new VersionConflictType(), {
        code,
        message,
        walletId: error.walletId,
        expectedVersion: error.expectedVersion,
        actualVersion: error.actualVersion,
        wallet: WalletType.of(error.wallet),
      });
    case 'CURRENCY_MISMATCH':
      return Object.assign(new CurrencyMismatchType(), {
        code,
        message,
        walletId: error.walletId,
        walletCurrency: error.walletCurrency,
        givenCurrency: error.givenCurrency,
      });
    case 'INSUFFICIENT_BALANCE':
      return Object.assign(new InsufficientBalanceType(), {
        code,
        message,
        walletId: error.walletId,
        balance: formatMoney(error.balance),
        available: formatMoney(error.available),
        requested: formatMoney(error.requested),
        wallet: WalletType.of(error.wallet),
      });
    case 'SAME_WALLET':
      return Object.assign(new SameWalletType(), { code, message, walletId: error.walletId });
    case 'IDEMPOTENCY_KEY_REUSED':
      return Object.assign(new IdempotencyKeyReusedType(), { code, message, idempotencyKey: error.idempotencyKey });
    case 'TRANSFER_NOT_FOUND':
      return Object.assign(new TransferNotFoundType(), { code, message, transferId: error.transferId });
    case 'REVERSAL_EXCEEDS_TRANSFER':
      return Object.assign(new ReversalExceedsTransferType(), {
        code,
        message,
        transferId: error.transferId,
        remaining: formatMoney(error.remaining),
      });
    case 'HOLD_LIMIT_REACHED':
      return Object.assign(new HoldLimitReachedType(), { code, message, walletId: error.walletId, limit: error.limit });
    case 'HOLD_NOT_FOUND':
      return Object.assign(new HoldNotFoundType(), { code, message, holdId: error.holdId });
    case 'HOLD_NOT_PENDING':
      return Object.assign(new HoldNotPendingType(), { code, message, holdId: error.holdId, status: error.status });
    case 'CAPTURE_EXCEEDS_HOLD':
      return Object.assign(new CaptureExceedsHoldType(), {
        code,
        message,
        holdId: error.holdId,
        held: formatMoney(error.held),
        requested: formatMoney(error.requested),
      });
    default:
      return unreachable(error);
  }
}

function unreachable(value: never): never {
  throw new Error(`Unmapped outcome ${JSON.stringify(value)}`);
}
