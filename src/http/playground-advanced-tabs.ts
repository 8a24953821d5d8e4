import { CHANGE_ERRORS, errors, HELD_WALLET, HOLD, HOLD_ID_PLACEHOLDER, variables, WALLET_ID_PLACEHOLDER } from './playground-queries';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The statement tab's window: the 30 whole UTC days up to the end of today, so it shows what the walk-through just did. */
export function recentWindow(now: Date): { from: string; to: string } {
  const end = Math.floor(now.getTime() / DAY_MS) * DAY_MS + DAY_MS;
  const text = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
  return { from: text(end - 30 * DAY_MS), to: text(end) };
}

/** Tabs 7 to 10: a hold placed and captured, a live subscription, a statement and a past balance (as of `now`). */
export const advancedTabs = (fresh: () => string, now: Date) => [
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
    variables: variables({ walletId: WALLET_ID_PLACEHOLDER, ...recentWindow(now) }),
  },
];
