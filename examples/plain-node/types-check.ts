/**
 * Type-checked in the scratch project by the package test: the installed .d.ts files narrow a result
 * on `__typename` as docs/clients.md says (a wrong field or member name fails the check).
 */
import { type IncreaseBalanceMutation, IncreaseBalanceDocument, possibleTypes } from '@wallet-service/client';

export function describeOutcome(outcome: IncreaseBalanceMutation['result']): string {
  switch (outcome.__typename) {
    case 'BalanceIncreased':
      return `balance ${outcome.wallet.balance} at version ${outcome.wallet.version}`;
    case 'VersionConflict':
      return `conflict: now at version ${outcome.actualVersion}`;
    default:
      return `${outcome.code}: ${outcome.message}`;
  }
}

export const documentKind: string = IncreaseBalanceDocument.kind;
export const unions: string[] = Object.keys(possibleTypes);
