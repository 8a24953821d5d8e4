import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { QUERY_LIMIT_EXCEEDED } from './limit-exceeded';

/** Longest part of a refused value a message repeats: enough to recognise it, never the whole of a 1 MB string. */
export const ECHO_PREFIX = 40;

/**
 * Shapes every error after the error policy: a limit refused during validation keeps its own code
 * (Apollo files it under GRAPHQL_VALIDATION_FAILED), quoted values are cut to a prefix, and in
 * production "Did you mean ...?" hints (fields and enum values) are dropped, since they reveal the schema.
 */
export function shapeRefusals(
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError,
  hideSuggestions: boolean,
) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const limit = limitOf(error);
    const shaped = limit ? { ...formatted, extensions: withoutHttp(limit.extensions) } : formatError(formatted, error);
    let message = shortenQuotedValues(shaped.message);
    if (hideSuggestions) message = message.replace(/ ?Did you mean[^?]*\?/g, '');
    return { ...shaped, message };
  };
}

/** `http` tells Apollo the status (400); it is not for the client. */
function withoutHttp({ http: _http, ...extensions }: Record<string, unknown>): Record<string, unknown> {
  return extensions;
}

function limitOf(error: unknown): GraphQLError | undefined {
  for (let cause = error; cause instanceof GraphQLError; cause = cause.originalError) {
    if (cause.extensions.code === QUERY_LIMIT_EXCEEDED) return cause;
  }
  return undefined;
}

// A quote longer than the prefix (closed, or running to the end of the message).
const LONG_QUOTE = new RegExp(`"((?:[^"\\\\]|\\\\.){${ECHO_PREFIX}})(?:[^"\\\\]|\\\\.)*("|$)`, 'g');
const MAX_MESSAGE = 500;

/**
 * graphql-js quotes a refused variable in full ('got invalid value "…"'), and so may a scalar's own
 * message; a literal in the query (a 500 KB number) is echoed unquoted, hence the overall cap too.
 */
export function shortenQuotedValues(message: string): string {
  const shortened = message.replace(LONG_QUOTE, '"$1…$2');
  return shortened.length > MAX_MESSAGE ? `${shortened.slice(0, MAX_MESSAGE)}…` : shortened;
}
