import { DEFAULT_LIMITS, EdgeLimits } from './http/limits';
import { DEFAULT_SUBSCRIPTION_LIMITS, SubscriptionLimits } from './http/subscriptions/subscription-limits';
import { ConfigError, integer } from './config-values';

/** Query, HTTP and rate limits: docs/limits.md, docs/configuration.md. */
export function readLimits(env: NodeJS.ProcessEnv): EdgeLimits {
  const limits = edgeLimits(env);
  if (limits.http.reservedConnections >= limits.http.maxConnections)
    throw new ConfigError(`RESERVED_CONNECTIONS must be less than MAX_CONNECTIONS (${limits.http.maxConnections})`);
  return limits;
}

function edgeLimits(env: NodeJS.ProcessEnv): EdgeLimits {
  const { query, http, rate } = DEFAULT_LIMITS;
  const BIG = 1_000_000_000;
  const maxConnections = integer(env, 'MAX_CONNECTIONS', http.maxConnections, 1, 1_000_000);
  return {
    query: {
      maxDepth: integer(env, 'MAX_QUERY_DEPTH', query.maxDepth, 1, 100),
      maxAliases: integer(env, 'MAX_QUERY_ALIASES', query.maxAliases, 0, 1000),
      maxDirectives: integer(env, 'MAX_QUERY_DIRECTIVES', query.maxDirectives, 0, 1000),
      maxTokens: integer(env, 'MAX_QUERY_TOKENS', query.maxTokens, 10, 100_000),
      maxQueryLength: integer(env, 'MAX_QUERY_LENGTH', query.maxQueryLength, 100, 1_000_000),
      maxCost: integer(env, 'MAX_QUERY_COST', query.maxCost, 1, BIG),
    },
    http: {
      maxBodyBytes: integer(env, 'MAX_BODY_BYTES', http.maxBodyBytes, 1024, 100_000_000),
      requestTimeoutMs: integer(env, 'REQUEST_TIMEOUT_MS', http.requestTimeoutMs, 100, 3_600_000),
      headersTimeoutMs: integer(env, 'HEADERS_TIMEOUT_MS', http.headersTimeoutMs, 100, 3_600_000),
      keepAliveTimeoutMs: integer(env, 'KEEP_ALIVE_TIMEOUT_MS', http.keepAliveTimeoutMs, 100, 3_600_000),
      maxConnections,
      maxConnectionsPerAddress: integer(env, 'MAX_CONNECTIONS_PER_ADDRESS', http.maxConnectionsPerAddress, 0, 1_000_000),
      // A quarter of a smaller MAX_CONNECTIONS unless set: lowering one setting must not make the other invalid.
      reservedConnections: integer(
        env,
        'RESERVED_CONNECTIONS',
        Math.min(http.reservedConnections, Math.floor(maxConnections / 4)),
        0,
        1_000_000,
      ),
      reservedForAddressesBelow: integer(env, 'RESERVED_FOR_ADDRESSES_BELOW', http.reservedForAddressesBelow, 1, 1_000_000),
      minBodyBytesPerSecond: integer(env, 'MIN_BODY_BYTES_PER_SECOND', http.minBodyBytesPerSecond, 0, BIG),
      bodyGraceMs: integer(env, 'BODY_GRACE_MS', http.bodyGraceMs, 0, 3_600_000),
    },
    rate: {
      perSecond: integer(env, 'RATE_LIMIT_PER_SECOND', rate.perSecond, 0, BIG),
      burst: integer(env, 'RATE_LIMIT_BURST', rate.burst, 1, BIG),
      maxCallers: integer(env, 'RATE_LIMIT_MAX_CALLERS', rate.maxCallers, 1, BIG),
      addressPerSecond: integer(env, 'ADDRESS_RATE_LIMIT_PER_SECOND', rate.addressPerSecond, 0, BIG),
      addressBurst: integer(env, 'ADDRESS_RATE_LIMIT_BURST', rate.addressBurst, 1, BIG),
    },
  };
}

/** The WebSocket side's bounds (docs/subscriptions.md "Limits"): the defaults, but for the unauthenticated sockets' pool. */
export function readSubscriptionLimits(env: NodeJS.ProcessEnv): SubscriptionLimits {
  const limits = DEFAULT_SUBSCRIPTION_LIMITS;
  return {
    ...limits,
    maxUnauthenticatedConnections: integer(
      env,
      'MAX_UNAUTHENTICATED_WEBSOCKETS',
      limits.maxUnauthenticatedConnections,
      1,
      limits.maxConnections,
    ),
  };
}
