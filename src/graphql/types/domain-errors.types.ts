import { Field, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import { Currency } from '../../domain/currency';
import { ErrorCode } from '../../domain/wallet-errors';
import { DecimalScalar } from '../scalars/decimal.scalar';
import { HoldStatus } from '../../domain/hold';
import { ErrorCodeEnum, HoldStatusEnum } from './enums';
import { InvalidAmountReason } from './invalid-amount-reason.enum';
import { WalletType } from './wallet.type';

@InterfaceType('DomainError', {
  description: 'An expected outcome that changed nothing. Switch on `__typename` (typed clients narrow on it); `code` says the same.',
})
abstract class DomainErrorType {
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

@ObjectType('InsufficientBalance', {
  implements: DomainErrorType,
  description: 'The AVAILABLE balance (the balance minus pending holds) may reach exactly 0, never below.',
})
export class InsufficientBalanceType extends DomainErrorType {
  @Field(() => ID) walletId!: string;
  @Field(() => DecimalScalar, { description: 'The posted balance.' }) balance!: string;
  @Field(() => DecimalScalar, { description: 'The balance minus the pending holds: what was too little.' }) available!: string;
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
  description:
    "The idempotency key was used within its window for another intent: any argument but expectedVersion differed (the operation, a wallet, the amount, the currency, metadata, a hold's expiresInSeconds, a refund's reason).",
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

@ObjectType('HoldLimitReached', { implements: DomainErrorType, description: 'A wallet has at most `limit` pending holds.' })
export class HoldLimitReachedType extends DomainErrorType {
  @Field(() => ID) walletId!: string;
  @Field(() => Int) limit!: number;
}

@ObjectType('HoldNotFound', { implements: DomainErrorType, description: 'No such hold, or not yours (the two look the same).' })
export class HoldNotFoundType extends DomainErrorType {
  @Field(() => ID) holdId!: string;
}

@ObjectType('HoldNotPending', { implements: DomainErrorType, description: 'The hold was captured, voided or has expired.' })
export class HoldNotPendingType extends DomainErrorType {
  @Field(() => ID) holdId!: string;
  @Field(() => HoldStatusEnum) status!: HoldStatus;
}

@ObjectType('CaptureExceedsHold', { implements: DomainErrorType, description: 'A capture takes at most what is held.' })
export class CaptureExceedsHoldType extends DomainErrorType {
  @Field(() => ID) holdId!: string;
  @Field(() => DecimalScalar) held!: string;
  @Field(() => DecimalScalar) requested!: string;
}
