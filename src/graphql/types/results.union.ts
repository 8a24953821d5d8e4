import { createUnionType } from 'type-graphql';
import {
  CurrencyMismatchType, IdempotencyKeyReusedType, InsufficientBalanceType, InvalidAmountType, SameWalletType,
  VersionConflictType, WalletNotFoundType,
} from './domain-errors.types';
import { BalanceDecreasedType, BalanceIncreasedType, MoneyTransferredType, WalletCreatedType } from './wallet-events.types';

/* Each mutation answers with a union of its success and every DomainError it can meet (resolved by instanceof). */

export const CreateWalletResult = createUnionType({
  name: 'CreateWalletResult',
  types: () => [WalletCreatedType, IdempotencyKeyReusedType] as const,
});

export const IncreaseBalanceResult = createUnionType({
  name: 'IncreaseBalanceResult',
  types: () => [BalanceIncreasedType, VersionConflictType, WalletNotFoundType, CurrencyMismatchType, InvalidAmountType, IdempotencyKeyReusedType] as const,
});

export const DecreaseBalanceResult = createUnionType({
  name: 'DecreaseBalanceResult',
  types: () => [
    BalanceDecreasedType, VersionConflictType, WalletNotFoundType, CurrencyMismatchType, InsufficientBalanceType, InvalidAmountType,
    IdempotencyKeyReusedType,
  ] as const,
});

export const TransferResult = createUnionType({
  name: 'TransferResult',
  types: () => [
    MoneyTransferredType, VersionConflictType, WalletNotFoundType, CurrencyMismatchType, InsufficientBalanceType, InvalidAmountType,
    SameWalletType, IdempotencyKeyReusedType,
  ] as const,
});
