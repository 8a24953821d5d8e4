import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { WalletUseCases } from '../../application/wallet-use-cases';
import { RequestContext } from '../request-context';
import { TransferType } from '../types/transfer.type';
import { walletIdArg } from './input-rules';

@Resolver(() => TransferType)
export class TransferResolver {
  constructor(private readonly wallets: WalletUseCases) {}

  @Query(() => TransferType, {
    nullable: true,
    description: 'A strongly consistent read; null when there is no such transfer, or neither of its wallets is yours.',
  })
  async transfer(@Arg('id', () => ID) id: string, @Ctx() { caller }: RequestContext): Promise<TransferType | null> {
    const record = await this.wallets.getTransfer(caller, walletIdArg(id, 'id'));
    return record ? TransferType.of(record) : null;
  }
}
