import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLSchema } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { limitExceeded } from './limit-exceeded';
import { QueryLimits } from './limits';

/**
 * The cost limit, checked once the operation is known and before it runs. It is a plugin rather than a
 * validation rule because the cost depends on the variables (`history(first: $first)`), which validation
 * rules never see. Fields cost 1; `history` declares its own cost (type-graphql's `complexity` option),
 * its children times `first`.
 */
export function queryCostPlugin(schema: GraphQLSchema, limits: Pick<QueryLimits, 'maxCost' | 'maxQueryLength'>): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ source, document, request, operationName }) {
          if (source.length > limits.maxQueryLength) {
            throw limitExceeded(
              `The query has ${source.length} characters; the limit is ${limits.maxQueryLength}.`,
              'maxQueryLength',
              limits.maxQueryLength,
            );
          }
          const cost = costOf(schema, document, request.variables, operationName ?? undefined);
          if (cost > limits.maxCost) {
            throw limitExceeded(
              `The query costs ${cost}; the limit is ${limits.maxCost} (a list costs its fields times its "first").`,
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
