import { Caller, mayAccess } from '../domain/caller';
import { Hold, HoldStatus, shownAt } from '../domain/hold';
import { parseHoldId } from '../domain/hold-id';
import { Wallet } from '../domain/wallet';
import { HoldsSlice } from '../domain/wallet-repository.port';
import { UseCaseDeps } from './use-case-deps';

/**
 * A hold of a wallet the caller may see, with the status shown now; else undefined. The wallet is read
 * first, so someone else's hold costs what an unknown one of an unknown wallet costs: one read.
 */
export async function getHold(deps: UseCaseDeps, caller: Caller, holdId: string): Promise<Hold | undefined> {
  const walletId = parseHoldId(holdId)?.walletId;
  if (walletId === undefined || !(await deps.states.findVisible(caller, walletId))) return undefined;
  const hold = await deps.repository.findHold(holdId);
  return hold && shownAt(hold, deps.options.now().toISOString());
}

export interface HoldsQuery {
  readonly first: number;
  readonly afterOrdinal?: string;
  readonly status?: HoldStatus;
}

/** The holds of a wallet the caller was shown, newest first, each with the status shown now. The payee never sees them. */
export async function holdsOf(
  deps: UseCaseDeps,
  caller: Caller,
  wallet: Pick<Wallet, 'id' | 'ownerId'>,
  query: HoldsQuery,
): Promise<HoldsSlice> {
  if (!mayAccess(caller, wallet)) return { holds: [] };
  const now = deps.options.now().toISOString();
  const slice = await deps.repository.holdsOf(wallet.id, { ...query, now });
  return { ...slice, holds: slice.holds.map((hold) => shownAt(hold, now)) };
}
