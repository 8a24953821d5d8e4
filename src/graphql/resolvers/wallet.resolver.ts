import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { isNotPermitted } from '../../application/create-wallet.use-case';
import { WalletUseCases } from '../../application/wallet-use-cases';
import { forbidden, OWNER_ID_NEEDS_ADMIN } from '../forbidden';
import { RequestContext } from '../request-context';
import { LedgerEntryConnection } from '../types/ledger-entry.type';
import { WalletConnection } from '../types/wallet-connection.type';
import { WalletType } from '../types/wallet.type';
import { DEFAULT_PAGE_SIZE, historyCost, pageSize, toConnection, versionOfCursor } from './history-page';
import { filteredHistoryCost, historyFilterOf, toFilteredConnection } from './filtered-history-page';
import { HistoryFilterInput } from '../types/history-filter.input';
import { unlessUnavailable } from '../history-unavailable';
import { walletIdArg } from './input-rules';
import { WalletsArgs } from './wallets.args';
import { positionOfCursor, toWalletConnection } from './wallets-page';

@Resolver(() => WalletType)
export class WalletResolver {
  constructor(private readonly useCases: WalletUseCases) {}

  @Query(() => WalletType, {
    nullable: true,
    description: 'A strongly consistent read; null when there is no such wallet, or it is not yours.',
  })
  async wallet(@Arg('id', () => ID) id: string, @Ctx() { caller }: RequestContext): Promise<WalletType | null> {
    const wallet = await this.useCases.getWallet(caller, walletIdArg(id, 'id'));
    return wallet ? WalletType.of(wallet) : null;
  }

  @Query(() => WalletConnection, {
    description:
      "Your wallets, newest first. `first`: 1 to 100. `ownerId`: another owner's wallets (scope wallet:admin only). " +
      'Served by an index: a change may take a moment to show; `wallet(id)` is always current.',
    // Like history: the cost limit multiplies the fields of a wallet by `first`.
    complexity: historyCost,
  })
  async wallets(@Args() { first, after, ownerId }: WalletsArgs, @Ctx() { caller }: RequestContext): Promise<WalletConnection> {
    const size = pageSize(first);
    const page = { first: size + 1, after: after == null ? undefined : positionOfCursor(after) };
    const found = await this.useCases.walletsOf(caller, ownerId == null ? caller.id : walletIdArg(ownerId, 'ownerId'), page);
    if (isNotPermitted(found)) throw forbidden(OWNER_ID_NEEDS_ADMIN, 'ownerId');
    return toWalletConnection(found, size, after ?? undefined);
  }

  /** Never shows entries newer than the wallet it hangs off, so a page agrees with the balance beside it. */
  @FieldResolver(() => LedgerEntryConnection, {
    description: 'The ledger, newest first. `first`: 1 to 100. `filter`: see HistoryFilter (continue a page with after: endCursor).',
    complexity: filteredHistoryCost,
  })
  async history(
    @Root() wallet: WalletType,
    @Ctx() { caller }: RequestContext,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('filter', () => HistoryFilterInput, { nullable: true }) filter?: HistoryFilterInput | null,
  ): Promise<LedgerEntryConnection> {
    const size = pageSize(first);
    const cursor = after ?? undefined;
    const beforeVersion = Math.min(cursor === undefined ? Infinity : versionOfCursor(cursor), wallet.version + 1);
    if (filter) {
      const page = await unlessUnavailable(
        this.useCases.filteredHistory(caller, wallet, { first: size, beforeVersion }, historyFilterOf(filter)),
      );
      return toFilteredConnection(page, cursor, caller);
    }
    const entries = await this.useCases.history(caller, wallet, { first: size + 1, beforeVersion });
    return toConnection(entries, size, cursor, caller);
  }
}
