import { randomUUID } from 'node:crypto';

/**
 * The example operations the Playground opens with, in the order of the README's walk-through: create a
 * wallet, paste its id into the variables, increase, decrease, run the conflict tab twice (the second run is
 * a client that read the same version), read the history, then edit the variables to meet each error, and
 * transfer; then place a hold and capture part of it. Every value a reader is asked to change (id, amount, currency, version) is a variable, so the
 * query text never needs editing. A test validates every tab against schema.graphql.
 */
const WALLET = 'id currency balance version updatedAt';

/** Each error's own fields, so the answer shows what a client needs to recover. */
const ERROR_FIELDS: Record<string, string> = {
  VersionConflict: `walletId expectedVersion actualVersion wallet { ${WALLET} }`,
  WalletNotFound: 'walletId',
  CurrencyMismatch: 'walletId walletCurrency givenCurrency',
  InsufficientBalance: `walletId balance requested wallet { ${WALLET} }`,
  InvalidAmount: 'rejectedAmount reason',
  SameWallet: 'walletId',
  IdempotencyKeyReused: 'idempotencyKey',
  HoldLimitReached: 'walletId limit',
  HoldNotFound: 'holdId',
  HoldNotPending: 'holdId status',
  CaptureExceedsHold: 'holdId held requested',
};
const HELD_WALLET = `${WALLET} availableBalance heldBalance`;
const HOLD = 'id amount capturedAmount status expiresAt toWalletId';
export const HOLD_ID_PLACEHOLDER = 'paste-the-hold-id-from-PlaceHold';
/** Only members of the field's union may be spread (GraphQL refuses the others), so each tab names its own. */
const errors = (...types: string[]) =>
  ['... on DomainError { code message }', ...types.map((type) => `... on ${type} { ${ERROR_FIELDS[type]} }`)].join('\n    ');
const CHANGE_ERRORS = ['VersionConflict', 'WalletNotFound', 'CurrencyMismatch', 'InvalidAmount', 'IdempotencyKeyReused'];

const balanceChange = (
  name: string,
  success: string,
  ...extraErrors: string[]
) => `mutation ${name}($walletId: ID!, $amount: Decimal!, $currency: Currency!, $expectedVersion: Int!, $idempotencyKey: String) {
  ${name[0].toLowerCase()}${name.slice(1)}(walletId: $walletId, amount: $amount, currency: $currency, expectedVersion: $expectedVersion, idempotencyKey: $idempotencyKey) {
    __typename
    ... on ${success} { amount wallet { ${WALLET} } }
    ${errors(...CHANGE_ERRORS, ...extraErrors)}
  }
}`;

const variables = (value: object) => JSON.stringify(value, null, 2);
export const WALLET_ID_PLACEHOLDER = 'paste-the-id-from-CreateWallet';

/**
 * The tabs, made anew for every page: their example idempotency keys are fresh each time, so that a
 * second walk-through (keys live 24 h, in one namespace) is not answered with IdempotencyKeyReused.
 * The decrease and conflict tabs carry no key on purpose: the errors are tried in the decrease tab, and a
 * key would answer its first result (or IdempotencyKeyReused) before any error that depends on the wallet.
 */
export const playgroundTabs = (fresh: () => string = () => randomUUID().slice(0, 8)) => [
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
  {
    name: '7. Place a hold',
    query: `mutation PlaceHold($walletId: ID!, $amount: Decimal!, $currency: Currency!, $expectedVersion: Int!, $expiresInSeconds: Int!, $toWalletId: ID, $idempotencyKey: String) {
  placeHold(walletId: $walletId, amount: $amount, currency: $currency, expectedVersion: $expectedVersion, expiresInSeconds: $expiresInSeconds, toWalletId: $toWalletId, idempotencyKey: $idempotencyKey) {
    __typename
    ... on HoldPlaced { hold { ${HOLD} } wallet { ${HELD_WALLET} } }
    ${errors(...CHANGE_ERRORS, 'InsufficientBalance', 'SameWallet', 'HoldLimitReached')}
  }
}`,
    variables: variables({
      walletId: WALLET_ID_PLACEHOLDER,
      amount: '25.00',
      currency: 'GBP',
      expectedVersion: 4,
      expiresInSeconds: 600,
      idempotencyKey: `hold-${fresh()}`,
    }),
  },
  {
    name: '8. Capture the hold',
    query: `mutation CaptureHold($holdId: ID!, $amount: Decimal, $expectedVersion: Int!, $idempotencyKey: String) {
  captureHold(holdId: $holdId, amount: $amount, expectedVersion: $expectedVersion, idempotencyKey: $idempotencyKey) {
    __typename
    ... on HoldCaptured { amount hold { ${HOLD} } wallet { ${HELD_WALLET} } }
    ${errors('HoldNotFound', 'HoldNotPending', 'CaptureExceedsHold', 'VersionConflict', 'InvalidAmount', 'IdempotencyKeyReused')}
  }
}`,
    variables: variables({ holdId: HOLD_ID_PLACEHOLDER, amount: '10.00', expectedVersion: 5, idempotencyKey: `capture-${fresh()}` }),
  },
  {
    // Runs over WebSocket on the same /graphql: keep it open, change the wallet in another tab, see the event.
    name: '9. Live wallet (subscription)',
    query: `subscription WalletEvents($walletId: ID!, $afterVersion: Int) {
  walletEvents(walletId: $walletId, afterVersion: $afterVersion) {
    version balance
    entry { type amount occurredAt transferId counterpartyWalletId }
  }
}`,
    variables: variables({ walletId: WALLET_ID_PLACEHOLDER, afterVersion: 0 }),
  },
  {
    name: '10. Finance: statement, balance at',
    query: `query Statement($walletId: ID!, $from: DateTime!, $to: DateTime!) {
  wallet(id: $walletId) {
    balanceAt(at: $to) {
      __typename
      ... on BalanceAsOf { balance available version changedAt }
      ... on WalletDidNotExistYet { createdAt }
    }
    statement(from: $from, to: $to) {
      openingBalance moneyIn moneyOut closingBalance
      entries(first: 20) {
        edges { node { occurredAt version type amount balanceAfter transferId reversalOf metadata { key value } } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
}`,
    variables: variables({ walletId: WALLET_ID_PLACEHOLDER, from: '2026-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z' }),
  },
];
