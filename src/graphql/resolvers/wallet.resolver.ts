import { Arg, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { WalletService } from '../../application/wallet.service';
import { LedgerEntryConnection } from '../types/ledger-entry.type';
import { WalletType } from '../types/wallet.type';
import { DEFAULT_PAGE_SIZE, historyCost, pageSize, toConnection, versionOfCursor } from './history-page';
import { walletIdArg } from './input-rules';

@Resolver(() => WalletType)
export class WalletResolver {
  constructor(private readonly wallets: WalletService) {}

  @Query(() => WalletType, { nullable: true, description: 'A strongly consistent read; null when there is no such wallet.' })
  async wallet(@Arg('id', () => ID) id: string): Promise<WalletType | null> {
    const wallet = await this.wallets.getWallet(walletIdArg(id, 'id'));
    return wallet ? WalletType.of(wallet) : null;
  }

  /** Never shows entries newer than the wallet it hangs off, so a page agrees with the balance beside it. */
  @FieldResolver(() => LedgerEntryConnection, { description: 'The ledger, newest first. `first`: 1 to 100.', complexity: historyCost })
  async history(
    @Root() wallet: WalletType,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<LedgerEntryConnection> {
    const size = pageSize(first);
    const cursor = after ?? undefined;
    const beforeVersion = Math.min(cursor === undefined ? Infinity : versionOfCursor(cursor), wallet.version + 1);
    const entries = await this.wallets.history(wallet.id, { first: size + 1, beforeVersion });
    return toConnection(entries, size, cursor);
  }
}
