// The parsing of one environment variable: a value in range, or a ConfigError that names the variable.

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
