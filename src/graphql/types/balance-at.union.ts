import { createUnionType, Field, Int, ObjectType } from 'type-graphql';
import { formatMinor } from '../../domain/money';
import { Position } from '../../domain/statement';
import { Currency } from '../../domain/currency';
import { DateTimeScalar } from '../scalars/date-time.scalar';
import { DecimalScalar } from '../scalars/decimal.scalar';

@ObjectType('BalanceAsOf', { description: 'A wallet as it stood: after every entry before the moment (or up to the version) asked for.' })
export class BalanceAsOfType {
  @Field(() => DecimalScalar) balance!: string;
  @Field(() => DecimalScalar, {
    description: 'The balance minus the holds the ledger had pending then (a hold past its expiry counts until its release is written).',
  })
  available!: string;
  @Field(() => Int) version!: number;
  @Field(() => DateTimeScalar, { description: 'When the wallet reached this version (its last change before the moment).' })
  changedAt!: string;
  @Field(() => Boolean, {
    description:
      'True when this can no longer change: asked by version, or `at` had passed by 60 seconds when it was read (docs/finance.md). ' +
      'False: a balance so far, which later entries dated before `at` may still change.',
  })
  final!: boolean;

  static of(position: Position & { readonly final: boolean }, wallet: { readonly currency: Currency; readonly createdAt: string }) {
    const { entry } = position;
    if (!entry) return Object.assign(new WalletDidNotExistYetType(), { createdAt: wallet.createdAt });
    return Object.assign(new BalanceAsOfType(), {
      balance: formatMinor(entry.balanceAfter, wallet.currency),
      available: formatMinor(entry.availableAfter, wallet.currency),
      version: entry.version,
      changedAt: entry.occurredAt,
      final: position.final,
    });
  }
}

@ObjectType('WalletDidNotExistYet', { description: 'The moment asked for is not after the wallet was opened: it had no balance, not 0.' })
class WalletDidNotExistYetType {
  @Field(() => DateTimeScalar) createdAt!: string;
}

export const BalanceAtResult = createUnionType({
  name: 'BalanceAt',
  types: () => [BalanceAsOfType, WalletDidNotExistYetType] as const,
});
