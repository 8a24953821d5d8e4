import { GraphQLError } from 'graphql';

/** The `extensions.code` of every query refused by a limit (docs/limits.md): HTTP 400, nothing executed. */
export const QUERY_LIMIT_EXCEEDED = 'QUERY_LIMIT_EXCEEDED';

export function limitExceeded(message: string, limit: string, max: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code: QUERY_LIMIT_EXCEEDED, limit, max, http: { status: 400 } } });
}
