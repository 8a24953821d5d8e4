import { QueryLimits } from '../graphql/rules/limits';

export interface HttpLimits {
  /** Bodies are counted while they arrive: past this, 413 and the connection is closed unread. */
  readonly maxBodyBytes: number;
  /** The whole request, headers and body, must arrive within this; slow senders are cut off. */
  readonly requestTimeoutMs: number;
  readonly headersTimeoutMs: number;
  /** How long an idle keep-alive connection is kept open. */
  readonly keepAliveTimeoutMs: number;
  /** Open connections beyond this are closed at once, so sockets (file descriptors) stay for the rest. */
  readonly maxConnections: number;
  /** Connections one client address (an IPv6 /64) may hold; the next is closed at once. 0 turns it off. */
  readonly maxConnectionsPerAddress: number;
  /** The last this many of `maxConnections` are only for addresses holding fewer than `reservedForAddressesBelow`. */
  readonly reservedConnections: number;
  readonly reservedForAddressesBelow: number;
  /** After `bodyGraceMs`, a request body must keep arriving at this rate on average, else 408. 0 turns it off. */
  readonly minBodyBytesPerSecond: number;
  readonly bodyGraceMs: number;
}

/** A token bucket per caller: `burst` requests at once, refilled at `perSecond`. perSecond 0 turns it off. */
export interface RateLimits {
  readonly perSecond: number;
  readonly burst: number;
  /** Buckets kept at most; the least recently seen callers are forgotten first (their bucket was full again anyway, mostly). */
  readonly maxCallers: number;
  /** A ceiling per client address on top of the callers' buckets (one address, many tokens). perSecond 0 turns it off. */
  readonly addressPerSecond: number;
  readonly addressBurst: number;
}

/**
 * Every bound the edge enforces, with its default. main.ts reads overrides from the environment
 * (src/config.ts, docs/configuration.md); tests pass smaller ones. Together they cap what one request
 * may cost before any resolver runs: see docs/limits.md for the resulting bound.
 */
export interface EdgeLimits {
  readonly query: QueryLimits;
  readonly http: HttpLimits;
  readonly rate: RateLimits;
}

export const DEFAULT_LIMITS: EdgeLimits = {
  query: { maxDepth: 8, maxAliases: 5, maxDirectives: 10, maxTokens: 1000, maxQueryLength: 4_000, maxCost: 2000 },
  http: {
    // The largest request the schema has a use for (a 4,000-character query, 16 metadata pairs at their longest,
    // escaped) is under 60 KB; parsing costs by size, so a caller's bucket should not buy 1 MB bodies.
    maxBodyBytes: 65_536,
    requestTimeoutMs: 30_000,
    // Node's check of this runs every quarter of it: a socket that sends no whole request head is closed in 2 to 2.5 s.
    headersTimeoutMs: 2_000,
    keepAliveTimeoutMs: 5_000,
    maxConnections: 256,
    maxConnectionsPerAddress: 32,
    reservedConnections: 64,
    reservedForAddressesBelow: 8,
    minBodyBytesPerSecond: 1024,
    bodyGraceMs: 2_000,
  },
  rate: { perSecond: 50, burst: 100, maxCallers: 10_000, addressPerSecond: 500, addressBurst: 1_000 },
};
