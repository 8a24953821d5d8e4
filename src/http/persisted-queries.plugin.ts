import { ApolloServerPlugin } from '@apollo/server';
import { RequestContext } from '../graphql/request-context';
import { BoundedLru } from '../application/bounded-lru';

/** (caller, hash) pairs remembered: about 2 MB at the longest caller ids; the least recently used are forgotten first. */
export const PERSISTED_QUERIES_PER_CALLER = 10_000;

/**
 * Automatic persisted queries, each caller's own. Apollo keeps one cache of texts by hash for all callers, so a
 * caller's hash alone ran another caller's text: a hostile probe sent, as bob, only the hash of a query alice had sent
 * (her wallet id and an order number written in it) and was answered `{"wallet": null}`, not PERSISTED_QUERY_NOT_FOUND,
 * which told him someone had sent exactly that text. A hash alone is now honoured only for a caller who sent its text
 * (Apollo found the hash right); for anyone else it is made to miss Apollo's cache, which then answers as for a hash
 * it never saw, and the client sends its text, as the persisted-query link does. Apollo's cache and answers are as they were.
 */
export function persistedQueriesPerCaller(capacity = PERSISTED_QUERIES_PER_CALLER): ApolloServerPlugin<RequestContext> {
  const sentBy = new BoundedLru<string, true>(capacity);
  return {
    async requestDidStart({ request, contextValue }) {
      const persisted = request.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined;
      // A malformed extension was refused before Apollo (graphql-handler.ts); Apollo refuses the others itself.
      if (typeof persisted?.sha256Hash !== 'string') return;
      const key = `${contextValue.caller.id}\n${persisted.sha256Hash}`;
      if (request.query === undefined) {
        // No hash Apollo keeps is empty: Apollo answers PersistedQueryNotFound.
        if (sentBy.get(key) === undefined) persisted.sha256Hash = '';
        return;
      }
      return {
        // Apollo checked the text against its hash before this: a wrong hash is never remembered.
        async didResolveSource({ metrics }) {
          if (metrics.persistedQueryRegister) sentBy.set(key, true);
        },
      };
    },
  };
}
