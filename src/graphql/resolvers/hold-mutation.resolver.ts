import { Args, Ctx, Mutation, Resolver } from 'type-graphql';
import { WalletUseCases } from '../../application/wallet-use-cases';
import { toResult } from '../outcome.mapper';
import { RequestContext } from '../request-context';
import { CaptureHoldResult, PlaceHoldResult, VoidHoldResult } from '../types/results.union';
import { CaptureHoldArgs, PlaceHoldArgs, VoidHoldArgs } from './hold.args';

@Resolver()
export class HoldMutationResolver {
  constructor(private readonly wallets: WalletUseCases) {}

  @Mutation(() => PlaceHoldResult, {
    description:
      'Reserve money of your wallet until it is captured, voided or expires -> HoldPlaced. The balance stays; the available ' +
      'balance drops. With toWalletId, a payment authorised to that wallet.',
  })
  async placeHold(@Args() args: PlaceHoldArgs, @Ctx() { caller }: RequestContext) {
    return toResult(await this.wallets.placeHold(caller, args.toCommand()), caller);
  }

  @Mutation(() => CaptureHoldResult, {
    description: 'Capture all or part of a pending hold -> HoldCaptured; the rest is released at once. expectedVersion: the held wallet.',
  })
  async captureHold(@Args() args: CaptureHoldArgs, @Ctx() { caller }: RequestContext) {
    return toResult(await this.wallets.captureHold(caller, args.toCommand()), caller);
  }

  @Mutation(() => VoidHoldResult, { description: 'Release a pending hold -> HoldVoided. expectedVersion: the held wallet.' })
  async voidHold(@Args() args: VoidHoldArgs, @Ctx() { caller }: RequestContext) {
    return toResult(await this.wallets.voidHold(caller, args.toCommand()), caller);
  }
}
