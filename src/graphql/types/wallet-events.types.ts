import { Field, ID, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../scalars/decimal.scalar';
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
