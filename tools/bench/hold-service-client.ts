import { formatMoney } from '../../src/domain/money';
import { field } from '../kit/http-client';
import { AMOUNT } from './baseline';
import { LoadClient } from './closed-loop';
import { HOLD_EXPIRY_SECONDS, HOLD_FUNDING } from './hold-baseline';
import { ServiceClient } from './service-client';

/** What a lean client of holds asks for: the hold's id and the version to base the next change on. */
const FUND = `mutation Fund($walletId: ID!, $amount: Decimal!, $currency: Currency!, $expectedVersion: Int!) {
  result: increaseBalance(walletId: $walletId, amount: $amount, currency: $currency, expectedVersion: $expectedVersion) {
    __typename ... on BalanceIncreased { wallet { id version } } ... on DomainError { code message }
  }
}`;
const PLACE = `mutation Place($walletId: ID!, $amount: Decimal!, $currency: Currency!, $expectedVersion: Int!, $expiresInSeconds: Int!) {
  result: placeHold(walletId: $walletId, amount: $amount, currency: $currency, expectedVersion: $expectedVersion, expiresInSeconds: $expiresInSeconds) {
    __typename ... on HoldPlaced { hold { id } wallet { id version } } ... on DomainError { code message }
  }
}`;
const CAPTURE = `mutation Capture($holdId: ID!, $expectedVersion: Int!) {
  result: captureHold(holdId: $holdId, expectedVersion: $expectedVersion) {
    __typename ... on HoldCaptured { wallet { id version } } ... on DomainError { code message }
  }
}`;

/** A new wallet, funded for every pair a run can make (version 1 after its funding). */
export async function fundedWallet(service: ServiceClient): Promise<{ id: string; version: number }> {
  const wallet = await service.createWallet();
  const answer = await service.graphql(FUND, {
    walletId: wallet.id,
    amount: formatMoney(HOLD_FUNDING),
    currency: HOLD_FUNDING.currency,
    expectedVersion: wallet.version,
  });
  return { id: wallet.id, version: versionOf(answer, 'BalanceIncreased') };
}

/** A client of one wallet of its own: place a hold, capture all of it; one pair per step. */
export function holdClient(service: ServiceClient, walletId: string, version: number): LoadClient {
  let expectedVersion = version;
  const amount = { amount: formatMoney(AMOUNT), currency: AMOUNT.currency };
  return {
    step: async () => {
      const placed = await service.graphql(PLACE, { walletId, ...amount, expectedVersion, expiresInSeconds: HOLD_EXPIRY_SECONDS });
      const holdId = field(placed, 'result', 'hold', 'id');
      if (typeof holdId !== 'string') throw new Error(`placeHold answered ${JSON.stringify(placed)}`);
      expectedVersion = versionOf(placed, 'HoldPlaced');
      expectedVersion = versionOf(await service.graphql(CAPTURE, { holdId, expectedVersion }), 'HoldCaptured');
      return 'success';
    },
  };
}

/** Pairs a wallet made, from its version: funding took version 1, each pair two more. */
export const pairsOf = (version: number) => (version - 1) / 2;

function versionOf(answer: unknown, success: string): number {
  const version = field(answer, 'result', 'wallet', 'version');
  if (field(answer, 'result', '__typename') !== success || typeof version !== 'number')
    throw new Error(`Expected ${success}, got ${JSON.stringify(answer).slice(0, 300)}`);
  return version;
}
