import { OpSpec } from './op-log';
import { toDecimal } from './decimal';

/**
 * The GraphQL the harness sends, written as a client of schema.graphql would write it. Every
 * answer asks for the wallet states it carries (id, owner, balance, version): the checker compares
 * each state a client was shown with the final ledger, and its owner with the client's user.
 */
const WALLET = '{ id ownerId balance version }';
const ERRORS = `... on DomainError { code } ... on WalletNotFound { walletId } ... on VersionConflict { expectedVersion actualVersion wallet ${WALLET} }`;

const CREATE = `mutation Create($key: String) {
  result: createWallet(currency: GBP, idempotencyKey: $key) { __typename ... on WalletCreated { wallet ${WALLET} } ... on DomainError { code } }
}`;

const change = (
  field: string,
  success: string,
) => `mutation Change($walletId: ID!, $amount: Decimal!, $currency: Currency!, $expectedVersion: Int!, $key: String) {
  result: ${field}(walletId: $walletId, amount: $amount, currency: $currency, expectedVersion: $expectedVersion, idempotencyKey: $key) {
    __typename ... on ${success} { wallet ${WALLET} } ${ERRORS}
  }
}`;

const TRANSFER = `mutation Transfer($from: ID!, $to: ID!, $amount: Decimal!, $expectedVersion: Int!, $key: String) {
  result: transfer(fromWalletId: $from, toWalletId: $to, amount: $amount, currency: GBP, expectedVersion: $expectedVersion, idempotencyKey: $key) {
    __typename ... on MoneyTransferred { transferId from ${WALLET} toWalletId to ${WALLET} } ${ERRORS}
  }
}`;

const READ = `query Read($id: ID!) { wallet(id: $id) ${WALLET} }`;

export function requestOf(spec: OpSpec): { query: string; variables: Record<string, unknown> } {
  switch (spec.type) {
    case 'create':
      return { query: CREATE, variables: { key: spec.key } };
    case 'increase':
    case 'decrease': {
      const { walletId, amount, expectedVersion, key, currency = 'GBP' } = spec;
      const query =
        spec.type === 'increase' ? change('increaseBalance', 'BalanceIncreased') : change('decreaseBalance', 'BalanceDecreased');
      return { query, variables: { walletId, amount: toDecimal(amount), currency, expectedVersion, key } };
    }
    case 'transfer': {
      const { from, to, amount, expectedVersion, key } = spec;
      return { query: TRANSFER, variables: { from, to, amount: toDecimal(amount), expectedVersion, key } };
    }
    case 'read':
      return { query: READ, variables: { id: spec.walletId } };
  }
}
