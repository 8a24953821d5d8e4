import { GraphQLFormattedError } from 'graphql';
import { limitOf } from './error-policy';

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
    if (hideSuggestions) message = withoutSuggestions(message);
    return { ...shaped, message };
  };
}

/** graphql-js's "Did you mean ...?" hints (fields and enum values) dropped: in production they reveal the schema. */
export function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean[^?]*\?/g, '');
}

/** `http` tells Apollo the status (400); it is not for the client. */
export function withoutHttp({ http: _http, ...extensions }: Record<string, unknown>): Record<string, unknown> {
  return extensions;
}

// A character inside a quote: any but a quote mark, or an escape (a lone backslash at the very end too,
// so a run ends only at a quote mark or the end of the message, and a match never backtracks).
const CHARACTER = String.raw`(?:[^"\\]|\\[\s\S]?)`;
// Every quote (closed, or running to the end): its first characters, the rest, its close. Short quotes are
// matched too, so that the text between two quoted values is never taken for a quote.
const QUOTE = new RegExp(`"(${CHARACTER}{0,${ECHO_PREFIX}})(${CHARACTER}*)("|$)`, 'g');
const MAX_MESSAGE = 500;

/**
 * graphql-js quotes a refused variable in full ('got invalid value "…"'), and so may a scalar's own
 * message; a literal in the query (a 500 KB number) is echoed unquoted, hence the overall cap too.
 */
export function shortenQuotedValues(message: string): string {
  const shortened = message.replace(QUOTE, (quote: string, prefix: string, rest: string, close: string) =>
    rest === '' ? quote : `"${prefix}…${close}`,
  );
  return shortened.length > MAX_MESSAGE ? `${shortened.slice(0, MAX_MESSAGE)}…` : shortened;
}
