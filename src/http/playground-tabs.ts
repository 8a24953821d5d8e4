import { randomUUID } from 'node:crypto';
import { advancedTabs } from './playground-advanced-tabs';
import { balanceChange, CHANGE_ERRORS, errors, variables, WALLET, WALLET_ID_PLACEHOLDER } from './playground-queries';

/**
 * The example operations the Playground opens with, in the order of the README's walk-through: create a
 * wallet, paste its id into the variables, increase, decrease, run the conflict tab twice (the second run is
 * a client that read the same version), read the history, then edit the variables to meet each error, and
 * transfer; then place a hold and capture part of it. Every value a reader is asked to change (id, amount, currency, version) is a variable, so the
 * query text never needs editing. A test validates every tab against schema.graphql.
 *
 * Made anew for every page: their example idempotency keys are fresh each time, so that a
 * second walk-through (keys live 24 h, in one namespace) is not answered with IdempotencyKeyReused.
 * The decrease and conflict tabs carry no key on purpose: the errors are tried in the decrease tab, and a
 * key would answer its first result (or IdempotencyKeyReused) before any error that depends on the wallet.
 */
export const playgroundTabs = (fresh: () => string = () => randomUUID().slice(0, 8), now = new Date()) => [
  ...basicTabs(fresh),
  ...advancedTabs(fresh, now),
];

/** Tabs 1 to 6: a wallet's life, the conflict, history, and a transfer. */
const basicTabs = (fresh: () => string) => [
  {
    name: '1. Create wallet',
    query: `mutation CreateWallet($currency: Currency!) {
  createWallet(currency: $currency) {
    __typename
    ... on WalletCreated { wallet { ${WALLET} createdAt } }
    ${errors('IdempotencyKeyReused')}
  }
}`,
    variables: variables({ currency: 'GBP' }),
  },
  {
    name: '2. Increase balance',
    query: balanceChange('IncreaseBalance', 'BalanceIncreased'),
    variables: variables({
      walletId: WALLET_ID_PLACEHOLDER,
      amount: '100.50',
      currency: 'GBP',
      expectedVersion: 0,
      idempotencyKey: `deposit-${fresh()}`,
    }),
  },
  {
    name: '3. Decrease balance',
    query: balanceChange('DecreaseBalance', 'BalanceDecreased', 'InsufficientBalance'),
    variables: variables({ walletId: WALLET_ID_PLACEHOLDER, amount: '20.25', currency: 'GBP', expectedVersion: 1 }),
  },
  {
    name: '4. Conflict: run me twice',
    query: balanceChange('IncreaseBalance', 'BalanceIncreased'),
    variables: variables({ walletId: WALLET_ID_PLACEHOLDER, amount: '5.00', currency: 'GBP', expectedVersion: 2 }),
  },
  {
    name: '5. Read wallet and history',
    query: `query Wallet($walletId: ID!) {
  wallet(id: $walletId) {
    ${WALLET} createdAt
    history(first: 20) {
      edges { cursor node { version type amount balanceAfter occurredAt transferId counterpartyWalletId idempotencyKey } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`,
    variables: variables({ walletId: WALLET_ID_PLACEHOLDER }),
  },
  {
    name: '6. Transfer',
    query: `mutation Transfer($fromWalletId: ID!, $toWalletId: ID!, $amount: Decimal!, $currency: Currency!, $expectedVersion: Int!, $idempotencyKey: String) {
  transfer(fromWalletId: $fromWalletId, toWalletId: $toWalletId, amount: $amount, currency: $currency, expectedVersion: $expectedVersion, idempotencyKey: $idempotencyKey) {
    __typename
    ... on MoneyTransferred { transferId amount from { ${WALLET} } to { ${WALLET} } }
    ${errors(...CHANGE_ERRORS, 'InsufficientBalance', 'SameWallet')}
  }
}`,
    variables: variables({
      fromWalletId: WALLET_ID_PLACEHOLDER,
      toWalletId: 'paste-a-second-GBP-wallet-id',
      amount: '10.00',
      currency: 'GBP',
      expectedVersion: 3,
      idempotencyKey: `transfer-${fresh()}`,
    }),
  },
];
