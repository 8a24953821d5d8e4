import { storedInstant } from '../domain/instant';
import { Caller, mayAccess } from '../domain/caller';
import { LedgerEntry, LedgerEntryType } from '../domain/ledger-entry';
import { hasPair, MetadataPair } from '../domain/metadata';
import { versionOf } from '../domain/statement';
import { positionAt, WalletSeen } from './positions';
import { storedEntries, VersionWindow } from './stored-entries';
import type { UseCaseDeps } from './use-case-deps';

/** Which entries of a history to show. `from`/`to` bound the time ([from, to)); the others are tests on each entry. */
export interface HistoryFilter {
  readonly types?: readonly LedgerEntryType[];
  readonly from?: string;
  readonly to?: string;
  readonly transferId?: string;
  readonly metadata?: MetadataPair;
}

/** Entries a filtered page may examine at most (read by key, in chunks): the fixed budget of one page. */
export const EXAMINED_PER_PAGE = 500;

export interface FilteredPage {
  /** Matching entries, newest first, at most `first`. */
  readonly entries: readonly LedgerEntry[];
  /** Where the next page continues (entries below this version); absent when nothing is left. */
  readonly continueBelow?: number;
}

/**
 * A page of a filtered history, newest first. The time window becomes a version range through the time
 * index (two bounded reads); the other tests are applied to entries read by key, at most
 * EXAMINED_PER_PAGE of them. When that budget runs out the page may hold fewer than `first` entries,
 * but it says where to continue: a filter never silently drops an entry.
 */
export async function filteredHistory(
  deps: UseCaseDeps,
  caller: Caller,
  wallet: WalletSeen,
  page: { readonly first: number; readonly beforeVersion: number },
  filter: HistoryFilter,
): Promise<FilteredPage> {
  if (!mayAccess(caller, wallet)) return { entries: [] };
  let top = Math.min(page.beforeVersion - 1, wallet.version);
  let bottom = 0;
  if (filter.to !== undefined) top = Math.min(top, versionOf(await positionAt(deps.repository, wallet, storedInstant(filter.to))));
  if (filter.from !== undefined) bottom = versionOf(await positionAt(deps.repository, wallet, storedInstant(filter.from))) + 1;
  const matches: LedgerEntry[] = [];
  // Versions are dense: the budget is the window's newest `examinedPerPage` versions.
  const window: VersionWindow = {
    fromVersion: Math.max(bottom, top - deps.options.examinedPerPage + 1),
    toVersion: top,
    order: 'newestFirst',
  };
  for await (const entry of storedEntries(deps.repository, wallet.id, window)) {
    top = entry.version - 1;
    if (matchesFilter(entry, filter)) matches.push(entry);
    if (matches.length > page.first) break;
  }
  if (matches.length > page.first) return { entries: matches.slice(0, page.first), continueBelow: matches[page.first - 1].version };
  return { entries: matches, continueBelow: top >= bottom ? top + 1 : undefined };
}

export function matchesFilter(entry: LedgerEntry, filter: HistoryFilter): boolean {
  if (filter.types && !filter.types.includes(entry.type)) return false;
  if (filter.transferId !== undefined && entry.transferId !== filter.transferId && entry.reversalOf !== filter.transferId) return false;
  if (filter.metadata && !hasPair(entry.metadata, filter.metadata)) return false;
  return true;
}
