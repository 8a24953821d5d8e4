import { Field, ObjectType } from 'type-graphql';
import { PageInfo } from './ledger-entry.type';
import { WalletType } from './wallet.type';

@ObjectType('WalletEdge')
class WalletEdge {
  @Field() cursor!: string;
  @Field(() => WalletType) node!: WalletType;
}

@ObjectType('WalletConnection', { description: 'A page of wallets, newest first (Relay cursor connection).' })
export class WalletConnection {
  @Field(() => [WalletEdge]) edges!: WalletEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
