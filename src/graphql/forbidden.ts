import { GraphQLError } from 'graphql';

/** An argument only an operator may use: a top-level error, and nothing is read or changed. */
export function forbidden(message: string, argument: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', argument } });
}

export const OWNER_ID_NEEDS_ADMIN = 'ownerId names another owner: only a caller with the wallet:admin scope may do that';
