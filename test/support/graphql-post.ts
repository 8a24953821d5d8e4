/** A GraphQL answer over HTTP, with the response's status and headers (which some promises are about). */
export interface GraphQLResponse {
  status: number;
  headers: Headers;
  data?: Record<string, any>;
  errors?: Array<{ message: string; extensions?: Record<string, unknown>; path?: string[] }>;
}

/** One GraphQL request as a client sends it: a JSON POST to the service's /graphql, with the headers given. */
export async function postGraphQL(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string>,
): Promise<GraphQLResponse> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse, 'status' | 'headers'>;
  return { status: response.status, headers: response.headers, ...body };
}
