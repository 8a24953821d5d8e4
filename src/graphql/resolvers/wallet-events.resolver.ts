import { GraphQLError } from 'graphql';
import { Arg, Ctx, ID, Int, Resolver, Root, Subscription } from 'type-graphql';
import { LedgerEntry } from '../../domain/ledger-entry';
import { SubscriptionContext } from '../subscription-context';
import { WalletUpdateType } from '../types/wallet-update.type';
import { walletEventsArgs } from './wallet-events.args';

@Resolver()
export class WalletEventsResolver {
  @Subscription(() => WalletUpdateType, {
    description:
      "A wallet's changes, oldest first, each exactly once: first those after `afterVersion` (from the store), then each " +
      'new one as it is committed. Without `afterVersion`: changes from now on. Over WebSocket only (graphql-transport-ws ' +
      'or the legacy graphql-ws subprotocol) at /graphql.',
    subscribe: ({ args, context }) => walletEvents(context as SubscriptionContext, args as Record<string, unknown>),
  })
  walletEvents(
    @Root() entry: LedgerEntry,
    @Ctx() { caller }: SubscriptionContext,
    @Arg('walletId', () => ID) _walletId: string,
    @Arg('afterVersion', () => Int, { nullable: true, description: 'The last version you saw: replay from the next one.' })
    _afterVersion?: number | null,
  ): WalletUpdateType {
    return WalletUpdateType.of(entry, caller);
  }
}

async function walletEvents(context: SubscriptionContext, args: Record<string, unknown>): Promise<AsyncIterable<LedgerEntry>> {
  const { walletId, afterVersion } = walletEventsArgs(args);
  const opened = context.wallets?.walletEvents?.(context.caller, walletId, afterVersion);
  if (!opened) throw new GraphQLError('Subscriptions are served over WebSocket at /graphql.', { extensions: { code: 'BAD_REQUEST' } });
  const stream = await opened;
  if ('code' in stream) {
    const argument = 'argument' in stream ? { argument: stream.argument } : {};
    throw new GraphQLError(stream.message, { extensions: { code: stream.code, walletId: stream.walletId, ...argument } });
  }
  return stream;
}
