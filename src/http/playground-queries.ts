// The pieces the Playground's tabs are written with: selections of a wallet, a hold, each error's own fields.

export const WALLET = 'id currency balance version updatedAt';

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
export const HELD_WALLET = `${WALLET} availableBalance heldBalance`;
export const HOLD = 'id amount capturedAmount status expiresAt toWalletId';
export const HOLD_ID_PLACEHOLDER = 'paste-the-hold-id-from-PlaceHold';
/** Only members of the field's union may be spread (GraphQL refuses the others), so each tab names its own. */
export const errors = (...types: string[]) =>
  ['... on DomainError { code message }', ...types.map((type) => `... on ${type} { ${ERROR_FIELDS[type]} }`)].join('\n    ');
export const CHANGE_ERRORS = ['VersionConflict', 'WalletNotFound', 'CurrencyMismatch', 'InvalidAmount', 'IdempotencyKeyReused'];

export const balanceChange = (
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

export const variables = (value: object) => JSON.stringify(value, null, 2);
export const WALLET_ID_PLACEHOLDER = 'paste-the-id-from-CreateWallet';
