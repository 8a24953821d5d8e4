import { Field, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import { Currency } from '../../domain/currency';
import { ErrorCode } from '../../domain/wallet-errors';
import { DecimalScalar } from '../scalars/decimal.scalar';
import { ErrorCodeEnum } from './enums';
import { InvalidAmountReason } from './invalid-amount-reason.enum';
import { WalletType } from './wallet.type';

@InterfaceType('DomainError', {
  description: 'An expected outcome that changed nothing. Switch on `__typename` (typed clients narrow on it); `code` says the same.',
})
export abstract class DomainErrorType {
  @Field()
  message!: string;

  @Field(() => ErrorCodeEnum)
  code!: ErrorCode;
}

@ObjectType('VersionConflict', {
  implements: DomainErrorType,
  description: 'The wallet changed since the client read it. `wallet` is its state now: retry from it.',
})
export class VersionConflictType extends DomainErrorType {
  @Field(() => ID) walletId!: string;
  @Field(() => Int) expectedVersion!: number;
  @Field(() => Int) actualVersion!: number;
  @Field(() => WalletType) wallet!: WalletType;
}

@ObjectType('WalletNotFound', { implements: DomainErrorType })
export class WalletNotFoundType extends DomainErrorType {
  @Field(() => ID) walletId!: string;
}

@ObjectType('CurrencyMismatch', { implements: DomainErrorType, description: 'A wallet works with a single currency.' })
export class CurrencyMismatchType extends DomainErrorType {
  @Field(() => ID, { description: 'The wallet that holds another currency (in a transfer, the source or the destination).' })
  walletId!: string;
  @Field(() => Currency, { nullable: true, description: "Null when the wallet is not yours (a transfer's destination)." })
  walletCurrency?: Currency;
  @Field(() => Currency) givenCurrency!: Currency;
}

@ObjectType('InsufficientBalance', { implements: DomainErrorType, description: 'The balance may reach exactly 0, never below.' })
export class InsufficientBalanceType extends DomainErrorType {
  @Field(() => ID) walletId!: string;
  @Field(() => DecimalScalar) balance!: string;
  @Field(() => DecimalScalar) requested!: string;
  @Field(() => WalletType, { description: 'The wallet as it is now: decide again from it.' }) wallet!: WalletType;
}

@ObjectType('InvalidAmount', {
  implements: DomainErrorType,
  description: "The amount is not > 0, has more decimals than the currency's minor unit, or is above the maximum of one operation.",
})
export class InvalidAmountType extends DomainErrorType {
  /** Not `amount`: a success's `amount` is a Decimal, and GraphQL refuses one name with two types in one selection. */
  @Field({ description: 'The amount as the client sent it (a String: it may be no valid Decimal for this currency).' })
  rejectedAmount!: string;

  @Field(() => InvalidAmountReason) reason!: InvalidAmountReason;
}

@ObjectType('SameWallet', { implements: DomainErrorType, description: 'A transfer needs two different wallets.' })
export class SameWalletType extends DomainErrorType {
  @Field(() => ID) walletId!: string;
}

@ObjectType('IdempotencyKeyReused', {
  implements: DomainErrorType,
  description: 'The idempotency key was used within its window for a different operation, wallet, amount or currency.',
})
export class IdempotencyKeyReusedType extends DomainErrorType {
  @Field() idempotencyKey!: string;
}

@ObjectType('TransferNotFound', {
  implements: DomainErrorType,
  description: 'No such transfer, or not one you may reverse (only its payee or an operator may).',
})
export class TransferNotFoundType extends DomainErrorType {
  @Field(() => ID) transferId!: string;
}

@ObjectType('ReversalExceedsTransfer', {
  implements: DomainErrorType,
  description: 'The reversal asks for more than is left of the transfer (reversals so far included).',
})
export class ReversalExceedsTransferType extends DomainErrorType {
  @Field(() => ID) transferId!: string;
  @Field(() => DecimalScalar, { description: 'What may still be reversed; 0.00 once the transfer is fully reversed.' }) remaining!: string;
}
