import { ASTVisitor, GraphQLError, ValidationContext } from 'graphql';

/**
 * Over HTTP a subscription would run as a query (graphql-js executes its field once, with no event): it is
 * refused up front instead, with where to send it.
 */
export function subscriptionsOverWebSocketRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(operation) {
      if (operation.operation !== 'subscription') return;
      context.reportError(
        new GraphQLError('Subscriptions run over WebSocket at /graphql (subprotocol graphql-transport-ws, or the legacy graphql-ws).', {
          nodes: operation,
          extensions: { code: 'BAD_REQUEST' },
        }),
      );
    },
  };
}
