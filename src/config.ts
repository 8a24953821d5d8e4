import { join } from 'node:path';

/** Where the wallets are stored. */
export type StoreConfig =
  | { readonly kind: 'embedded'; readonly dataDir: string; readonly port?: number }
  | { readonly kind: 'endpoint'; readonly endpoint: string }
  | { readonly kind: 'aws' };

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly tableName: string;
  readonly region: string;
  readonly store: StoreConfig;
  /** GraphQL Playground and introspection: on in development, off in production. */
  readonly playground: boolean;
  /** GET /metrics (DynamoDB request counts, RSS, CPU) for the benchmark: off unless METRICS=true. */
  readonly metrics: boolean;
  /** Browser origins allowed to call the API (CORS); empty: same origin only. */
  readonly corsOrigins: readonly string[];
  /** SIGTERM/SIGINT: the whole shutdown (answer requests received, then stop the store) ends within this. */
  readonly shutdownTimeoutMs: number;
}

const PROJECT_DIR = join(__dirname, '..');

/**
 * The environment as a typed, validated config. Only main.ts calls this; everything else receives
 * its settings as arguments. Each variable is documented in the README's configuration table.
 */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  const endpoint = env.DYNAMODB_ENDPOINT?.trim();
  const wantsAws = (env.WALLET_STORE ?? '').toLowerCase() === 'aws';
  return {
    port: integer(env, 'PORT', 4000, 0, 65535),
    host: env.HOST || '0.0.0.0',
    tableName: env.DYNAMODB_TABLE || 'wallets',
    region: env.AWS_REGION || env.AWS_DEFAULT_REGION || 'us-east-1',
    store: endpoint
      ? { kind: 'endpoint', endpoint: url(endpoint) }
      : wantsAws
        ? { kind: 'aws' }
        : {
            kind: 'embedded',
            dataDir: env.DATA_DIR || join(PROJECT_DIR, '.data', 'dynamodb'),
            port: env.EMBEDDED_DYNAMODB_PORT ? integer(env, 'EMBEDDED_DYNAMODB_PORT', 0, 1, 65535) : undefined,
          },
    playground: flag(env, 'PLAYGROUND', !production),
    metrics: flag(env, 'METRICS', false),
    shutdownTimeoutMs: integer(env, 'SHUTDOWN_TIMEOUT_MS', 25_000, 1_000, 600_000),
    corsOrigins: (env.CORS_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
  };
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name} must be a whole number from ${min} to ${max}; got "${text}"`);
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const text = env[name]?.toLowerCase();
  if (text === undefined || text === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(text)) return true;
  if (['0', 'false', 'no', 'off'].includes(text)) return false;
  throw new Error(`${name} must be true or false; got "${env[name]}"`);
}

function url(text: string): string {
  try {
    return new URL(text).toString().replace(/\/$/, '');
  } catch {
    throw new Error(`DYNAMODB_ENDPOINT must be a URL such as http://localhost:8000; got "${text}"`);
  }
}
