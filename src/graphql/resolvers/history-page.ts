import { Caller } from '../../domain/caller';
import { LedgerEntry } from '../../domain/ledger-entry';
import { badUserInput } from '../bad-user-input';
import { connectionOf } from './connection';
import { LedgerEntryConnection, LedgerEntryObject } from '../types/ledger-entry.type';

const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/**
 * Cursors are opaque to clients; inside, the version of an entry (versions are unique per wallet). Only the spelling
 * this API gives is read back (not `v03`, nor base64 padded): one position, one cursor.
 */
export const cursorOf = (version: number) => Buffer.from(`v${version}`).toString('base64url');

export function versionOfCursor(cursor: string): number {
  const match = /^v(\d{1,16})$/.exec(Buffer.from(cursor.slice(0, 64), 'base64url').toString());
  const version = Number(match?.[1]);
  if (!match || cursorOf(version) !== cursor) throw badUserInput('after is not a cursor returned by this API', 'after');
  return version;
}

/**
 * The query cost of a history page (type-graphql's `complexity`, read by the cost limit): its entries'
 * fields times `first`. Counted from 1 even for a refused `first`, so a negative one cannot offset others.
 */
export const historyCost = ({ args, childComplexity }: { args: { first?: number }; childComplexity: number }) =>
  Math.max(1, Math.trunc(args.first ?? DEFAULT_PAGE_SIZE)) * childComplexity;

/** At least 1: a page of nothing would say hasNextPage without a cursor to continue from. */
export function pageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) throw badUserInput(`first must be 1 to ${MAX_PAGE_SIZE}`, 'first');
  return first;
}

/** A page of history, newest first (see connectionOf). */
export function toConnection(
  entries: readonly LedgerEntry[],
  first: number,
  after: string | undefined,
  viewer: Caller,
): LedgerEntryConnection {
  return connectionOf(entries, first, after, (entry) => ({ cursor: cursorOf(entry.version), node: LedgerEntryObject.of(entry, viewer) }));
}
