import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { StoreUnavailable } from '../domain/store-unavailable';
import { RequestContext } from '../graphql/request-context';
import { QUERY_LIMIT_EXCEEDED } from '../graphql/rules/limit-exceeded';
import { rootFieldArguments } from '../graphql/rules/root-field-arguments';
import { Logger, throttledLines } from '../logger';

/** Codes whose message is meant for the client; any other failure is masked. */
export const CLIENT_CODES: ReadonlySet<string> = new Set([
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
  QUERY_LIMIT_EXCEEDED,
]);

/**
 * The code a client is told, as the error policy decides it (and as logs and metrics count it): a limit's refusal,
 * which Apollo files under GRAPHQL_VALIDATION_FAILED, is QUERY_LIMIT_EXCEEDED; a value that does not fit its type is
 * BAD_USER_INPUT; a client code as given; an error Apollo answers with HTTP 400 before anything runs but gives no code
 * (an automatic persisted query whose hash does not match its query, or of a version other than 1) is BAD_REQUEST;
 * anything else is not the client's doing (undefined).
 */
export function clientCodeOf(error: unknown): string | undefined {
  if (!(error instanceof GraphQLError)) return undefined;
  if (limitOf(error)) return QUERY_LIMIT_EXCEEDED;
  const code = error.extensions.code;
  if (code === 'GRAPHQL_VALIDATION_FAILED' && isAboutAValue(error)) return 'BAD_USER_INPUT';
  if (typeof code === 'string') return CLIENT_CODES.has(code) ? code : undefined;
  const http = error.extensions.http as { status?: unknown } | undefined;
  return error.originalError === undefined && error.path === undefined && http?.status === 400 ? 'BAD_REQUEST' : undefined;
}

/**
 * The store could not take the request, or did not answer it (down, restarting, out of disk, a dropped connection, a
 * timeout, a 5xx). Retrying is the answer. The message says what is known: nothing about a change's outcome (a write
 * sent before its connection broke may have landed), so a client retries it with its idempotencyKey or re-reads.
 */
export const STORE_UNAVAILABLE = 'STORE_UNAVAILABLE';
export const STORE_RETRY_AFTER_SECONDS = 2;
export const STORE_UNAVAILABLE_MESSAGE =
  `The wallet store is unavailable or did not answer. Retry in ${STORE_RETRY_AFTER_SECONDS} s or more. ` +
  "A change's outcome is unknown: retry it with the same idempotencyKey (it is applied once), or re-read the wallet.";

export const GENERIC_MESSAGE =
  'Internal server error (logged). The outcome is unknown: re-read the wallet, or retry with the same idempotencyKey.';

/**
 * Client mistakes keep their message; a store that could not take or answer the request (any store: down,
 * restarting, out of disk, a dropped connection; typed by src/infrastructure/store-failure.ts) is
 * STORE_UNAVAILABLE with a retry hint; any other failure (a bug) becomes a generic INTERNAL_SERVER_ERROR
 * with no stack trace. A literal that does not fit its type (an unknown
 * Currency, a malformed Decimal) fails GraphQL validation on a value node: that is bad user input too,
 * as the same value sent in a variable would be.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (code === 'GRAPHQL_VALIDATION_FAILED' && isAboutAValue(error)) {
    return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
  }
  if (typeof code === 'string' && CLIENT_CODES.has(code)) return formatted;
  const clientCode = clientCodeOf(error);
  if (clientCode) return { ...formatted, extensions: { ...formatted.extensions, code: clientCode } };
  if (isStoreUnavailable(error)) {
    const extensions = { code: STORE_UNAVAILABLE, retryable: true, retryAfterSeconds: STORE_RETRY_AFTER_SECONDS };
    return { message: STORE_UNAVAILABLE_MESSAGE, locations: formatted.locations, path: formatted.path, extensions };
  }
  return { message: GENERIC_MESSAGE, locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/** Codes a subscription answers with besides the client codes (subscription-errors.ts): their message is for the client. */
export const SUBSCRIPTION_CODES: ReadonlySet<string> = new Set(['WALLET_NOT_FOUND', 'QUERY_LIMIT_EXCEEDED', 'RATE_LIMITED']);

