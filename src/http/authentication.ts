import { IncomingMessage, ServerResponse } from 'node:http';
import { InvalidToken, TokenVerifier, VerifiedToken } from '../application/token-verifier.port';
import { answerGraphQLError } from './graphql-error-answer';
import { closeUnlessDrainable } from './refused-body';

const REALM = 'wallet-service';
/** A JWT is a few hundred bytes to a few KB; anything longer is refused unread. */
const MAX_TOKEN_LENGTH = 4096;
/**
 * Strictly a compact JWS: three base64url parts, no padding, no other characters, each part the one spelling of
 * its bytes (canonicalBase64url). A lenient decoder would take many spellings of one token, each a fresh cache
 * entry and a fresh signature check.
 */
const COMPACT_JWT = /^Bearer +([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+) *$/i;
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Why a request proves no caller: the problem as the client is told it, and whether a token was given at all. */
export interface Unauthenticated {
  readonly ok: false;
  readonly refusal: 'unauthenticated';
  readonly problem: string;
  readonly tokenGiven: boolean;
}

/** A presented bearer token, or why there is none. */
export type PresentedToken = { readonly token: string } | Unauthenticated;

export type Identification =
  | { readonly ok: true; readonly verified: VerifiedToken }
  | { readonly ok: false; readonly refusal: 'rate_limited' }
  | Unauthenticated;

/** The token of `Authorization: Bearer <token>` (RFC 6750), or why there is none. */
export function bearerToken(req: IncomingMessage): PresentedToken {
  return bearerTokenOf(req.headers.authorization);
}

/** The token of an Authorization value (a header, or a WebSocket's connectionParams), or why there is none. */
export function bearerTokenOf(header: string | undefined): PresentedToken {
  if (header === undefined || header.trim() === '')
    return unauthenticated('This API needs an Authorization: Bearer <token> header.', false);
  const match = COMPACT_JWT.exec(header);
  if (match && match[1].length <= MAX_TOKEN_LENGTH && match[1].split('.').every(canonicalBase64url)) return { token: match[1] };
  // What was wrong, in the words a client can act on: the scheme, or the token after it.
  if (!BEARER_SCHEME.test(header)) return unauthenticated('The Authorization header is not "Bearer <token>".', true);
  if ((BEARER_TOKEN.exec(header)?.[1].length ?? 0) > MAX_TOKEN_LENGTH)
    return unauthenticated(`The bearer token is longer than ${MAX_TOKEN_LENGTH} characters.`, true);
  return unauthenticated(MALFORMED_TOKEN, true);
}

const BEARER_SCHEME = /^Bearer +\S/i;
const BEARER_TOKEN = /^Bearer +(\S+)/i;
/** Quotes, a comma, padding, a second word, a part missing, or a part spelt otherwise than its bytes encode. */
export const MALFORMED_TOKEN =
  'The bearer token is not a JWT as issued: three base64url parts joined by dots, without quotes, padding or anything after it.';

/**
 * Who presented the token, as every route and every WebSocket asks it, before anything else of the request is read.
 * A token verified before is known at once. Anything else may cost a signature check: its address pays first
 * (`addressPays`, false when that bucket is empty), so a flood of new or forged tokens is limited like any flood.
 */
export async function identify(presented: PresentedToken, tokens: TokenVerifier, addressPays: () => boolean): Promise<Identification> {
  const known = 'token' in presented ? tokens.remembered(presented.token) : undefined;
  if (known) return { ok: true, verified: known };
  if (!addressPays()) return { ok: false, refusal: 'rate_limited' };
  if (!('token' in presented)) return presented;
  try {
    return { ok: true, verified: await tokens.verify(presented.token) };
  } catch (error) {
    if (error instanceof InvalidToken) return unauthenticated(error.message, true);
    throw error;
  }
}

/**
 * Whether a base64url text (of the alphabet already) is the one spelling of its bytes, as encoding them again would
 * give: no lone last character (6 bits, no byte), and the unused low bits of a last character that ends 1 or 2
 * bytes zero. Node's decoder ignores both, so the last character of a signature had 16 (or 4) spellings and a signature of
 * a multiple of 3 bytes (ES384's 96) took any one character more. Only the last character needs a look.
 */
function canonicalBase64url(text: string): boolean {
  switch (text.length % 4) {
    case 0:
      return true;
    case 2: // 1 byte in the last 2 characters: 4 bits unused
      return (BASE64URL.indexOf(text[text.length - 1]) & 0b1111) === 0;
    case 3: // 2 bytes in the last 3 characters: 2 bits unused
      return (BASE64URL.indexOf(text[text.length - 1]) & 0b11) === 0;
    default:
      return false;
  }
}

function unauthenticated(problem: string, tokenGiven: boolean): Unauthenticated {
  return { ok: false, refusal: 'unauthenticated', problem, tokenGiven };
}

/**
 * 401 with a GraphQL-shaped body (graphql-error-answer.ts). Nothing parses the request's body; a small one is drained
 * and the connection kept (refused-body.ts: test/e2e/token-attacks.e2e.test.ts sends the body after the 401).
 */
export function refuseUnauthenticated(req: IncomingMessage, res: ServerResponse, problem: string, tokenGiven: boolean): void {
  closeUnlessDrainable(req, res);
  const challenge = tokenGiven ? `Bearer realm="${REALM}", error="invalid_token"` : `Bearer realm="${REALM}"`;
  answerGraphQLError(res, 401, 'UNAUTHENTICATED', problem, { 'www-authenticate': challenge });
}
