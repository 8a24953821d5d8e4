import { Field, ID, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../scalars/decimal.scalar';
import { HoldType } from './hold.type';
import { WalletType } from './wallet.type';

@ObjectType('WalletCreated')
export class WalletCreatedType {
  @Field(() => WalletType) wallet!: WalletType;
}

@ObjectType('BalanceIncreased')
export class BalanceIncreasedType {
  @Field(() => WalletType) wallet!: WalletType;
  @Field(() => DecimalScalar) amount!: string;
}

@ObjectType('BalanceDecreased')
export class BalanceDecreasedType {
  @Field(() => WalletType) wallet!: WalletType;
  @Field(() => DecimalScalar) amount!: string;
}

@ObjectType('MoneyTransferred')
export class MoneyTransferredType {
  @Field(() => ID) transferId!: string;
  @Field(() => WalletType) from!: WalletType;
  @Field(() => ID) toWalletId!: string;
  @Field(() => WalletType, { nullable: true, description: 'The destination after the transfer; null unless it is yours to see.' })
  to?: WalletType | null;
  @Field(() => DecimalScalar) amount!: string;
}

@ObjectType('TransferReversed', { description: "Money went back from a transfer's payee to its payer." })
export class TransferReversedType {
  @Field(() => ID, { description: 'The id of the reversal: the transferId of its two entries.' }) reversalId!: string;
  @Field(() => ID, { description: 'The transfer reversed: the reversalOf of its two entries.' }) reversalOf!: string;
  @Field(() => WalletType, { description: "The payee's wallet after the reversal." }) from!: WalletType;
  @Field(() => ID) toWalletId!: string;
  @Field(() => WalletType, { nullable: true, description: "The payer's wallet after the reversal; null unless it is yours to see." })
  to?: WalletType | null;
  @Field(() => DecimalScalar) amount!: string;
  @Field(() => DecimalScalar, { description: 'What is left to reverse of the transfer.' }) remaining!: string;
}

@ObjectType('HoldPlaced')
export class HoldPlacedType {
  @Field(() => HoldType) hold!: HoldType;
  @Field(() => WalletType, { description: 'The held wallet after the hold: its available balance is lower, its balance the same.' })
  wallet!: WalletType;
}

@ObjectType('HoldCaptured')
export class HoldCapturedType {
  @Field(() => HoldType) hold!: HoldType;
  @Field(() => WalletType, { description: 'The held wallet after the capture (and the release of any rest).' }) wallet!: WalletType;
  @Field(() => DecimalScalar, { description: 'What was captured.' }) amount!: string;
  @Field(() => ID, {
    nullable: true,
    description:
      "The id the capture's ledger entries share. A capture to another wallet is a transfer: its payee (or an operator) refunds it with reverseTransfer(transferId).",
  })
  transferId?: string;
  @Field(() => ID, { nullable: true }) toWalletId?: string;
  @Field(() => WalletType, { nullable: true, description: 'The credited wallet after the capture; null unless it is yours to see.' })
  to?: WalletType | null;
}

@ObjectType('HoldVoided')
export class HoldVoidedType {
  @Field(() => HoldType) hold!: HoldType;
  @Field(() => WalletType) wallet!: WalletType;
}
