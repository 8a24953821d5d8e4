import { ArgsType, Field, ID, Int } from 'type-graphql';

@ArgsType()
export class WalletsArgs {
  @Field(() => Int, { defaultValue: 20, description: '1 to 100.' }) first!: number;
  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' }) after?: string | null;
  @Field(() => ID, { nullable: true, description: 'Another owner\'s wallets: scope wallet:admin only.' }) ownerId?: string | null;
}
