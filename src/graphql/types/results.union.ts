import { ClassType, createUnionType } from 'type-graphql';
import { DecreaseBalanceOutcome, IncreaseBalanceOutcome } from '../../application/change-balance.use-case';
import { CreateWalletOutcome } from '../../application/create-wallet.use-case';
import { ReverseTransferOutcome } from '../../application/reverse-transfer.use-case';
import { TransferOutcome } from '../../application/transfer.use-case';
import { CaptureHoldOutcome } from '../../application/capture-hold.use-case';
import { PlaceHoldOutcome } from '../../application/place-hold.use-case';
import { VoidHoldOutcome } from '../../application/void-hold.use-case';
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
} from './domain-errors.types';
import {
  BalanceDecreasedType,
  BalanceIncreasedType,
  HoldCapturedType,
  HoldPlacedType,
  HoldVoidedType,
  MoneyTransferredType,
  TransferReversedType,
  WalletCreatedType,
} from './wallet-events.types';

/** What tells the outcomes of a use case apart: an error's `code`, an event's `type`. */
type KindOf<O> = O extends { readonly code: infer C } ? C : O extends { readonly type: infer T } ? T : never;

/** One member class per outcome kind of a use case. */
export type UnionMembers<O> = { readonly [K in KindOf<O> & string]: ClassType };

/**
 * The union of a mutation, built from the list of outcomes its use case declares: one member class
 * per outcome kind, no more, no fewer. A use case that gains an outcome fails to compile here until
 * its union gains the member (and the outcome mapper, whose switch is exhaustive, maps it).
 */
function unionOf<O>(name: string, members: UnionMembers<O>) {
  return createUnionType({ name, types: () => Object.values(members) as [ClassType, ...ClassType[]] });
}

export const CreateWalletResult = unionOf<CreateWalletOutcome>('CreateWalletResult', {
  WALLET_CREATED: WalletCreatedType,
  IDEMPOTENCY_KEY_REUSED: IdempotencyKeyReusedType,
});

export const IncreaseBalanceResult = unionOf<IncreaseBalanceOutcome>('IncreaseBalanceResult', {
  BALANCE_INCREASED: BalanceIncreasedType,
  VERSION_CONFLICT: VersionConflictType,
  WALLET_NOT_FOUND: WalletNotFoundType,
  CURRENCY_MISMATCH: CurrencyMismatchType,
  INVALID_AMOUNT: InvalidAmountType,
  IDEMPOTENCY_KEY_REUSED: IdempotencyKeyReusedType,
});

export const DecreaseBalanceResult = unionOf<DecreaseBalanceOutcome>('DecreaseBalanceResult', {
  BALANCE_DECREASED: BalanceDecreasedType,
  VERSION_CONFLICT: VersionConflictType,
  WALLET_NOT_FOUND: WalletNotFoundType,
  CURRENCY_MISMATCH: CurrencyMismatchType,
  INSUFFICIENT_BALANCE: InsufficientBalanceType,
  INVALID_AMOUNT: InvalidAmountType,
  IDEMPOTENCY_KEY_REUSED: IdempotencyKeyReusedType,
});

export const TransferResult = unionOf<TransferOutcome>('TransferResult', {
  MONEY_TRANSFERRED: MoneyTransferredType,
  VERSION_CONFLICT: VersionConflictType,
  WALLET_NOT_FOUND: WalletNotFoundType,
  CURRENCY_MISMATCH: CurrencyMismatchType,
  INSUFFICIENT_BALANCE: InsufficientBalanceType,
  INVALID_AMOUNT: InvalidAmountType,
  SAME_WALLET: SameWalletType,
  IDEMPOTENCY_KEY_REUSED: IdempotencyKeyReusedType,
});

export const ReverseTransferResult = unionOf<ReverseTransferOutcome>('ReverseTransferResult', {
  TRANSFER_REVERSED: TransferReversedType,
  TRANSFER_NOT_FOUND: TransferNotFoundType,
  INVALID_AMOUNT: InvalidAmountType,
  VERSION_CONFLICT: VersionConflictType,
  REVERSAL_EXCEEDS_TRANSFER: ReversalExceedsTransferType,
  INSUFFICIENT_BALANCE: InsufficientBalanceType,
  IDEMPOTENCY_KEY_REUSED: IdempotencyKeyReusedType,
});

export const PlaceHoldResult = unionOf<PlaceHoldOutcome>('PlaceHoldResult', {
  HOLD_PLACED: HoldPlacedType,
  VERSION_CONFLICT: VersionConflictType,
  WALLET_NOT_FOUND: WalletNotFoundType,
  CURRENCY_MISMATCH: CurrencyMismatchType,
  INSUFFICIENT_BALANCE: InsufficientBalanceType,
  INVALID_AMOUNT: InvalidAmountType,
  SAME_WALLET: SameWalletType,
  HOLD_LIMIT_REACHED: HoldLimitReachedType,
  IDEMPOTENCY_KEY_REUSED: IdempotencyKeyReusedType,
});

export const CaptureHoldResult = unionOf<CaptureHoldOutcome>('CaptureHoldResult', {
  HOLD_CAPTURED: HoldCapturedType,
  HOLD_NOT_FOUND: HoldNotFoundType,
  HOLD_NOT_PENDING: HoldNotPendingType,
  CAPTURE_EXCEEDS_HOLD: CaptureExceedsHoldType,
  VERSION_CONFLICT: VersionConflictType,
  INVALID_AMOUNT: InvalidAmountType,
  IDEMPOTENCY_KEY_REUSED: IdempotencyKeyReusedType,
});

export const VoidHoldResult = unionOf<VoidHoldOutcome>('VoidHoldResult', {
  HOLD_VOIDED: HoldVoidedType,
  HOLD_NOT_FOUND: HoldNotFoundType,
  HOLD_NOT_PENDING: HoldNotPendingType,
  VERSION_CONFLICT: VersionConflictType,
  IDEMPOTENCY_KEY_REUSED: IdempotencyKeyReusedType,
});
