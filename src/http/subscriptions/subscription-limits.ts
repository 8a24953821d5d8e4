/**
 * The bounds of the WebSocket side (docs/subscriptions.md "Limits"). Every socket is also a TCP
 * connection of the HTTP server, so MAX_CONNECTIONS caps them too.
 */
export interface SubscriptionLimits {
  /** Open sockets in all; past it the upgrade is answered 503 (clients retry later). */
  readonly maxConnections: number;
  /**
   * Open sockets not yet acknowledged (no valid connection_init yet), in all: past it a new socket takes the place of
   * the oldest of them that is not being verified (503 when every one is). The rest of `maxConnections` is only for
   * sockets that have shown a valid token.
   */
  readonly maxUnauthenticatedConnections: number;
  /** Open sockets of one caller (token subject); past it the new one is closed with 4429. */
  readonly maxConnectionsPerCaller: number;
  /** Subscriptions running on one socket; past it a subscribe gets an error result. */
  readonly maxSubscriptionsPerConnection: number;
  /** One message, in bytes (ws `maxPayload`): a larger one closes the socket with 1009. */
  readonly maxMessageBytes: number;
  /** A ping every this often; a socket that has not answered the previous one by then is cut. */
  readonly keepAliveMs: number;
  /** How long a socket may stay open without a valid connection_init. */
  readonly connectionInitTimeoutMs: number;
  /**
   * Messages (and WebSocket pings and pongs) one socket may send: `messageBurst` at once, then `messagesPerSecond`; past it the
   * socket is closed with 4429. Every message is parsed and most are answered: a socket of pongs ran at 5,800 a second.
   */
  readonly messagesPerSecond: number;
  readonly messageBurst: number;
}

export const DEFAULT_SUBSCRIPTION_LIMITS: SubscriptionLimits = {
  maxConnections: 200,
  // A quarter: an honest client is unacknowledged for the round trip plus its connectionParams, so 50 admit hundreds of
  // connects a second; a newcomer cuts a socket of the address holding the most (unauthenticated-sockets.ts).
  maxUnauthenticatedConnections: 50,
  maxConnectionsPerCaller: 10,
  maxSubscriptionsPerConnection: 20,
  maxMessageBytes: 16_384,
  keepAliveMs: 12_000,
  connectionInitTimeoutMs: 5_000,
  // A client subscribes, completes and pings a few times a minute; a page of 20 subscriptions re-mounted at once in
  // React's development mode (complete, subscribe, twice) about 80 at once.
  messagesPerSecond: 20,
  messageBurst: 100,
};
