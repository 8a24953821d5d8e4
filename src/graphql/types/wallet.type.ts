import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Currency } from '../../domain/currency';
import { formatMinor } from '../../domain/money';
import { Wallet } from '../../domain/wallet';
import { DateTimeScalar } from '../scalars/date-time.scalar';
import { DecimalScalar } from '../scalars/decimal.scalar';
import './enums';

@ObjectType('Wallet', { description: 'A single-currency wallet. Every change names the `version` it was based on.' })
export class WalletType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'The caller (token subject) the wallet belongs to; only they (and operators) see it.' })
  ownerId!: string;

  @Field(() => Currency)
  currency!: Currency;

  @Field(() => DecimalScalar, { description: "The posted balance. Exact, with the currency's minor digits. Holds do not change it." })
  balance!: string;

  @Field(() => Int, {
    description:
      'Starts at 0 and grows with every change, by the number of ledger entries the change wrote (one per version): ' +
      'pass it as `expectedVersion`.',
  })
  version!: number;

  /** Not a field: what availableBalance and heldBalance are computed from, at read time. */
  pendingHolds!: Wallet['pendingHolds'];
  balanceMinor!: bigint;
  /** Not a field: the read-time figures once computed for this answer (wallet-holds.resolver.ts). */
  figuresNow?: { readonly held: bigint; readonly available: bigint };

  @Field(() => DateTimeScalar)
  createdAt!: string;

  @Field(() => DateTimeScalar)
  updatedAt!: string;

  static of(wallet: Wallet): WalletType {
    return Object.assign(new WalletType(), {
      id: wallet.id,
      ownerId: wallet.ownerId,
      currency: wallet.currency,
      balance: formatMinor(wallet.balance, wallet.currency),
      balanceMinor: wallet.balance,
      pendingHolds: wallet.pendingHolds,
      version: wallet.version,
      createdAt: wallet.createdAt,
      updatedAt: wallet.updatedAt,
    });
  }
}
