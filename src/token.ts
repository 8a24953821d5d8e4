import { parseArgs } from 'node:util';
import { readConfig } from './config';
import { DevSigningKey } from './infrastructure/auth/dev-signing-key';

const NEW_KEY_WARNING =
  ', made just now: no service has used it yet. A running service accepts only tokens of its own key: run this with ' +
  'the DATA_DIR it runs with (its start-up prints the command).';

/**
 * `npm run -s token -- --sub alice [--scope wallet:admin] [--ttl 1h]`: one development token, alone
 * on stdout, signed by the key `npm start` made under DATA_DIR. Production tokens come from your issuer.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { sub: { type: 'string' }, scope: { type: 'string' }, ttl: { type: 'string' } } });
  if (!values.sub) throw new Error('usage: npm run -s token -- --sub NAME [--scope wallet:admin] [--ttl 1h]');
  if (values.ttl !== undefined && !/^\d+ ?(s|m|h|d|w)$/.test(values.ttl))
    throw new Error(`--ttl is a time span such as 30m, 1h, 7d; got "${values.ttl}"`);
  const auth = readConfig(process.env).auth;
  if (auth.kind !== 'development') throw new Error('Tokens are signed here only in development (no AUTH_JWKS_URL / AUTH_PUBLIC_KEY_FILE).');
  const key = DevSigningKey.loadOrCreate(auth.keyDir, auth.issuer, auth.audience);
  process.stdout.write(`${await key.sign({ sub: values.sub, scope: values.scope, ttl: values.ttl })}\n`);
  // On stderr, so that TOKEN=$(npm run -s token ...) still captures the token alone.
  process.stderr.write(`Signed with ${key.file}${key.madeNow ? NEW_KEY_WARNING : ''}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
