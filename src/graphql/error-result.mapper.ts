import { formatMoney } from '../domain/money';
import { DomainError } from '../domain/wallet-errors';
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
import { unreachable } from './unreachable';

/** A domain error as its GraphQL type: one case per code, exhaustive, each carrying what a client needs to recover. */
export function errorResult(error: DomainError) {
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
