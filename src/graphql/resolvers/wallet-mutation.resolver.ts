import { Args, Ctx, Mutation, Resolver } from 'type-graphql';
import { isNotPermitted } from '../../application/create-wallet.use-case';
import { WalletUseCases } from '../../application/wallet-use-cases';
import { forbidden, OWNER_ID_NEEDS_ADMIN } from '../forbidden';
import { toResult } from '../outcome.mapper';
import { RequestContext } from '../request-context';
import {
  CreateWalletResult,
  DecreaseBalanceResult,
  IncreaseBalanceResult,
  ReverseTransferResult,
  TransferResult,
} from '../types/results.union';
import { ReverseTransferArgs } from './reverse-transfer.args';
import { BalanceChangeArgs, CreateWalletArgs, TransferArgs } from './mutation.args';

@Resolver()
export class WalletMutationResolver {
  constructor(private readonly wallets: WalletUseCases) {}

  @Mutation(() => CreateWalletResult, {
    description: 'Create wallet -> WalletCreated: balance 0, version 0, owned by you (or by `ownerId`: scope wallet:admin only).',
  })
  async createWallet(@Args() args: CreateWalletArgs, @Ctx() { caller }: RequestContext) {
    const outcome = await this.wallets.createWallet(caller, args.toCommand(caller.id));
    if (isNotPermitted(outcome)) throw forbidden(OWNER_ID_NEEDS_ADMIN, 'ownerId');
    return toResult(outcome, caller);
  }

  @Mutation(() => IncreaseBalanceResult, {
    description: 'Increase balance -> BalanceIncreased (version + 1, and + 1 more for each expired hold it releases first).',
  })
  async increaseBalance(@Args() args: BalanceChangeArgs, @Ctx() { caller }: RequestContext) {
    return toResult(await this.wallets.increaseBalance(caller, args.toCommand()), caller);
  }

  @Mutation(() => DecreaseBalanceResult, {
    description:
      'Decrease balance -> BalanceDecreased (version + 1, and + 1 more for each expired hold it releases first). The balance may reach 0, never below.',
  })
  async decreaseBalance(@Args() args: BalanceChangeArgs, @Ctx() { caller }: RequestContext) {
    return toResult(await this.wallets.decreaseBalance(caller, args.toCommand()), caller);
  }

  @Mutation(() => TransferResult, {
    description: 'Move money from your wallet to any wallet of one currency, atomically. expectedVersion guards the source.',
  })
  async transfer(@Args() args: TransferArgs, @Ctx() { caller }: RequestContext) {
    return toResult(await this.wallets.transfer(caller, args.toCommand()), caller);
  }

  @Mutation(() => ReverseTransferResult, {
    description:
      "Refund (part of) a transfer: money goes back from its payee to its payer. Only the payee's owner or an operator may; " +
      "expectedVersion guards the payee's wallet. Reversals of one transfer never add up to more than it moved.",
  })
  async reverseTransfer(@Args() args: ReverseTransferArgs, @Ctx() { caller }: RequestContext) {
    return toResult(await this.wallets.reverseTransfer(caller, args.toCommand()), caller);
  }
}
