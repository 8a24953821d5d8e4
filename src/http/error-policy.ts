import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, GraphQLFormattedError, Kind } from 'graphql';
import { Logger } from '../logger';

/** Codes whose message is meant for the client; any other failure is masked. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'HISTORY_UNAVAILABLE',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

export const GENERIC_MESSAGE =
  'Internal server error (logged). The outcome is unknown: re-read the wallet, or retry with the same idempotencyKey.';

/**
 * Client mistakes keep their message; unexpected failures (DynamoDB down, a bug) become a generic
 * INTERNAL_SERVER_ERROR with no stack trace. A literal that does not fit its type (an unknown
 * Currency, a malformed Decimal) fails GraphQL validation on a value node: that is bad user input too,
 * as the same value sent in a variable would be.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (code === 'GRAPHQL_VALIDATION_FAILED' && isAboutAValue(error)) {
    return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
  }
  if (typeof code === 'string' && CLIENT_CODES.has(code)) return formatted;
  return { message: GENERIC_MESSAGE, locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

function isAboutAValue(error: unknown): boolean {
  if (!(error instanceof GraphQLError)) return false;
  if (error.originalError instanceof GraphQLError && error.originalError.extensions.code === 'BAD_USER_INPUT') return true;
  const kind = error.nodes?.[0]?.kind;
  return typeof kind === 'string' && (kind.endsWith('Value') || kind === 'ObjectField');
}

/** Logs every unexpected failure server-side with the operation and the wallet(s) it concerned. */
export function errorLoggingPlugin(logger: Logger): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, request, operationName, operation }) {
          const first = operation?.selectionSet.selections[0];
          const field = first?.kind === Kind.FIELD ? first.name.value : null;
          for (const error of errors) {
            const code = error.extensions?.code;
            if (typeof code === 'string' && CLIENT_CODES.has(code)) continue;
            const variables = request.variables ?? {};
            const cause = error.originalError ?? error;
            logger.error('GraphQL operation failed', {
              operation: operationName ?? null,
              field,
              path: error.path?.join('.') ?? null,
              walletId: variables.walletId ?? variables.id ?? null,
              fromWalletId: variables.fromWalletId ?? undefined,
              toWalletId: variables.toWalletId ?? undefined,
              error: cause.name,
              detail: cause.message,
              stack: cause.stack,
            });
          }
        },
      };
    },
  };
}
