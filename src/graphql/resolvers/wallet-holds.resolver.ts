import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { WalletUseCases } from '../../application/wallet-use-cases';
import { HoldStatus } from '../../domain/hold';
import { formatMinor } from '../../domain/money';
import { RequestContext } from '../request-context';
import { DecimalScalar } from '../scalars/decimal.scalar';
import { HoldStatusEnum } from '../types/enums';
import { HoldConnection, HoldType } from '../types/hold.type';
import { WalletType } from '../types/wallet.type';
import { DEFAULT_PAGE_SIZE, historyCost, pageSize } from './history-page';
import { ordinalOfCursor, toHoldConnection } from './holds-page';
import { holdIdArg } from './input-rules';

/** A wallet's holds and the figures they make, read at the moment of the request by the service's clock. */
@Resolver(() => WalletType)
export class WalletHoldsResolver {
  constructor(private readonly wallets: WalletUseCases) {}

  @Query(() => HoldType, {
    nullable: true,
    description: 'A strongly consistent read; null when there is no such hold, or it is not yours.',
  })
  async hold(@Arg('id', () => ID) id: string, @Ctx() { caller }: RequestContext): Promise<HoldType | null> {
    const hold = await this.wallets.getHold(caller, holdIdArg(id, 'id'));
    return hold ? HoldType.of(hold) : null;
  }

  @FieldResolver(() => DecimalScalar, {
    description: 'The balance minus the pending holds, now: what a decrease, a transfer or a hold may take.',
  })
  availableBalance(@Root() wallet: WalletType): string {
    return formatMinor(this.figuresOf(wallet).available, wallet.currency);
  }

  @FieldResolver(() => DecimalScalar, { description: 'The sum of the pending holds, now (a hold past its expiry holds nothing).' })
  heldBalance(@Root() wallet: WalletType): string {
    return formatMinor(this.figuresOf(wallet).held, wallet.currency);
  }

  /**
   * One clock reading per wallet in an answer: available and held are asked by two field resolvers, and a
   * hold expiring between them would show figures that do not add up to the balance.
   */
  private figuresOf(wallet: WalletType): { readonly held: bigint; readonly available: bigint } {
    wallet.figuresNow ??= this.wallets.figures({ balance: wallet.balanceMinor, pendingHolds: wallet.pendingHolds });
    return wallet.figuresNow;
  }

  @FieldResolver(() => HoldConnection, {
    description: 'Its holds, newest first. `first`: 1 to 100; `status`: as shown now.',
    complexity: historyCost,
  })
  async holds(
    @Root() wallet: WalletType,
    @Ctx() { caller }: RequestContext,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('status', () => HoldStatusEnum, { nullable: true }) status?: HoldStatus | null,
  ): Promise<HoldConnection> {
    const query = { first: pageSize(first), afterOrdinal: after == null ? undefined : ordinalOfCursor(after), status: status ?? undefined };
    return toHoldConnection(await this.wallets.holdsOf(caller, wallet, query), after ?? undefined);
  }
}
