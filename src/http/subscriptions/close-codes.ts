/**
 * How the service closes a WebSocket (docs/subscriptions.md "Close codes"). graphql-ws clients treat the
 * 44xx codes as final (no automatic retry) and retry on 1012.
 */
export const CLOSE = {
  /** The ordered shutdown: come back (to this or another instance) and resume from your last version. */
  serviceRestart: { code: 1012, reason: 'Service restart' },
  /** No token, or one that does not verify (legacy protocol: connection_error first). */
  unauthorized: { code: 4401, reason: 'Unauthorized' },
  /** The connection's token expired: no further events; reconnect with a fresh token. */
  tokenExpired: { code: 4401, reason: 'Token expired' },
  /** This caller already has the most sockets allowed. */
  tooManyConnections: { code: 4429, reason: 'Too many connections' },
  /** A subscribe reusing the id of one still opening (graphql-ws closes a duplicate of a running one alike). */
  subscriberExists: { code: 4409, reason: 'Subscriber already exists' },
  /** A socket that sent messages faster than `messagesPerSecond` after its burst. */
  tooManyMessages: { code: 4429, reason: 'Too many messages' },
  /** A new token from an address past its rate limit (the signature check is what it would cost). */
  rateLimited: { code: 4429, reason: 'Too many requests' },
} as const;

/** A message that is not one of the protocol's (graphql-ws's own code for it), with why as the reason. */
export const CLOSE_BAD_MESSAGE = 4400;

/** The two subprotocols served on /graphql, chosen by the Sec-WebSocket-Protocol header. */
export const TRANSPORT_WS = 'graphql-transport-ws';
/** The legacy subscriptions-transport-ws protocol (GraphQL Playground 1.7), confusingly named graphql-ws. */
export const LEGACY_WS = 'graphql-ws';
