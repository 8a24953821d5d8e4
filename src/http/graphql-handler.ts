import { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { NO_METRICS, ServiceMetrics } from '../application/service-metrics.port';
import { Caller } from '../domain/caller';
import { RequestContext } from '../graphql/request-context';
import { readLimitedBody } from './body-limit';
import { DEFAULT_LIMITS } from './limits';
import { inOperationSpan } from './operation-span';

/**
 * Apollo Server on Node's own http module: the request becomes Apollo's HTTPGraphQLRequest and the
 * answer is written back as is. (Apollo 5 leaves framework integrations to separate packages; the
 * service needs nothing more than this.)
 */
export function graphqlHandler(
  apollo: ApolloServer<RequestContext>,
  maxBodyBytes = DEFAULT_LIMITS.http.maxBodyBytes,
  metrics: ServiceMetrics = NO_METRICS,
) {
  /**
   * `caller`: proven at the edge (route-access.ts, authentication.ts) before a byte of the body is read.
   * `requestId`: given by serve-requests.ts to every request.
   */
  return async (req: IncomingMessage, res: ServerResponse, caller: Caller, requestId: string): Promise<void> => {
    // Plain values only: Apollo copies the context per operation, and a getter here would run on every request.
    const context: RequestContext = { caller, requestId };
    const body = await readLimitedBody(req, res, maxBodyBytes);
    if (body === undefined) {
      if (res.statusCode === 413) metrics.refused('body_too_large');
      return;
    }
    let parsed: unknown;
    try {
      parsed = body === '' ? undefined : JSON.parse(body);
    } catch {
      metrics.refused('invalid_json');
      return plain(res, 400, 'Request body is not valid JSON');
    }
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await inOperationSpan(req.headers, requestId, () =>
      apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: req.method ?? 'GET',
          headers,
          search: searchOf(req.url ?? ''),
          body: parsed,
        },
        context: async () => context,
      }),
    );
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

/** The query string with its "?" (Apollo reads a GET's operation from it); the target was checked by requestPath. */
function searchOf(target: string): string {
  const start = target.indexOf('?');
  if (start < 0) return '';
  const fragment = target.indexOf('#', start);
  return target.slice(start, fragment < 0 ? undefined : fragment);
}

export function plain(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(`${text}\n`);
}
