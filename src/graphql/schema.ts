import 'reflect-metadata';
import { GraphQLSchema } from 'graphql';
import { buildSchema, ContainerType } from 'type-graphql';
import { WalletMutationResolver } from './resolvers/wallet-mutation.resolver';
import { WalletResolver } from './resolvers/wallet.resolver';
import { WalletHistoryResolver } from './resolvers/wallet-history.resolver';
import { StatementResolver } from './resolvers/statement.resolver';
import { HoldMutationResolver } from './resolvers/hold-mutation.resolver';
import { WalletHoldsResolver } from './resolvers/wallet-holds.resolver';
import { WalletService } from '../application/wallet.service';

export const RESOLVERS = [
  WalletResolver,
  WalletHistoryResolver,
  StatementResolver,
  WalletMutationResolver,
  WalletHoldsResolver,
  HoldMutationResolver,
] as const;

/** The schema, with resolvers built around the given service (absent: only the shape, for printing). */
export function buildWalletSchema(wallets?: WalletService): Promise<GraphQLSchema> {
  const instances = new Map<unknown, unknown>(wallets ? RESOLVERS.map((Resolver) => [Resolver, new Resolver(wallets)]) : []);
  const container: ContainerType = {
    get(someClass) {
      const instance = instances.get(someClass);
      if (!instance) throw new Error(`No resolver instance for ${String(someClass)}`);
      return instance;
    },
  };
  return buildSchema({ resolvers: RESOLVERS, container, validate: false });
}
