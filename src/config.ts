import { join } from 'node:path';
import { DEFAULT_TOKEN_POLICY, TokenPolicy } from './application/token-verifier.port';
import { readLimits, readSubscriptionLimits } from './config-limits';
import { EdgeLimits } from './http/limits';
import { SubscriptionLimits } from './http/subscriptions/subscription-limits';
import { ConfigError, flag, integer, listenHost, url } from './config-values';
import { STORE_REQUEST_TIMEOUT_MS } from './infrastructure/dynamodb/dynamodb-client';
import { LOG_LEVELS } from './logger';

export { ConfigError } from './config-values';

/** LOG_LEVEL and LOG_PRETTY, read before everything else (the logger reports what follows). */
export function readLogSettings(env: NodeJS.ProcessEnv): { level: string; pretty: boolean } {
  const level = (env.LOG_LEVEL ?? '').trim().toLowerCase() || 'info';
  if (!LOG_LEVELS.includes(level)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}; got "${env.LOG_LEVEL}"`);
  return { level, pretty: flag(env, 'LOG_PRETTY', false) };
}

/** How bearer tokens are verified. */
export type AuthConfig =
  /** No keys configured outside production: a local key pair under the data directory signs and verifies. */
  | {
      readonly kind: 'development';
      /** DATA_DIR: `npm run token` must be given the same one to sign with this key. */
      readonly dataDir: string;
      readonly keyDir: string;
      readonly issuer?: string;
      readonly audience?: string;
    }
  | { readonly kind: 'jwks'; readonly url: string; readonly issuer: string; readonly audience: string }
  | { readonly kind: 'public-key'; readonly file: string; readonly issuer: string; readonly audience: string };

/** Where the wallets are stored. */
export type StoreConfig =
  | { readonly kind: 'embedded'; readonly dataDir: string; readonly port?: number; readonly javaHome?: string }
  | { readonly kind: 'endpoint'; readonly endpoint: string }
  | { readonly kind: 'aws' }
  /** One SQLite database file (node:sqlite, Node >= 22.13): durable on a single node, no Java. */
  | { readonly kind: 'sqlite'; readonly file: string };

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly tableName: string;
  readonly region: string;
  readonly store: StoreConfig;
  /** DynamoDB stores: the longest one attempt of a store request may take (the SDK retries, 3 attempts in all). */
  readonly storeRequestTimeoutMs: number;
  readonly auth: AuthConfig;
  /** The longest token lifetime accepted and the verified-token cache's bounds (docs/limits.md). */
  readonly tokenPolicy: TokenPolicy;
  /** Any NODE_ENV but development or test (any case): a typo must not switch production off. */
  readonly production: boolean;
  /** GraphQL Playground and introspection: on in development, off in production. */
  readonly playground: boolean;
  /** Development: the Playground page's token for a connection from any address (a container published on loopback). */
  readonly playgroundTokenAnyAddress: boolean;
  /** GET /metrics (Prometheus) on a port of its own, loopback by default; off unless METRICS_PORT is set. */
  readonly metrics?: { readonly port: number; readonly host: string };
  /** Browser origins allowed to call the API (CORS); empty: same origin only. */
  readonly corsOrigins: readonly string[];
  /** SIGTERM/SIGINT: the whole shutdown (answer requests received, then stop the store) ends within this. */
  readonly shutdownTimeoutMs: number;
  /** Query, HTTP and rate limits; docs/limits.md. */
  readonly limits: EdgeLimits;
  /** The WebSocket side's bounds; docs/subscriptions.md "Limits". */
  readonly subscriptionLimits: SubscriptionLimits;
  /** After a store write failed for want of the store (a full disk), how long /health/ready says 503 unless a write succeeds. */
  readonly storeWriteFailureQuietMs: number;
  /** SQLite: how long a write waits for a write lock another process holds, before STORE_UNAVAILABLE. */
  readonly sqliteLockTimeoutMs: number;
}

const PROJECT_DIR = join(__dirname, '..');

/**
 * The environment as a typed, validated config. Only main.ts calls this; everything else receives
 * its settings as arguments. Each variable is documented in docs/configuration.md.
 */
export function readConfig(env: NodeJS.ProcessEnv): Config {
  const production = !['', 'development', 'test'].includes((env.NODE_ENV ?? '').trim().toLowerCase());
  const endpoint = env.DYNAMODB_ENDPOINT?.trim();
  const wanted = (env.WALLET_STORE ?? '').trim().toLowerCase();
  if (!['', 'aws', 'sqlite'].includes(wanted))
    throw new ConfigError(`WALLET_STORE must be aws or sqlite (or unset: embedded DynamoDB Local); got "${env.WALLET_STORE}"`);
  const wantsAws = wanted === 'aws';
  // Two settings that name different stores: one would be ignored, silently (AWS's credentials swapped for dummies).
  if (endpoint && wanted !== '')
    throw new ConfigError(`DYNAMODB_ENDPOINT names a DynamoDB Local, WALLET_STORE=${wanted} another store: unset one of them`);
  if (env.SQLITE_FILE && wanted !== 'sqlite')
    throw new ConfigError('SQLITE_FILE is read with WALLET_STORE=sqlite only: set both, or unset it');
  const dataDir = env.DATA_DIR || join(PROJECT_DIR, '.data', 'dynamodb');
  return {
    port: integer(env, 'PORT', 4000, 0, 65535),
    // Loopback unless asked: a development service is not for the network (the Dockerfile sets 0.0.0.0).
    host: listenHost(env, 'HOST', '127.0.0.1'),
    tableName: env.DYNAMODB_TABLE || 'wallets',
    region: env.AWS_REGION || env.AWS_DEFAULT_REGION || 'us-east-1',
    store:
      wanted === 'sqlite'
        ? { kind: 'sqlite', file: env.SQLITE_FILE || join(dataDir, 'wallets.sqlite') }
        : endpoint
          ? { kind: 'endpoint', endpoint: url(endpoint, 'DYNAMODB_ENDPOINT', 'http://localhost:8000') }
          : wantsAws
            ? { kind: 'aws' }
            : {
                kind: 'embedded',
                dataDir,
                port: env.EMBEDDED_DYNAMODB_PORT ? integer(env, 'EMBEDDED_DYNAMODB_PORT', 0, 1, 65535) : undefined,
                javaHome: env.JAVA_HOME || undefined,
              },
    storeRequestTimeoutMs: integer(env, 'DYNAMODB_REQUEST_TIMEOUT_MS', STORE_REQUEST_TIMEOUT_MS, 100, 600_000),
    auth: auth(env, production, dataDir),
    tokenPolicy: {
      maxLifetimeSeconds: integer(env, 'TOKEN_MAX_LIFETIME_SECONDS', DEFAULT_TOKEN_POLICY.maxLifetimeSeconds, 1, 10 * 365 * 86_400),
      cacheEntries: integer(env, 'TOKEN_CACHE_ENTRIES', DEFAULT_TOKEN_POLICY.cacheEntries, 0, 10_000_000),
      cacheBytes: integer(env, 'TOKEN_CACHE_BYTES', DEFAULT_TOKEN_POLICY.cacheBytes, 0, 1_000_000_000_000),
    },
    production,
    playground: flag(env, 'PLAYGROUND', !production),
    playgroundTokenAnyAddress: flag(env, 'PLAYGROUND_TOKEN_ANY_ADDRESS', false),
    metrics: readMetrics(env),
    shutdownTimeoutMs: integer(env, 'SHUTDOWN_TIMEOUT_MS', 25_000, 1_000, 600_000),
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    limits: readLimits(env),
    subscriptionLimits: readSubscriptionLimits(env),
    storeWriteFailureQuietMs: integer(env, 'STORE_WRITE_FAILURE_QUIET_MS', 10_000, 0, 3_600_000),
    sqliteLockTimeoutMs: integer(env, 'SQLITE_LOCK_TIMEOUT_MS', 5_000, 0, 600_000),
  };
}

/** Never on the API port: scrapers are internal, the API port is public (docs/running-it.md). */
function readMetrics(env: NodeJS.ProcessEnv): Config['metrics'] {
  if (env.METRICS !== undefined)
    throw new ConfigError('METRICS is gone: set METRICS_PORT (and METRICS_HOST) for Prometheus metrics on a port of their own.');
  if (!env.METRICS_PORT) return undefined;
  const port = integer(env, 'METRICS_PORT', 0, 0, 65535);
  // Found only after the store had started, with a message naming neither variable.
  if (port !== 0 && port === integer(env, 'PORT', 4000, 0, 65535))
    throw new ConfigError(`METRICS_PORT must differ from PORT (metrics are never served on the API's port); both are ${port}`);
  return { port, host: listenHost(env, 'METRICS_HOST', '127.0.0.1') };
}

/** Production fails closed: without a key to verify tokens by, the service does not start. */
function auth(env: NodeJS.ProcessEnv, production: boolean, dataDir: string): AuthConfig {
  const jwks = env.AUTH_JWKS_URL?.trim();
  const file = env.AUTH_PUBLIC_KEY_FILE?.trim();
  const issuer = env.AUTH_ISSUER?.trim() || undefined;
  const audience = env.AUTH_AUDIENCE?.trim() || undefined;
  if (jwks && file) throw new ConfigError('Set AUTH_JWKS_URL or AUTH_PUBLIC_KEY_FILE, not both.');
  if (!jwks && !file) {
    if (production) {
      throw new ConfigError(
        'NODE_ENV=production needs a key to verify bearer tokens by: set AUTH_JWKS_URL or AUTH_PUBLIC_KEY_FILE, ' +
          'with AUTH_ISSUER and AUTH_AUDIENCE. Refusing to start.',
      );
    }
    return { kind: 'development', dataDir, keyDir: join(dataDir, 'dev-auth'), issuer, audience };
  }
  if (!issuer || !audience) throw new ConfigError('AUTH_ISSUER and AUTH_AUDIENCE must be set with AUTH_JWKS_URL or AUTH_PUBLIC_KEY_FILE.');
  if (jwks) {
    const parsed = url(jwks, 'AUTH_JWKS_URL', 'https://issuer.example/.well-known/jwks.json');
    if (production && !parsed.startsWith('https:')) throw new ConfigError(`AUTH_JWKS_URL must be https in production; got "${jwks}"`);
    return { kind: 'jwks', url: parsed, issuer, audience };
  }
  return { kind: 'public-key', file: file as string, issuer, audience };
}
