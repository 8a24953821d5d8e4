import { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { Caller } from '../domain/caller';
import { RequestContext } from '../graphql/request-context';
import { readLimitedBody } from './body-limit';
import { DEFAULT_LIMITS } from './limits';

/**
 * Apollo Server on Node's own http module: the request becomes Apollo's HTTPGraphQLRequest and the
 * answer is written back as is. (Apollo 5 leaves framework integrations to separate packages; the
 * service needs nothing more than this.)
 */
export function graphqlHandler(apollo: ApolloServer<RequestContext>, maxBodyBytes = DEFAULT_LIMITS.http.maxBodyBytes) {
  /** `caller`: proven at the edge (app.ts, authentication.ts) before a byte of the body is read. */
  return async (req: IncomingMessage, res: ServerResponse, caller: Caller): Promise<void> => {
    const context: RequestContext = { caller };
    const body = await readLimitedBody(req, res, maxBodyBytes);
    if (body === undefined) return;
    let parsed: unknown;
    try {
      parsed = body === '' ? undefined : JSON.parse(body);
    } catch {
      return plain(res, 400, 'Request body is not valid JSON');
    }
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: req.method ?? 'GET',
        headers,
        search: new URL(req.url ?? '/', 'http://localhost').search,
        body: parsed,
      },
      context: async () => context,
    });
    res.statusCode = response.status ?? 200;
    for (const [name, value] of response.headers) res.setHeader(name, value);
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}

export function plain(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(`${text}\n`);
}
