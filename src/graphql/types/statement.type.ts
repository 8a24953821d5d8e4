import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Currency } from '../../domain/currency';
import { formatMinor } from '../../domain/money';
import { balanceOf, Statement, versionOf } from '../../domain/statement';
import { DateTimeScalar } from '../scalars/date-time.scalar';
import { DecimalScalar } from '../scalars/decimal.scalar';
import './enums';

@ObjectType('Statement', {
  description:
    'What moved in [from, to): openingBalance + moneyIn - moneyOut = closingBalance, always. ' +
    'openingBalance is balanceAt(from) and closingBalance balanceAt(to) (0 before the wallet existed).',
})
export class StatementType {
  @Field(() => ID) walletId!: string;
  @Field(() => Currency) currency!: Currency;
  @Field(() => DateTimeScalar) from!: string;
  @Field(() => DateTimeScalar) to!: string;
  @Field(() => DecimalScalar) openingBalance!: string;
  @Field(() => DecimalScalar) moneyIn!: string;
  @Field(() => DecimalScalar) moneyOut!: string;
  @Field(() => DecimalScalar) closingBalance!: string;
  @Field(() => Int, { description: 'The version at `from` (-1: the wallet did not exist yet).' }) openingVersion!: number;
  @Field(() => Int, { description: 'The version at `to` (-1: the wallet did not exist yet).' }) closingVersion!: number;
  @Field(() => Boolean, {
    description:
      'True when these figures can no longer change: `to` had passed by 60 seconds when the statement was read (docs/finance.md). ' +
      'False: closingBalance, moneyIn, moneyOut and the entries are so far, and entries dated before `to` may still come.',
  })
  final!: boolean;
  /** The domain statement, for the entries' page (not a GraphQL field). */
  statement!: Statement;

  static of(statement: Statement): StatementType {
    const money = (minor: bigint) => formatMinor(minor, statement.currency);
    return Object.assign(new StatementType(), {
      walletId: statement.walletId,
      currency: statement.currency,
      from: statement.opening.at,
      to: statement.closing.at,
      openingBalance: money(balanceOf(statement.opening)),
      moneyIn: money(statement.moneyIn),
      moneyOut: money(statement.moneyOut),
      closingBalance: money(balanceOf(statement.closing)),
      openingVersion: versionOf(statement.opening),
      closingVersion: versionOf(statement.closing),
      final: statement.final,
      statement,
    });
  }
}
