import { parseArgs } from 'node:util';
import { readConfig } from './config';
import { DEV_TOKEN_TTL, DevSigningKey } from './infrastructure/auth/dev-signing-key';

const NEW_KEY_WARNING =
  ', made just now: no service has used it yet. A running service accepts only tokens of its own key: run this with ' +
  'the DATA_DIR it runs with (its start-up prints the command).';

/**
 * `npm run -s token -- --sub alice [--scope wallet:admin] [--ttl 1h]`: one development token, alone
 * on stdout, signed by the key `npm start` made under DATA_DIR. Production tokens come from your issuer.
 */
const USAGE = 'usage: npm run -s token -- --sub NAME [--scope wallet:admin] [--ttl 1h]';

async function main(): Promise<void> {
  const options = {
    sub: { type: 'string' },
    scope: { type: 'string' },
    ttl: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  } as const;
  let values: { sub?: string; scope?: string; ttl?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ options }));
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  if (values.help) {
    process.stdout.write(
      `${USAGE}\nPrints one development token, signed by the key npm start keeps under DATA_DIR (docs/authentication.md).\n`,
    );
    return;
  }
  if (!values.sub) throw new Error(USAGE);
  if (values.ttl !== undefined && !/^\d+ ?(s|m|h|d|w)$/.test(values.ttl))
    throw new Error(
      `--ttl is a time span such as 30m, 1h, 12h (the service refuses tokens living longer than TOKEN_MAX_LIFETIME_SECONDS, 24 h by default); got "${values.ttl}"`,
    );
  const { auth, tokenPolicy } = readConfig(process.env);
  const ttl = values.ttl ?? DEV_TOKEN_TTL;
  const lifetime = ttlSeconds(ttl);
  if (lifetime === 0) throw new Error('--ttl 0 makes a token that has expired already: ask for 1s or more');
  if (lifetime > tokenPolicy.maxLifetimeSeconds)
    throw new Error(
      `--ttl ${ttl} is longer than the service accepts: TOKEN_MAX_LIFETIME_SECONDS is ${tokenPolicy.maxLifetimeSeconds} (set it higher for both, or ask for less)`,
    );
  if (auth.kind !== 'development') throw new Error('Tokens are signed here only in development (no AUTH_JWKS_URL / AUTH_PUBLIC_KEY_FILE).');
  const key = DevSigningKey.loadOrCreate(auth.keyDir, auth.issuer, auth.audience);
  process.stdout.write(`${await key.sign({ sub: values.sub, scope: values.scope, ttl })}\n`);
  // On stderr, so that TOKEN=$(npm run -s token ...) still captures the token alone.
  process.stderr.write(`Signed with ${key.file}${key.madeNow ? NEW_KEY_WARNING : ''}\n`);
}

/** A span as jose reads `--ttl` (already checked against its shape): "30m" is 1,800 seconds. */
function ttlSeconds(ttl: string): number {
  const unit = { s: 1, m: 60, h: 3_600, d: 86_400, w: 604_800 }[ttl.slice(-1) as 's' | 'm' | 'h' | 'd' | 'w'];
  return Number.parseInt(ttl, 10) * unit;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
