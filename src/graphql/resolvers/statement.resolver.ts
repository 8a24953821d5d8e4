import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { WalletUseCases } from '../../application/wallet-use-cases';
import { RequestContext } from '../request-context';
import { LedgerEntryConnection } from '../types/ledger-entry.type';
import { StatementType } from '../types/statement.type';
import { DEFAULT_PAGE_SIZE, historyCost, pageSize, toConnection, versionOfCursor } from './history-page';

@Resolver(() => StatementType)
export class StatementResolver {
  constructor(private readonly wallets: WalletUseCases) {}

  @FieldResolver(() => LedgerEntryConnection, {
    description: "The window's entries, oldest first (unlike history). `first`: 1 to 100.",
    complexity: historyCost,
  })
  async entries(
    @Root() root: StatementType,
    @Ctx() { caller }: RequestContext,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<LedgerEntryConnection> {
    const size = pageSize(first);
    const cursor = after ?? undefined;
    const entries = await this.wallets.statementEntries(
      root.statement,
      cursor === undefined ? undefined : versionOfCursor(cursor),
      size + 1,
    );
    return toConnection(entries, size, cursor, caller);
  }
}
