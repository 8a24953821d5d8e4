import { formatMinor, parseAmount } from '../../../src/domain/money';
import { Currency } from '../../../src/domain/currency';
import { Wallet } from '../../../src/domain/wallet';
import { PeerWallets } from './peer-wallets';

/**
 * The plain Apollo peer's whole schema: what a hand-written Apollo Server 5 needs to offer
 * `increaseBalance` with the service's answer shape (a union of success and conflict, each with the
 * wallet), and nothing more. Its documents are checked against this schema by a unit test.
 */
export const PEER_TYPE_DEFS = `#graphql
  type Wallet { id: ID! balance: String! version: Int! }
  type BalanceIncreased { wallet: Wallet! }
  type VersionConflict { actualVersion: Int! wallet: Wallet! }
  union IncreaseBalanceResult = BalanceIncreased | VersionConflict
  type Query { ready: Boolean! }
  type Mutation {
    createWallet: Wallet!
    increaseBalance(walletId: ID!, amount: String!, currency: String!, expectedVersion: Int!): IncreaseBalanceResult
  }
`;

/** What the bench's clients of the Apollo peer send (the same selection as the service's lean client). */
export const PEER_INCREASE = `mutation Increase($walletId: ID!, $amount: String!, $currency: String!, $expectedVersion: Int!) {
  result: increaseBalance(walletId: $walletId, amount: $amount, currency: $currency, expectedVersion: $expectedVersion) {
    __typename
    ... on BalanceIncreased { wallet { id balance version } }
    ... on VersionConflict { actualVersion wallet { id balance version } }
  }
}`;
export const PEER_CREATE = 'mutation Create { result: createWallet { id version } }';

/** The increase a client asks for: the bench's amount, on its wallet, at the version it last saw. */
export interface IncreaseArgs {
  readonly walletId: string;
  readonly amount: string;
  readonly currency: string;
  readonly expectedVersion: number;
}

/** The resolvers: the amount is parsed as the service parses it; an unknown wallet answers null. */
export function peerResolvers(wallets: PeerWallets) {
  const view = (wallet: Wallet) => ({ id: wallet.id, balance: formatMinor(wallet.balance, wallet.currency), version: wallet.version });
  return {
    Query: { ready: () => true },
    IncreaseBalanceResult: {
      __resolveType: (result: { actualVersion?: number }) => (result.actualVersion === undefined ? 'BalanceIncreased' : 'VersionConflict'),
    },
    Mutation: {
      createWallet: async () => view(await wallets.create()),
      increaseBalance: async (_: unknown, args: IncreaseArgs) => {
        const amount = parseAmount(args.amount, args.currency as Currency);
        if (!amount.ok) throw new Error(`Invalid amount: ${amount.problem}`);
        const outcome = await wallets.increase(args.walletId, args.expectedVersion);
        if (outcome.kind === 'not-found') return null;
        const wallet = view(outcome.wallet);
        return outcome.kind === 'increased' ? { wallet } : { actualVersion: wallet.version, wallet };
      },
    },
  };
}
