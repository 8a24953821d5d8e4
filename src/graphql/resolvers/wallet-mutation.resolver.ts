import { Args, Mutation, Resolver } from 'type-graphql';
import { WalletService } from '../../application/wallet.service';
import { toResult } from '../outcome.mapper';
import { CreateWalletResult, DecreaseBalanceResult, IncreaseBalanceResult, TransferResult } from '../types/results.union';
import { BalanceChangeArgs, CreateWalletArgs, TransferArgs } from './mutation.args';

@Resolver()
export class WalletMutationResolver {
  constructor(private readonly wallets: WalletService) {}

  @Mutation(() => CreateWalletResult, { description: 'Create wallet -> WalletCreated: balance 0, version 0.' })
  async createWallet(@Args() args: CreateWalletArgs) {
    return toResult(await this.wallets.createWallet(args.toCommand()));
  }

  @Mutation(() => IncreaseBalanceResult, { description: 'Increase balance -> BalanceIncreased (version + 1).' })
  async increaseBalance(@Args() args: BalanceChangeArgs) {
    return toResult(await this.wallets.increaseBalance(args.toCommand()));
  }

  @Mutation(() => DecreaseBalanceResult, { description: 'Decrease balance -> BalanceDecreased (version + 1). The balance may reach 0, never below.' })
  async decreaseBalance(@Args() args: BalanceChangeArgs) {
    return toResult(await this.wallets.decreaseBalance(args.toCommand()));
  }

  @Mutation(() => TransferResult, { description: 'Move money between two wallets of one currency, atomically. expectedVersion guards the source.' })
  async transfer(@Args() args: TransferArgs) {
    return toResult(await this.wallets.transfer(args.toCommand()));
  }
}
