import { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { TokenVerifier } from '../application/token-verifier.port';
import { RequestContext } from '../graphql/request-context';
import { authenticate, refuseUnauthenticated } from './authentication';

const MAX_BODY_BYTES = 1_000_000;

/**
 * Apollo Server on Node's own http module: the request becomes Apollo's HTTPGraphQLRequest and the
 * answer is written back as is. (Apollo 5 leaves framework integrations to separate packages; the
 * service needs nothing more than this.)
 */
export function graphqlHandler(apollo: ApolloServer<RequestContext>, verifier: TokenVerifier) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    // Who is asking comes first: an anonymous or forged request costs one header check, no body read.
    const authentication = await authenticate(req, verifier);
    if (!authentication.ok) {
      // Its body is never read: the connection closes after the answer.
      if (hasBody(req)) res.setHeader('connection', 'close');
      return refuseUnauthenticated(res, authentication.problem, authentication.tokenGiven);
    }
    const context: RequestContext = { caller: authentication.caller };
    const body = await readBody(req);
    if (body === TOO_LARGE) return plain(res, 413, 'Request body too large');
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
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: new URL(req.url ?? '/', 'http://localhost').search, body: parsed },
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

const TOO_LARGE = Symbol('too large');

function hasBody(req: IncomingMessage): boolean {
  return req.headers['transfer-encoding'] !== undefined || (req.headers['content-length'] ?? '0') !== '0';
}

function readBody(req: IncomingMessage): Promise<string | typeof TOO_LARGE> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => done(size > MAX_BODY_BYTES ? TOO_LARGE : Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

export function plain(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(`${text}\n`);
}
