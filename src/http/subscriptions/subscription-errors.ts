import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { badUserInput } from '../../graphql/bad-user-input';
import { LogContext, Logger } from '../../logger';
import { errorLabel, formatError, SUBSCRIPTION_CODES } from '../error-policy';
import { withoutHttp, withoutSuggestions } from '../refusal-format';

/**
 * The same policy as HTTP: client mistakes keep their message; anything else is logged and masked. In production
 * (`hideSuggestions`) no "Did you mean ...?" hint either, as over HTTP (refusal-format.ts). Each error's code, as
 * answered, is `counted` (wallet_graphql_errors_total, as HTTP's: a store outage seen only by subscribers was unseen).
 */
export function formatSubscriptionErrors(
  errors: readonly GraphQLError[],
  logger: Logger,
  where: LogContext,
  hideSuggestions: boolean,
  { requestErrors = false, counted }: { readonly requestErrors?: boolean; readonly counted: (label: string) => void },
): GraphQLFormattedError[] {
  return errors.map((error) => {
    const formatted = requestErrors && error.path === undefined ? badRequestInput(error) : formatOne(error, logger, where);
    counted(errorLabel(formatted.extensions?.code));
    // `http` tells Apollo an HTTP status; a WebSocket message has none.
    const shaped = formatted.extensions?.http === undefined ? formatted : { ...formatted, extensions: withoutHttp(formatted.extensions) };
    return hideSuggestions ? { ...shaped, message: withoutSuggestions(shaped.message) } : shaped;
  });
}

function formatOne(error: GraphQLError, logger: Logger, where: LogContext): GraphQLFormattedError {
  const code = error.extensions.code;
  if (typeof code === 'string' && SUBSCRIPTION_CODES.has(code)) return error.toJSON();
  const formatted = formatError(error.toJSON(), error);
  if (formatted.extensions?.code === 'INTERNAL_SERVER_ERROR') {
    const cause = error.originalError ?? error;
    logger.error('Subscription failed', {
      ...where,
      error: cause.name,
      detail: cause.message,
      stack: cause.stack,
    });
  }
  return formatted;
}

/** A variable that does not fit its type, or is missing: the client's to fix (HTTP answers it BAD_USER_INPUT too). */
function badRequestInput(error: GraphQLError): GraphQLFormattedError {
  return badUserInput(error.message, undefined, error.nodes?.[0]).toJSON();
}

export function rateLimited(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(`Too many subscribe messages: retry after ${retryAfterSeconds} s.`, {
    extensions: { code: 'RATE_LIMITED', retryAfterSeconds },
  });
}
