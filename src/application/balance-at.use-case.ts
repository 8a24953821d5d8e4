import { storedInstant } from '../domain/instant';
import { Caller, mayAccess } from '../domain/caller';
import { isFinalAt, Position } from '../domain/statement';
import { existing, positionAt, WalletSeen } from './positions';
import { UseCaseDeps } from './use-case-deps';

/** As of a moment (`at`) or of a version the wallet reached. */
export type AsOf = { readonly at: string } | { readonly version: number };

/** A position, and whether it can still change (see isFinalAt): a version's never does. */
export type PositionAnswer = Position & { readonly final: boolean };

/**
 * The wallet's balance and version as of a moment or a version, from the ledger's balanceAfter, with
 * one bounded read. Undefined for a wallet the caller may not see (the field hangs off a wallet they
 * were shown, so this is a second line of defence) and for a version the wallet has not reached.
 */
export async function balanceAt(deps: UseCaseDeps, caller: Caller, wallet: WalletSeen, asOf: AsOf): Promise<PositionAnswer | undefined> {
  if (!mayAccess(caller, wallet)) return undefined;
  if ('at' in asOf) {
    const final = isFinalAt(asOf.at, deps.options.now());
    return { ...(await positionAt(deps.repository, wallet, storedInstant(asOf.at))), final };
  }
  if (asOf.version > wallet.version) return undefined;
  const entry = await existing(deps.repository, wallet.id, asOf.version);
  return { at: entry.occurredAt, entry, final: true };
}
