import { ArgsType, Field, ID, Int } from 'type-graphql';
import { DEFAULT_PAGE_SIZE } from './history-page';

@ArgsType()
export class WalletsArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: '1 to 100.' }) first!: number;
  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' }) after?: string | null;
  @Field(() => ID, { nullable: true, description: "Another owner's wallets: scope wallet:admin only." }) ownerId?: string | null;
}
