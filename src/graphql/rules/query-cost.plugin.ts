import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLSchema } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { METADATA_LIMITS } from '../../domain/metadata';
import { BoundedLru } from '../../application/bounded-lru';
import { costVariables } from './cost-inputs';
import { limitExceeded } from './limit-exceeded';
import { QueryLimits } from './limits';

/**
 * The cost limit, checked once the operation is known and before it runs. It is a plugin rather than a
 * validation rule because the cost depends on the variables (`history(first: $first)`), which validation
 * rules never see. Fields cost 1; `history` declares its own cost (type-graphql's `complexity` option),
 * its children times `first`, and an entry's `metadata` its children times 16 (the keys it may hold).
 *
 * A cost is computed once per document, operation and values of the variables it depends on (see
 * costVariables), and kept in a bounded LRU: a client sending the same mutation with other ids and
 * amounts costs one lookup, and distinct hostile documents only churn the cache.
 */
export function queryCostPlugin(
  schema: GraphQLSchema,
  limits: Pick<QueryLimits, 'maxCost' | 'maxQueryLength'>,
  cacheEntries = 1_000,
): ApolloServerPlugin {
  const inputs = new BoundedLru<string, readonly string[]>(cacheEntries);
  const costs = new BoundedLru<string, number>(cacheEntries);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ source, queryHash, document, request, operationName }) {
          if (source.length > limits.maxQueryLength) {
            throw limitExceeded(
              `The query has ${source.length} characters; the limit is ${limits.maxQueryLength}.`,
              'maxQueryLength',
              limits.maxQueryLength,
            );
          }
          // queryHash is Apollo's sha-256 of the source (its own document store's key).
          const names = inputs.getOrCompute(queryHash, () => costVariables(schema, document));
          const variables = request.variables ?? {};
          // [value] for a variable sent, [] for one left out (its default applies): the two may cost differently.
          const given = names.map((name) => (Object.hasOwn(variables, name) ? [variables[name]] : []));
          const key = `${queryHash}\n${operationName ?? ''}\n${JSON.stringify(given)}`;
          const cost = costs.getOrCompute(key, () => costOf(schema, document, request.variables, operationName ?? undefined));
          if (cost > limits.maxCost) {
            throw limitExceeded(
              `The query costs ${cost}; the limit is ${limits.maxCost} (a list costs its fields times its "first", an entry's metadata its fields times ${METADATA_LIMITS.keys}).`,
              'maxCost',
              limits.maxCost,
            );
          }
        },
      };
    },
  };
}

/** The cost of an operation as the limit counts it (also for operations received over WebSocket). */
export function costOf(
  schema: GraphQLSchema,
  query: Parameters<typeof getComplexity>[0]['query'],
  variables: Record<string, unknown> | undefined,
  operationName?: string,
): number {
  try {
    return getComplexity({
      schema,
      query,
      variables,
      operationName,
      estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch {
    // Variables that do not coerce: execution refuses them as BAD_USER_INPUT before any resolver runs.
    return 0;
  }
}
