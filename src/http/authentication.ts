import { IncomingMessage, ServerResponse } from 'node:http';
import { InvalidToken, TokenVerifier } from '../application/token-verifier.port';
import { Caller } from '../domain/caller';

const REALM = 'wallet-service';
/** A JWT is a few hundred bytes to a few KB; anything longer is refused unread. */
const MAX_TOKEN_LENGTH = 4096;
/**
 * Strictly a compact JWS: three base64url parts, no padding, no other characters. A lenient decoder
 * would take many spellings of one token, each a fresh cache entry and a fresh signature check.
 */
const COMPACT_JWT = /^Bearer +([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+) *$/i;

export type Authentication =
  | { readonly ok: true; readonly caller: Caller }
  | { readonly ok: false; readonly problem: string; readonly tokenGiven: boolean };

/** The token of `Authorization: Bearer <token>` (RFC 6750), or why there is none. */
export function bearerToken(req: IncomingMessage): { readonly token: string } | Extract<Authentication, { ok: false }> {
  return bearerTokenOf(req.headers.authorization);
}

/** The token of an Authorization value (a header, or a WebSocket's connectionParams), or why there is none. */
export function bearerTokenOf(header: string | undefined): { readonly token: string } | Extract<Authentication, { ok: false }> {
  if (header === undefined || header.trim() === '') {
    return { ok: false, problem: 'This API needs an Authorization: Bearer <token> header.', tokenGiven: false };
  }
  const match = COMPACT_JWT.exec(header);
  if (!match || match[1].length > MAX_TOKEN_LENGTH)
    return { ok: false, problem: 'The Authorization header is not "Bearer <token>".', tokenGiven: true };
  return { token: match[1] };
}

/** Verifies the presented bearer token (see bearerToken) before anything else of the request is read. */
export async function authenticate(presented: ReturnType<typeof bearerToken>, verifier: TokenVerifier): Promise<Authentication> {
  if (!('token' in presented)) return presented;
  try {
    return { ok: true, caller: await verifier.verify(presented.token) };
  } catch (error) {
    if (error instanceof InvalidToken) return { ok: false, problem: error.message, tokenGiven: true };
    throw error;
  }
}

/**
 * 401 with a GraphQL-shaped body, so a client switches on `extensions.code` as for any other error.
 * The request's body is never read: the connection closes after the answer.
 */
export function refuseUnauthenticated(req: IncomingMessage, res: ServerResponse, problem: string, tokenGiven: boolean): void {
  if (req.headers['transfer-encoding'] !== undefined || (req.headers['content-length'] ?? '0') !== '0')
    res.setHeader('connection', 'close');
  const challenge = tokenGiven ? `Bearer realm="${REALM}", error="invalid_token"` : `Bearer realm="${REALM}"`;
  res.writeHead(401, { 'content-type': 'application/json; charset=utf-8', 'www-authenticate': challenge });
  res.end(JSON.stringify({ errors: [{ message: problem, extensions: { code: 'UNAUTHENTICATED' } }] }));
}
