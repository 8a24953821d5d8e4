import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { WalletUseCases } from '../../application/wallet-use-cases';
import { windowProblem } from '../../domain/statement';
import { badUserInput } from '../bad-user-input';
import { unlessUnavailable } from '../history-unavailable';
import { RequestContext } from '../request-context';
import { DateTimeScalar } from '../scalars/date-time.scalar';
import { asOfArg } from './input-rules';
import { BalanceAsOfType, BalanceAtResult } from '../types/balance-at.union';
import { StatementType } from '../types/statement.type';
import { WalletType } from '../types/wallet.type';

/** A statement costs its two positions and, through `entries`, its page. */
const STATEMENT_COST = 10;

/** The wallet's money history as of a moment, and between two: each read bounded, none a scan. */
@Resolver(() => WalletType)
export class WalletHistoryResolver {
  constructor(private readonly wallets: WalletUseCases) {}

  @FieldResolver(() => BalanceAtResult, {
    nullable: true,
    description:
      'The balance and version as of a moment (after every entry strictly before `at`) or of a version: give exactly one. ' +
      'One bounded read. Moments within the last second may not see the newest change yet (the time index is eventually consistent).',
  })
  async balanceAt(
    @Root() wallet: WalletType,
    @Ctx() { caller }: RequestContext,
    @Arg('at', () => DateTimeScalar, { nullable: true }) at?: string | null,
    @Arg('version', () => Int, { nullable: true }) version?: number | null,
  ) {
    const position = await unlessUnavailable(this.wallets.balanceAt(caller, wallet, asOfArg(at, version, wallet.version)));
    return position ? BalanceAsOfType.of(position, wallet) : null;
  }

  @FieldResolver(() => StatementType, {
    nullable: true,
    description: 'Opening and closing balance of [from, to), money in and out, and its entries (oldest first). At most 366 days.',
    complexity: ({ childComplexity }) => STATEMENT_COST + childComplexity,
  })
  async statement(
    @Root() wallet: WalletType,
    @Ctx() { caller }: RequestContext,
    @Arg('from', () => DateTimeScalar) from: string,
    @Arg('to', () => DateTimeScalar) to: string,
  ): Promise<StatementType | null> {
    const problem = windowProblem(from, to);
    if (problem) throw badUserInput(problem, 'to');
    const statement = await unlessUnavailable(this.wallets.statement(caller, wallet, from, to));
    return statement ? StatementType.of(statement) : null;
  }
}
