import { WALLET } from './operations';

/** The hold operations the end-to-end tests send, as a client would write them. */
export const HOLD = 'id walletId currency amount capturedAmount status expiresAt createdAt resolvedAt actor toWalletId';
const FIGURES = `${WALLET} availableBalance heldBalance`;
const ERROR_FIELDS: Record<string, string> = {
  VersionConflict: `walletId expectedVersion actualVersion wallet { ${FIGURES} }`,
  WalletNotFound: 'walletId',
  CurrencyMismatch: 'mismatchedWalletId: walletId walletCurrency givenCurrency',
  InsufficientBalance: `walletId balance available requested wallet { ${FIGURES} }`,
  InvalidAmount: 'rejectedAmount reason',
  SameWallet: 'walletId',
  HoldLimitReached: 'walletId limit',
  HoldNotFound: 'holdId',
  HoldNotPending: 'holdId status',
  CaptureExceedsHold: 'holdId held requested',
  IdempotencyKeyReused: 'idempotencyKey',
};
const errors = (...types: string[]) =>
  ['... on DomainError { code message }', ...types.map((type) => `... on ${type} { ${ERROR_FIELDS[type]} }`)].join('\n    ');

export const PLACE_HOLD = `mutation($walletId: ID!, $amount: Decimal!, $currency: Currency!, $expectedVersion: Int!, $expiresInSeconds: Int!, $to: ID, $key: String,
                $metadata: [MetadataInput!]) {
  result: placeHold(walletId: $walletId, amount: $amount, currency: $currency, expectedVersion: $expectedVersion,
                    expiresInSeconds: $expiresInSeconds, toWalletId: $to, idempotencyKey: $key, metadata: $metadata) {
    __typename
    ... on HoldPlaced { hold { ${HOLD} } wallet { ${FIGURES} } }
    ${errors('VersionConflict', 'WalletNotFound', 'CurrencyMismatch', 'InsufficientBalance', 'InvalidAmount', 'SameWallet', 'HoldLimitReached', 'IdempotencyKeyReused')}
  }
}`;

export const CAPTURE_HOLD = `mutation($holdId: ID!, $amount: Decimal, $expectedVersion: Int!, $key: String, $metadata: [MetadataInput!]) {
  result: captureHold(holdId: $holdId, amount: $amount, expectedVersion: $expectedVersion, idempotencyKey: $key, metadata: $metadata) {
    __typename
    ... on HoldCaptured { amount transferId toWalletId hold { ${HOLD} } wallet { ${FIGURES} } to { ${FIGURES} } }
    ${errors('HoldNotFound', 'HoldNotPending', 'CaptureExceedsHold', 'VersionConflict', 'InvalidAmount', 'IdempotencyKeyReused')}
  }
}`;

export const VOID_HOLD = `mutation($holdId: ID!, $expectedVersion: Int!, $key: String, $metadata: [MetadataInput!]) {
  result: voidHold(holdId: $holdId, expectedVersion: $expectedVersion, idempotencyKey: $key, metadata: $metadata) {
    __typename
    ... on HoldVoided { hold { ${HOLD} } wallet { ${FIGURES} } }
    ${errors('HoldNotFound', 'HoldNotPending', 'VersionConflict', 'IdempotencyKeyReused')}
  }
}`;

export const READ_HOLDS = `query($id: ID!, $status: HoldStatus, $first: Int, $after: String) {
  wallet(id: $id) {
    ${FIGURES}
    holds(status: $status, first: $first, after: $after) {
      edges { cursor node { ${HOLD} } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
    history(first: 30) { edges { node { type version amount balanceAfter availableAfter holdId actor transferId counterpartyWalletId metadata { key value } } } }
  }
}`;

export const READ_HOLD = `query($id: ID!) { hold(id: $id) { ${HOLD} } }`;
