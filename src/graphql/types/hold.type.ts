import { Field, ID, ObjectType } from 'type-graphql';
import { Currency } from '../../domain/currency';
import { Hold, HoldStatus } from '../../domain/hold';
import { formatMinor } from '../../domain/money';
import { DateTimeScalar } from '../scalars/date-time.scalar';
import { DecimalScalar } from '../scalars/decimal.scalar';
import { HoldStatusEnum } from './enums';
import { PageInfo } from './ledger-entry.type';

@ObjectType('Hold', { description: "Money of a wallet reserved until it is captured, voided or expires. Only the wallet's owner sees it." })
export class HoldType {
  @Field(() => ID, { description: 'Opaque.' }) id!: string;
  @Field(() => ID) walletId!: string;
  @Field(() => Currency) currency!: Currency;
  @Field(() => DecimalScalar, { description: 'What was held when it was placed.' }) amount!: string;
  @Field(() => DecimalScalar, { description: 'What a capture took (0 unless CAPTURED); the rest was released.' }) capturedAmount!: string;
  @Field(() => HoldStatusEnum) status!: HoldStatus;
  @Field(() => DateTimeScalar) expiresAt!: string;
  @Field(() => DateTimeScalar) createdAt!: string;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was captured, voided or released after its expiry.' })
  resolvedAt?: string;
  @Field(() => ID, { description: 'Who placed it.' }) actor!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'The wallet a capture pays (a payment authorised to it); null: a capture takes the money out.',
  })
  toWalletId?: string;

  static of(hold: Hold): HoldType {
    return Object.assign(new HoldType(), {
      ...hold,
      amount: formatMinor(hold.amount, hold.currency),
      capturedAmount: formatMinor(hold.capturedAmount, hold.currency),
    });
  }
}

@ObjectType('HoldEdge')
class HoldEdge {
  @Field() cursor!: string;
  @Field(() => HoldType) node!: HoldType;
}

@ObjectType('HoldConnection', { description: 'A page of holds, newest first (Relay cursor connection).' })
export class HoldConnection {
  @Field(() => [HoldEdge]) edges!: HoldEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
