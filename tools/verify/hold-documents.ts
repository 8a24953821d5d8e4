import { toDecimal } from './decimal';
import { HoldSpec } from './hold-ops';

/**
 * The GraphQL of the hold operations, written as a client of schema.graphql would write it. Each answer
 * asks for the wallet states it carries, with the read-time figures the checker judges against the
 * ledger, and for the hold as it stands (its expiry, to know when a capture must be refused).
 */
export const WALLET_WITH_FIGURES = '{ id ownerId balance availableBalance heldBalance version }';
const HOLD = '{ id status expiresAt amount capturedAmount }';
const CONFLICT = `... on VersionConflict { expectedVersion actualVersion wallet ${WALLET_WITH_FIGURES} }`;
const HOLD_ERRORS = `... on DomainError { code } ... on HoldNotFound { holdId } ... on HoldNotPending { status } ${CONFLICT}`;

const PLACE = `mutation PlaceHold($walletId: ID!, $amount: Decimal!, $expectedVersion: Int!, $expiresInSeconds: Int!, $toWalletId: ID, $key: String) {
  result: placeHold(walletId: $walletId, amount: $amount, currency: GBP, expectedVersion: $expectedVersion,
      expiresInSeconds: $expiresInSeconds, toWalletId: $toWalletId, idempotencyKey: $key) {
    __typename ... on HoldPlaced { hold ${HOLD} wallet ${WALLET_WITH_FIGURES} }
    ... on DomainError { code } ... on WalletNotFound { walletId } ${CONFLICT}
  }
}`;

const CAPTURE = `mutation CaptureHold($holdId: ID!, $amount: Decimal, $expectedVersion: Int!, $key: String) {
  result: captureHold(holdId: $holdId, amount: $amount, expectedVersion: $expectedVersion, idempotencyKey: $key) {
    __typename ... on HoldCaptured { hold ${HOLD} wallet ${WALLET_WITH_FIGURES} transferId toWalletId to ${WALLET_WITH_FIGURES} }
    ${HOLD_ERRORS}
  }
}`;

const VOID = `mutation VoidHold($holdId: ID!, $expectedVersion: Int!, $key: String) {
  result: voidHold(holdId: $holdId, expectedVersion: $expectedVersion, idempotencyKey: $key) {
    __typename ... on HoldVoided { hold ${HOLD} wallet ${WALLET_WITH_FIGURES} } ${HOLD_ERRORS}
  }
}`;

export function holdRequestOf(spec: HoldSpec): { query: string; variables: Record<string, unknown> } {
  const { key, expectedVersion } = spec;
  switch (spec.type) {
    case 'placeHold': {
      const { walletId, amount, expiresInSeconds, toWalletId } = spec;
      return { query: PLACE, variables: { walletId, amount: toDecimal(amount), expectedVersion, expiresInSeconds, toWalletId, key } };
    }
    case 'captureHold': {
      const amount = spec.amount === undefined ? undefined : toDecimal(spec.amount);
      return { query: CAPTURE, variables: { holdId: spec.holdId, amount, expectedVersion, key } };
    }
    case 'voidHold':
      return { query: VOID, variables: { holdId: spec.holdId, expectedVersion, key } };
  }
}

/** The success member each hold operation expects. */
export const HOLD_SUCCESS_TYPES: Record<HoldSpec['type'], string> = {
  placeHold: 'HoldPlaced',
  captureHold: 'HoldCaptured',
  voidHold: 'HoldVoided',
};
