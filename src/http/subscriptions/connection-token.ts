import { bearerTokenOf, PresentedToken } from '../authentication';

/**
 * The bearer token of a WebSocket connection: `Authorization: "Bearer …"` (or `authorization`) in the
 * connection_init payload, as the HTTP header would carry it. Playground sends its tab headers there.
 */
export function connectionToken(params: Readonly<Record<string, unknown>> | undefined): PresentedToken {
  const value = params?.Authorization ?? params?.authorization;
  return bearerTokenOf(typeof value === 'string' ? value : undefined);
}
