import { ASTNode, GraphQLError } from 'graphql';

/** Malformed input: a top-level error clients recognise by `extensions.code`, and nothing changes. */
export function badUserInput(message: string, argument?: string, node?: ASTNode): GraphQLError {
  return new GraphQLError(message, { nodes: node, extensions: { code: 'BAD_USER_INPUT', ...(argument ? { argument } : {}) } });
}
