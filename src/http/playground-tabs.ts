import { randomUUID } from 'node:crypto';

/**
 * The example operations the Playground opens with. A walk-through in the README uses them:
 * create a wallet, paste its id into the variables, then increase, decrease and read it; open the
 * conflict tab twice with the same expectedVersion to watch the second write come back as VersionConflict.
 */
const WALLET_FIELDS = 'id currency balance version updatedAt';
const ERROR_FIELDS = `... on DomainError { __typename code message }
    ... on VersionConflict { expectedVersion actualVersion wallet { ${WALLET_FIELDS} } }
    ... on InsufficientBalance { balance requested }
    ... on CurrencyMismatch { walletCurrency givenCurrency }`;

const balanceChange = (name: string, success: string) => `mutation ${name}($walletId: ID!, $amount: Decimal!, $expectedVersion: Int!, $idempotencyKey: String) {
  ${name[0].toLowerCase()}${name.slice(1)}(walletId: $walletId, amount: $amount, currency: GBP, expectedVersion: $expectedVersion, idempotencyKey: $idempotencyKey) {
    __typename
    ... on ${success} { amount wallet { ${WALLET_FIELDS} } }
    ${ERROR_FIELDS}
  }
}`;

const variables = (value: object) => JSON.stringify(value, null, 2);
const WALLET_ID = 'paste-the-id-from-CreateWallet';

/**
 * The tabs, made anew for every page: their example idempotency keys are fresh each time, so that a
 * second walk-through (keys live 24 h, in one namespace) is not answered with IdempotencyKeyReused.
 */
export const playgroundTabs = (fresh: () => string = () => randomUUID().slice(0, 8)) => [
  {
    name: '1. Create wallet',
    query: `mutation CreateWallet {
  createWallet(currency: GBP) {
    __typename
    ... on WalletCreated { wallet { ${WALLET_FIELDS} createdAt } }
  }
}`,
  },
  {
    name: '2. Increase balance',
    query: balanceChange('IncreaseBalance', 'BalanceIncreased'),
    variables: variables({ walletId: WALLET_ID, amount: '100.50', expectedVersion: 0, idempotencyKey: `deposit-${fresh()}` }),
  },
  {
    name: '3. Decrease balance',
    query: balanceChange('DecreaseBalance', 'BalanceDecreased'),
    variables: variables({ walletId: WALLET_ID, amount: '20.25', expectedVersion: 1 }),
  },
  {
    name: '4. Read wallet and history',
    query: `query Wallet($id: ID!) {
  wallet(id: $id) {
    ${WALLET_FIELDS} createdAt
    history(first: 20) {
      edges { cursor node { version type amount balanceAfter occurredAt transferId counterpartyWalletId idempotencyKey } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`,
    variables: variables({ id: WALLET_ID }),
  },
  {
    name: '5. Conflict: run me twice',
    query: balanceChange('IncreaseBalance', 'BalanceIncreased'),
    variables: variables({ walletId: WALLET_ID, amount: '5.00', expectedVersion: 2 }),
  },
  {
    name: '6. Transfer',
    query: `mutation Transfer($from: ID!, $to: ID!, $amount: Decimal!, $expectedVersion: Int!, $idempotencyKey: String) {
  transfer(fromWalletId: $from, toWalletId: $to, amount: $amount, currency: GBP, expectedVersion: $expectedVersion, idempotencyKey: $idempotencyKey) {
    __typename
    ... on MoneyTransferred { transferId amount from { ${WALLET_FIELDS} } to { ${WALLET_FIELDS} } }
    ... on SameWallet { walletId }
    ... on IdempotencyKeyReused { idempotencyKey }
    ${ERROR_FIELDS}
  }
}`,
    variables: variables({ from: WALLET_ID, to: 'paste-a-second-GBP-wallet-id', amount: '10.00', expectedVersion: 3, idempotencyKey: `transfer-${fresh()}` }),
  },
];
