import { ExecutionArgs, getOperationAST, GraphQLError, GraphQLSchema, parse, specifiedRules, validate } from 'graphql';
import { SubscribePayload } from 'graphql-ws';
import { limitExceeded } from '../../graphql/rules/limit-exceeded';
import { QueryLimits } from '../../graphql/rules/limits';
import { costOf } from '../../graphql/rules/query-cost.plugin';
import { queryLimits } from '../../graphql/rules/query-limits';

/**
 * A document received over WebSocket passes the checks an HTTP one passes (query-limits.ts: tokens, depth,
 * aliases, directives, length, cost) before it runs; and only subscriptions run here: queries and
 * mutations go over HTTP, where their own limits and rate limit apply.
 */
export function operationGuard(schema: GraphQLSchema, limits: QueryLimits) {
  const { validationRules, parseOptions } = queryLimits(schema, limits);
  const rules = [...specifiedRules, ...validationRules];
  return (payload: SubscribePayload): Omit<ExecutionArgs, 'contextValue'> | readonly GraphQLError[] => {
    const { query, variables, operationName } = payload;
    if (typeof query !== 'string' || query.length > limits.maxQueryLength) {
      return [limitExceeded(`The query has more than ${limits.maxQueryLength} characters.`, 'maxQueryLength', limits.maxQueryLength)];
    }
    let document: ReturnType<typeof parse>;
    try {
      document = parse(query, parseOptions);
    } catch (error) {
      return [error instanceof GraphQLError ? withCode(error, 'GRAPHQL_PARSE_FAILED') : new GraphQLError('Syntax error')];
    }
    const invalid = validate(schema, document, rules);
    if (invalid.length > 0) return invalid.map((error) => withCode(error, 'GRAPHQL_VALIDATION_FAILED'));
    const operation = getOperationAST(document, operationName ?? undefined);
    // As Apollo answers the same document over HTTP: no operation to run is the request's to fix, not "use HTTP".
    if (!operation) return [unresolvedOperation(operationName)];
    if (operation.operation !== 'subscription') {
      return [
        new GraphQLError('Only subscriptions run over WebSocket: send queries and mutations over HTTP.', {
          extensions: { code: 'BAD_REQUEST' },
        }),
      ];
    }
    const cost = costOf(schema, document, variables ?? undefined, operationName ?? undefined);
    if (cost > limits.maxCost)
      return [limitExceeded(`The subscription costs ${cost}; the limit is ${limits.maxCost}.`, 'maxCost', limits.maxCost)];
    return { schema, document, variableValues: variables, operationName };
  };
}

function withCode(error: GraphQLError, code: string): GraphQLError {
  if (error.extensions.code) return error;
  return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { code } });
}

function unresolvedOperation(operationName: string | null | undefined): GraphQLError {
  const message = operationName
    ? `Unknown operation named "${operationName.slice(0, 100)}".`
    : 'Must provide operation name if query contains multiple operations.';
  return new GraphQLError(message, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } });
}
