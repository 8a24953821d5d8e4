import { HoldsSlice } from '../../domain/wallet-repository.port';
import { badUserInput } from '../bad-user-input';
import { HoldConnection, HoldType } from '../types/hold.type';
import { parseHoldId } from '../../domain/hold-id';

/** Cursors are opaque to clients; inside, the time-ordered part of a hold id (unique within a wallet). */
const holdCursorOf = (ordinal: string) => Buffer.from(`h${ordinal}`).toString('base64url');

export function ordinalOfCursor(cursor: string): string {
  const match = /^h(\d{13}-[0-9a-f]{12})$/.exec(Buffer.from(cursor.slice(0, 64), 'base64url').toString());
  if (!match || holdCursorOf(match[1]) !== cursor) throw badUserInput('after is not a cursor returned by this API', 'after');
  return match[1];
}

/**
 * A page of holds, newest first. `resumeAfter` from the store says a next page may exist: with a status
 * filter a page may be short (the store reads a bounded number of items), and `endCursor` then continues
 * from where reading stopped, past the last hold shown.
 */
export function toHoldConnection(slice: HoldsSlice, after: string | undefined): HoldConnection {
  const edges = slice.holds.map((hold) => ({ cursor: holdCursorOf(parseHoldId(hold.id)?.ordinal ?? ''), node: HoldType.of(hold) }));
  const endCursor = slice.resumeAfter === undefined ? edges[edges.length - 1]?.cursor : holdCursorOf(slice.resumeAfter);
  return {
    edges,
    pageInfo: {
      hasNextPage: slice.resumeAfter !== undefined,
      hasPreviousPage: after !== undefined,
      startCursor: edges[0]?.cursor,
      endCursor,
    },
  };
}
