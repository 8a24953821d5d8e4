import { Field, ID, ObjectType } from 'type-graphql';
import { Currency } from '../../domain/currency';
import { formatMinor } from '../../domain/money';
import { remainingOf, TransferRecord } from '../../domain/transfer-record';
import { DateTimeScalar } from '../scalars/date-time.scalar';
import { DecimalScalar } from '../scalars/decimal.scalar';

@ObjectType('Transfer', {
  description:
    'A payment from one wallet to another (a transfer, or a hold captured to another wallet) and what refunds gave back of ' +
    'it. The owner of either wallet sees it.',
})
export class TransferType {
  @Field(() => ID, { description: 'The transferId of its ledger entries.' }) id!: string;
  @Field(() => ID, { description: "The payer's wallet." }) fromWalletId!: string;
  @Field(() => ID, { description: "The payee's wallet." }) toWalletId!: string;
  @Field(() => Currency) currency!: Currency;
  @Field(() => DecimalScalar, { description: 'What it moved.' }) amount!: string;
  @Field(() => DecimalScalar, { description: 'What reverseTransfer gave back of it so far.' }) reversed!: string;
  @Field(() => DecimalScalar, { description: 'What is left to reverse: amount - reversed.' }) remaining!: string;
  @Field(() => DateTimeScalar) occurredAt!: string;

  static of(record: TransferRecord): TransferType {
    const money = (minor: bigint) => formatMinor(minor, record.currency);
    return Object.assign(new TransferType(), {
      id: record.transferId,
      fromWalletId: record.payerWalletId,
      toWalletId: record.payeeWalletId,
      currency: record.currency,
      amount: money(record.amount),
      reversed: money(record.reversed),
      remaining: money(remainingOf(record)),
      occurredAt: record.occurredAt,
    });
  }
}
