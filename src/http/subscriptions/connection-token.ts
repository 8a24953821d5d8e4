import { bearerTokenOf } from '../authentication';

/**
 * The bearer token of a WebSocket connection: `Authorization: "Bearer …"` (or `authorization`) in the
 * connection_init payload, as the HTTP header would carry it. Playground sends its tab headers there.
 */
export function connectionToken(params: Readonly<Record<string, unknown>> | undefined): ReturnType<typeof bearerTokenOf> {
  const value = params?.Authorization ?? params?.authorization;
  return bearerTokenOf(typeof value === 'string' ? value : undefined);
}

/**
 * When a token the verifier accepted expires, from its `exp` claim (seconds). Read only after the signature
 * was verified: the payload is then the issuer's. Undefined if it has none (the verifier requires one).
 */
export function expiresAtMs(token: string): number | undefined {
  try {
    const payload: unknown = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
    const exp = typeof payload === 'object' && payload !== null && 'exp' in payload ? payload.exp : undefined;
    return typeof exp === 'number' && Number.isFinite(exp) ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}
