import { isUtf8 } from 'node:buffer';
import { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { NO_METRICS, ServiceMetrics } from '../application/service-metrics.port';
import { Caller } from '../domain/caller';
import { RequestContext } from '../graphql/request-context';
import { unreadableEncodingOf } from './body-encoding';
import { readLimitedBody } from './body-limit';
import { answerGraphQLError } from './graphql-error-answer';
import { DEFAULT_LIMITS } from './limits';
import { jsonShapeProblem } from './json-shape';
import { ENTERED_PIPELINE } from './metrics.plugin';
import { closeUnlessDrainable } from './refused-body';
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
    const unreadable = unreadableEncodingOf(req.method, req.headers);
    if (unreadable) {
      metrics.refused('unsupported_encoding');
      closeUnlessDrainable(req, res);
      return answerGraphQLError(res, 415, 'BAD_REQUEST', unreadable);
    }
    const bytes = await readLimitedBody(req, res, maxBodyBytes);
    if (bytes === undefined) {
      if (res.statusCode === 413) metrics.refused('body_too_large');
      return;
    }
    // A GET's operation is in its query string, and Apollo reads nothing of its body: neither does anything here.
    const read = req.method === 'GET' ? Buffer.alloc(0) : bytes;
    // Read as UTF-8, byte for byte (RFC 8259): decoded with replacement, `café` and `cafè` sent in Latin-1 were one
    // idempotency key, and a second payment was answered as a repeat of the first (a hostile probe).
    if (!isUtf8(read)) {
      metrics.refused('invalid_json');
      return answerGraphQLError(res, 400, 'BAD_REQUEST', 'The request body is not valid UTF-8: send JSON in UTF-8.');
    }
    const body = read.toString();
    const search = searchOf(req.url ?? '');
    const params = search === '' ? undefined : new URLSearchParams(search);
    const shape =
      jsonShapeProblem(body) ?? jsonShapeProblem(params?.get('variables') ?? '') ?? jsonShapeProblem(params?.get('extensions') ?? '');
    if (shape) {
      metrics.refused('body_shape');
      return answerGraphQLError(res, 400, 'BAD_REQUEST', `The request holds ${shape}; a wallet request needs far fewer.`);
    }
    let parsed: unknown;
    try {
      parsed = body === '' ? undefined : JSON.parse(body);
    } catch {
      metrics.refused('invalid_json');
      return answerGraphQLError(res, 400, 'BAD_REQUEST', 'The request body is not valid JSON.');
    }
    const extensions =
      req.method === 'GET' ? jsonOrUndefined(params?.get('extensions')) : (parsed as { extensions?: unknown } | undefined)?.extensions;
    if (!wellFormedPersistedQuery(extensions)) {
      metrics.graphqlError('BAD_REQUEST');
      return answerGraphQLError(res, 400, 'BAD_REQUEST', PERSISTED_QUERY_SHAPE);
    }
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const httpGraphQLRequest = { method: req.method ?? 'GET', headers, search, body: parsed };
    const response = await inOperationSpan(req.headers, requestId, () =>
      apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: async () => context }),
    );
    if (!ENTERED_PIPELINE.has(httpGraphQLRequest)) metrics.refused('not_graphql');
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

const PERSISTED_QUERY_SHAPE = 'extensions.persistedQuery must be { "version": 1, "sha256Hash": "<the query\'s SHA-256 in hex>" }.';

/**
 * An automatic persisted query's extension, if any, is an object whose hash is a string. Apollo uses a hash sent
 * without its query as a cache key unchecked: one that is no string (an object whose toString throws) failed inside
 * it as a 500, and an array of one hash was another caller's cache entry (persisted-queries.plugin.ts checks strings).
 * A version other than 1 Apollo refuses itself (400). Read where Apollo reads it: a GET's query string (`extensions`,
 * the name decoded too: `%65xtensions`), a POST's body, never the other.
 */
function wellFormedPersistedQuery(extensions: unknown): boolean {
  if (typeof extensions !== 'object' || extensions === null || !('persistedQuery' in extensions)) return true;
  const { persistedQuery } = extensions as { persistedQuery: unknown };
  if (persistedQuery === undefined || persistedQuery === null) return true;
  return typeof persistedQuery === 'object' && typeof (persistedQuery as { sha256Hash?: unknown }).sha256Hash === 'string';
}

/** A query string's JSON parameter, parsed; undefined when absent or no JSON (Apollo answers that with a 400 of its own). */
function jsonOrUndefined(text: string | null | undefined): unknown {
  if (text === null || text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
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