/** Error codes counted by name: the client codes, a subscription's, the store's outage and the masked failure; any other (a library's) is OTHER. */
const COUNTED_CODES: ReadonlySet<string> = new Set([...CLIENT_CODES, ...SUBSCRIPTION_CODES, STORE_UNAVAILABLE, 'INTERNAL_SERVER_ERROR']);

/** The label an answered error code is counted under (wallet_graphql_errors_total, over HTTP and WebSocket alike). */
export const errorLabel = (code: unknown): string => (typeof code === 'string' && COUNTED_CODES.has(code) ? code : 'OTHER');

/**
 * The code an error is counted under: a client's code (clientCodeOf, as the answer says it), STORE_UNAVAILABLE, else
 * the error's own code (the metrics plugin counts a code it does not know as OTHER), else INTERNAL_SERVER_ERROR.
 */
export function answeredCodeOf(error: GraphQLError): string {
  const code = clientCodeOf(error) ?? (isStoreUnavailable(error) ? STORE_UNAVAILABLE : error.extensions?.code);
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
}

/** Thrown by a resolver, the error comes wrapped in a GraphQLError (once or more). */
function isStoreUnavailable(error: unknown): boolean {
  let cause = error;
  for (let depth = 0; cause instanceof GraphQLError && depth < 5; depth += 1) cause = cause.originalError;
  return cause instanceof StoreUnavailable;
}

/** The limit's refusal inside an error (Apollo wraps a validation rule's error once or more), if it is one. */
export function limitOf(error: unknown): GraphQLError | undefined {
  for (let cause = error; cause instanceof GraphQLError; cause = cause.originalError) {
    if (cause.extensions.code === QUERY_LIMIT_EXCEEDED) return cause;
  }
  return undefined;
}

function isAboutAValue(error: unknown): boolean {
  if (!(error instanceof GraphQLError)) return false;
  if (error.originalError instanceof GraphQLError && error.originalError.extensions.code === 'BAD_USER_INPUT') return true;
  const kind = error.nodes?.[0]?.kind;
  return typeof kind === 'string' && (kind.endsWith('Value') || kind === 'ObjectField');
}

/**
 * Logs every unexpected failure server-side with the operation and the wallet(s) it concerned. The
 * ids come from the arguments the failing root field resolved (root-field-arguments.ts), never from
 * the names of the client's variables.
 */
export function errorLoggingPlugin(logger: Logger): ApolloServerPlugin<RequestContext> {
  // The store's outage is no bug: at most 20 of its lines every 10 s per field, without a stack (the store's own line
  // says what failed), so that clients retrying through an outage cannot flood the log.
  const outage = throttledLines(logger, 'error', { perInterval: 20 });
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, request, operationName, operation, schema, document, contextValue }) {
          for (const error of errors) {
            if (clientCodeOf(error)) continue;
            const root = operation && rootFieldArguments(schema, document, operation, request.variables ?? {}, error.path?.[0]);
            const args = root?.args ?? {};
            const cause = error.originalError ?? error;
            const storeDown = isStoreUnavailable(error);
            const line = {
              // Named here, not left to the request scope, which may not follow the operation's awaits (logger.ts).
              requestId: contextValue.requestId,
              operation: operationName ?? null,
              field: root?.field ?? null,
              path: error.path?.join('.') ?? null,
              walletId: idOf(args.walletId ?? args.id),
              fromWalletId: idOf(args.fromWalletId) ?? undefined,
              toWalletId: idOf(args.toWalletId) ?? undefined,
              holdId: idOf(args.holdId) ?? undefined,
              error: cause.name,
              detail: cause.message,
              stack: storeDown ? undefined : cause.stack,
            };
            if (storeDown) outage('GraphQL operation failed', line, root?.field ?? '');
            else logger.error('GraphQL operation failed', line);
          }
        },
      };
    },
  };
}

/** An id as the client sent it (an ID is a string once coerced), cut to a length fit for a log line. */
function idOf(value: unknown): string | null {
  return typeof value === 'string' ? value.slice(0, 200) : null;
}
