/** The operations the end-to-end tests send, as a client would write them. */
export const WALLET = 'id ownerId currency balance version createdAt updatedAt';
const ERROR_FIELDS: Record<string, string> = {
  VersionConflict: `walletId expectedVersion actualVersion wallet { ${WALLET} }`,
  WalletNotFound: 'walletId',
  CurrencyMismatch: 'mismatchedWalletId: walletId walletCurrency givenCurrency',
  InsufficientBalance: `walletId balance requested wallet { ${WALLET} }`,
  InvalidAmount: 'rejectedAmount reason',
  SameWallet: 'walletId',
  IdempotencyKeyReused: 'idempotencyKey',
};
/** A spread per union member (GraphQL refuses a spread of a type that cannot occur there). */
const errors = (...types: string[]) =>
  ['... on DomainError { code message }', ...types.map((type) => `... on ${type} { ${ERROR_FIELDS[type]} }`)].join('\n  ');
const BALANCE_ERRORS = ['VersionConflict', 'WalletNotFound', 'CurrencyMismatch', 'InvalidAmount', 'IdempotencyKeyReused'];

export const CREATE = `mutation($currency: Currency!, $key: String, $ownerId: ID) {
  result: createWallet(currency: $currency, idempotencyKey: $key, ownerId: $ownerId) { __typename ... on WalletCreated { wallet { ${WALLET} } } ${errors('IdempotencyKeyReused')} }
}`;

const change = (
  field: string,
  success: string,
  ...extraErrors: string[]
) => `mutation($walletId: ID!, $amount: Decimal!, $currency: Currency!, $expectedVersion: Int!, $key: String) {
  result: ${field}(walletId: $walletId, amount: $amount, currency: $currency, expectedVersion: $expectedVersion, idempotencyKey: $key) {
    __typename ... on ${success} { amount wallet { ${WALLET} } } ${errors(...BALANCE_ERRORS, ...extraErrors)}
  }
}`;
export const INCREASE = change('increaseBalance', 'BalanceIncreased');
export const DECREASE = change('decreaseBalance', 'BalanceDecreased', 'InsufficientBalance');

export const TRANSFER = `mutation($from: ID!, $to: ID!, $amount: Decimal!, $currency: Currency!, $expectedVersion: Int!, $key: String) {
  result: transfer(fromWalletId: $from, toWalletId: $to, amount: $amount, currency: $currency, expectedVersion: $expectedVersion, idempotencyKey: $key) {
    __typename ... on MoneyTransferred { transferId amount toWalletId from { ${WALLET} } to { ${WALLET} } }
    ${errors(...BALANCE_ERRORS, 'InsufficientBalance', 'SameWallet')}
  }
}`;

export const READ = `query($id: ID!, $first: Int, $after: String) {
  wallet(id: $id) {
    ${WALLET}
    history(first: $first, after: $after) {
      edges { cursor node { id walletId type version amount balanceAfter occurredAt actor transferId counterpartyWalletId idempotencyKey } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
}`;

export const WALLETS = `query($first: Int, $after: String, $ownerId: ID) {
  wallets(first: $first, after: $after, ownerId: $ownerId) {
    edges { cursor node { ${WALLET} } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

export const INCREASE_WITH_METADATA = `mutation($walletId: ID!, $amount: Decimal!, $expectedVersion: Int!, $metadata: [MetadataInput!]) {
  result: increaseBalance(walletId: $walletId, amount: $amount, currency: GBP, expectedVersion: $expectedVersion, metadata: $metadata) {
    __typename ... on BalanceIncreased { wallet { ${WALLET} } } ... on DomainError { code message }
  }
}`;

export const REVERSE = `mutation($transferId: ID!, $amount: Decimal, $expectedVersion: Int!, $key: String, $reason: String) {
  result: reverseTransfer(transferId: $transferId, amount: $amount, expectedVersion: $expectedVersion, idempotencyKey: $key, reason: $reason) {
    __typename
    ... on TransferReversed { reversalId reversalOf amount remaining toWalletId from { ${WALLET} } to { ${WALLET} } }
    ... on ReversalExceedsTransfer { transferId remaining }
    ... on TransferNotFound { transferId }
    ${errors('VersionConflict', 'InsufficientBalance', 'InvalidAmount', 'IdempotencyKeyReused')}
  }
}`;

const ENTRY = 'id type version amount balanceAfter occurredAt transferId reversalOf counterpartyWalletId metadata { key value }';

export const STATEMENT = `query($id: ID!, $from: DateTime!, $to: DateTime!, $first: Int, $after: String) {
  wallet(id: $id) {
    statement(from: $from, to: $to) {
      walletId currency from to openingBalance moneyIn moneyOut closingBalance openingVersion closingVersion final
      entries(first: $first, after: $after) { edges { cursor node { ${ENTRY} } } pageInfo { hasNextPage endCursor } }
    }
  }
}`;

export const BALANCE_AT = `query($id: ID!, $at: DateTime, $version: Int) {
  wallet(id: $id) {
    balanceAt(at: $at, version: $version) {
      __typename ... on BalanceAsOf { balance available version changedAt final } ... on WalletDidNotExistYet { createdAt }
    }
  }
}`;

export const FILTERED_HISTORY = `query($id: ID!, $first: Int, $after: String, $filter: HistoryFilter) {
  wallet(id: $id) {
    history(first: $first, after: $after, filter: $filter) {
      edges { cursor node { ${ENTRY} } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;
