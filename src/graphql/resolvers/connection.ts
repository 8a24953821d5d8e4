import { PageInfo } from '../types/ledger-entry.type';

export interface Edge<N> {
  readonly cursor: string;
  readonly node: N;
}

/**
 * A Relay connection from one page read with one item more than asked (`items` holds up to first + 1,
 * newest first): the extra one only says a next page exists. Shared by history and the wallet listing.
 */
export function connectionOf<T, N>(
  items: readonly T[],
  first: number,
  after: string | undefined,
  edgeOf: (item: T) => Edge<N>,
): { edges: Edge<N>[]; pageInfo: PageInfo } {
  const edges = items.slice(0, first).map(edgeOf);
  return {
    edges,
    pageInfo: {
      hasNextPage: items.length > first,
      hasPreviousPage: after !== undefined,
      startCursor: edges[0]?.cursor,
      endCursor: edges[edges.length - 1]?.cursor,
    },
  };
}
