import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Caller } from '../../domain/caller';
import { Currency } from '../../domain/currency';
import { LedgerEntry } from '../../domain/ledger-entry';
import { formatMinor } from '../../domain/money';
import { DecimalScalar } from '../scalars/decimal.scalar';
import { LedgerEntryObject } from './ledger-entry.type';
import './enums';

@ObjectType('WalletUpdate', { description: 'One committed change of a wallet: its ledger entry and the wallet right after it.' })
export class WalletUpdateType {
  @Field(() => ID) walletId!: string;
  @Field(() => Int, { description: 'The wallet version after this change (= entry.version): resume with afterVersion set to it.' })
  version!: number;
  @Field(() => DecimalScalar, { description: 'The balance after this change.' }) balance!: string;
  @Field(() => DecimalScalar, { description: 'The available balance (balance minus pending holds) after this change.' })
  availableBalance!: string;
  @Field(() => Currency) currency!: Currency;
  @Field(() => LedgerEntryObject) entry!: LedgerEntryObject;

  static of(entry: LedgerEntry, viewer: Caller): WalletUpdateType {
    return Object.assign(new WalletUpdateType(), {
      walletId: entry.walletId,
      version: entry.version,
      balance: formatMinor(entry.balanceAfter, entry.currency),
      availableBalance: formatMinor(entry.availableAfter, entry.currency),
      currency: entry.currency,
      entry: LedgerEntryObject.of(entry, viewer),
    });
  }
}
