// The parsing of one environment variable: a value in range, or a ConfigError that names the variable.
import { isIP } from 'node:net';

/** A setting that cannot work: the service refuses to start, with this one line. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}; got "${text}"`);
  return value;
}

export function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const text = env[name]?.toLowerCase();
  if (text === undefined || text === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(text)) return true;
  if (['0', 'false', 'no', 'off'].includes(text)) return false;
  throw new ConfigError(`${name} must be true or false; got "${env[name]}"`);
}

export function url(text: string, name: string, example: string): string {
  try {
    return new URL(text).toString().replace(/\/$/, '');
  } catch {
    throw new ConfigError(`${name} must be a URL such as ${example}; got "${text}"`);
  }
}

/**
 * A DNS name: dot-separated labels of letters, digits and inner hyphens (RFC 1123) or underscores (a Compose service
 * such as `wallet_api` resolves), 253 characters at most, its last label not all digits (`300.1.1.1` is a mistyped
 * address, not a name).
 */
const HOST_NAME =
  /^(?=.{1,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9])?\.)*(?=[A-Za-z0-9_-]*[A-Za-z_-])[A-Za-z0-9](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9])?\.?$/;

/**
 * An address to listen on: an IP address (`0.0.0.0`, `::`) or a host name. A value that is neither failed only when the
 * service listened, after the store had started (seconds, with DynamoDB Local), in Node's words.
 */
export function listenHost(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const text = env[name]?.trim();
  if (text === undefined || text === '') return fallback;
  if (isIP(text) === 0 && !HOST_NAME.test(text))
    throw new ConfigError(`${name} must be an IP address (such as 127.0.0.1 or 0.0.0.0) or a host name; got "${env[name]}"`);
  return text;
}
