import 'reflect-metadata';
import { GraphQLSchema } from 'graphql';
import { buildSchema, ContainerType, PubSub } from 'type-graphql';
import { WalletMutationResolver } from './resolvers/wallet-mutation.resolver';
import { WalletResolver } from './resolvers/wallet.resolver';
import { WalletEventsResolver } from './resolvers/wallet-events.resolver';
import { WalletHistoryResolver } from './resolvers/wallet-history.resolver';
import { StatementResolver } from './resolvers/statement.resolver';
import { HoldMutationResolver } from './resolvers/hold-mutation.resolver';
import { WalletHoldsResolver } from './resolvers/wallet-holds.resolver';
import { TransferResolver } from './resolvers/transfer.resolver';
import { WalletUseCases } from '../application/wallet-use-cases';

const RESOLVERS = [
  WalletResolver,
  WalletHistoryResolver,
  StatementResolver,
  WalletMutationResolver,
  WalletHoldsResolver,
  HoldMutationResolver,
  WalletEventsResolver,
  TransferResolver,
] as const;

/**
 * type-graphql wants a PubSub as soon as the schema has a subscription. walletEvents brings its own
 * `subscribe` (the wallet feed, with its store replay), so this one is never asked.
 */
const NO_PUB_SUB: PubSub = {
  publish() {
    throw new Error('Subscriptions read the wallet feed, not a PubSub');
  },
  subscribe() {
    throw new Error('Subscriptions read the wallet feed, not a PubSub');
  },
};

/** The schema, with resolvers built around the given service (absent: only the shape, for printing). */
export function buildWalletSchema(wallets?: WalletUseCases): Promise<GraphQLSchema> {
  const instances = new Map<unknown, unknown>(wallets ? RESOLVERS.map((Resolver) => [Resolver, new Resolver(wallets)]) : []);
  const container: ContainerType = {
    get(someClass) {
      const instance = instances.get(someClass);
      if (!instance) throw new Error(`No resolver instance for ${String(someClass)}`);
      return instance;
    },
  };
  return buildSchema({ resolvers: RESOLVERS, container, validate: false, pubSub: NO_PUB_SUB });
}
