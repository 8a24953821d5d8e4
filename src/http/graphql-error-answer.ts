import { OutgoingHttpHeaders, ServerResponse } from 'node:http';

/**
 * An answer with a GraphQL-shaped body, for a request refused before Apollo sees it, so a client switches on
 * `extensions.code` as for any other error.
 */
export function answerGraphQLError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  headers: OutgoingHttpHeaders = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}
