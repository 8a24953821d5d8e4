import { storedInstant } from '../../domain/instant';
import { EXAMINED_PER_PAGE, FilteredPage, HistoryFilter } from '../../application/filtered-history.use-case';
import { Caller } from '../../domain/caller';
import { badUserInput } from '../bad-user-input';
import { HistoryFilterInput } from '../types/history-filter.input';
import { LedgerEntryConnection, LedgerEntryObject } from '../types/ledger-entry.type';
import { cursorOf, historyCost } from './history-page';
import { metadataArg, walletIdArg } from './input-rules';

/**
 * A filtered page also reads up to EXAMINED_PER_PAGE entries it may not show: each costs like a field. (Each ten
 * cost one, and a hostile probe had one request examine 2,500 entries of the largest metadata, 35 MB from the store in
 * 3.9 s, through five aliases; 37 wallets' filtered pages fitted the limit: 18,500 entries.)
 */
export const filteredHistoryCost = (options: { args: { first?: number; filter?: unknown }; childComplexity: number }) =>
  historyCost(options) + (options.args.filter ? EXAMINED_PER_PAGE : 0);

export function historyFilterOf(input: HistoryFilterInput): HistoryFilter {
  if (input.from != null && input.to != null && storedInstant(input.from) >= storedInstant(input.to)) {
    throw badUserInput('filter.from must be earlier than filter.to, by a millisecond at least', 'filter');
  }
  if (input.types != null && input.types.length === 0) throw badUserInput('filter.types, when given, names at least one type', 'filter');
  const [pair] = input.metadata == null ? [] : metadataArg([input.metadata], 'filter');
  return {
    types: input.types ?? undefined,
    from: input.from ?? undefined,
    to: input.to ?? undefined,
    transferId: input.transferId == null ? undefined : walletIdArg(input.transferId, 'filter.transferId'),
    metadata: pair,
  };
}

/**
 * A filtered page: its end cursor is where the next page continues, which after an exhausted budget is
 * past the last entry examined rather than the last shown (a page may then be short, even empty).
 */
export function toFilteredConnection(page: FilteredPage, after: string | undefined, viewer: Caller): LedgerEntryConnection {
  const edges = page.entries.map((entry) => ({ cursor: cursorOf(entry.version), node: LedgerEntryObject.of(entry, viewer) }));
  const next = page.continueBelow === undefined ? undefined : cursorOf(page.continueBelow);
  return {
    edges,
    pageInfo: {
      hasNextPage: next !== undefined,
      hasPreviousPage: after !== undefined,
      startCursor: edges[0]?.cursor,
      endCursor: next ?? edges[edges.length - 1]?.cursor,
    },
  };
}
