import { join } from 'node:path';
import { DEFAULT_LIMITS, EdgeLimits } from './http/limits';

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

/** A setting that cannot work: the service refuses to start, with this one line. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

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
  readonly auth: AuthConfig;
  /** Any NODE_ENV but development or test (any case): a typo must not switch production off. */
  readonly production: boolean;
  /** GraphQL Playground and introspection: on in development, off in production. */
  readonly playground: boolean;
  /** GET /metrics (DynamoDB request counts, RSS, CPU) for the benchmark: off unless METRICS=true. */
  readonly metrics: boolean;
  /** Browser origins allowed to call the API (CORS); empty: same origin only. */
  readonly corsOrigins: readonly string[];
  /** SIGTERM/SIGINT: the whole shutdown (answer requests received, then stop the store) ends within this. */
  readonly shutdownTimeoutMs: number;
  /** Query, HTTP and rate limits; README "Limits". */
  readonly limits: EdgeLimits;
}

const PROJECT_DIR = join(__dirname, '..');

/**
 * The environment as a typed, validated config. Only main.ts calls this; everything else receives
 * its settings as arguments. Each variable is documented in the README's configuration table.
 */
export function readConfig(env: NodeJS.ProcessEnv): Config {
  const production = !['', 'development', 'test'].includes((env.NODE_ENV ?? '').trim().toLowerCase());
  const endpoint = env.DYNAMODB_ENDPOINT?.trim();
  const wanted = (env.WALLET_STORE ?? '').trim().toLowerCase();
  if (!['', 'aws', 'sqlite'].includes(wanted))
    throw new ConfigError(`WALLET_STORE must be aws or sqlite (or unset: embedded DynamoDB Local); got "${env.WALLET_STORE}"`);
  const wantsAws = wanted === 'aws';
  const dataDir = env.DATA_DIR || join(PROJECT_DIR, '.data', 'dynamodb');
  return {
    port: integer(env, 'PORT', 4000, 0, 65535),
    // Loopback unless asked: a development service is not for the network (the Dockerfile sets 0.0.0.0).
    host: env.HOST || '127.0.0.1',
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
    auth: auth(env, production, dataDir),
    production,
    playground: flag(env, 'PLAYGROUND', !production),
    metrics: flag(env, 'METRICS', false),
    shutdownTimeoutMs: integer(env, 'SHUTDOWN_TIMEOUT_MS', 25_000, 1_000, 600_000),
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    limits: readLimits(env),
  };
}

function readLimits(env: NodeJS.ProcessEnv): EdgeLimits {
  const { query, http, rate } = DEFAULT_LIMITS;
  const BIG = 1_000_000_000;
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
      maxConnections: integer(env, 'MAX_CONNECTIONS', http.maxConnections, 1, 1_000_000),
    },
    rate: {
      perSecond: integer(env, 'RATE_LIMIT_PER_SECOND', rate.perSecond, 0, BIG),
      burst: integer(env, 'RATE_LIMIT_BURST', rate.burst, 1, BIG),
      maxCallers: integer(env, 'RATE_LIMIT_MAX_CALLERS', rate.maxCallers, 1, BIG),
    },
  };
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

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}; got "${text}"`);
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const text = env[name]?.toLowerCase();
  if (text === undefined || text === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(text)) return true;
  if (['0', 'false', 'no', 'off'].includes(text)) return false;
  throw new ConfigError(`${name} must be true or false; got "${env[name]}"`);
}

function url(text: string, name: string, example: string): string {
  try {
    return new URL(text).toString().replace(/\/$/, '');
  } catch {
    throw new ConfigError(`${name} must be a URL such as ${example}; got "${text}"`);
  }
}
