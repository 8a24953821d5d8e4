import { generateKeyPairSync, KeyObject } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../../../src/config';
import { openAuth } from '../../../src/infrastructure/auth/open-auth';

const dir = mkdtempSync(join(tmpdir(), 'open-auth-'));
const fileOf = (name: string, key: KeyObject) => {
  const file = join(dir, `${name}.pem`);
  writeFileSync(file, key.export({ type: 'spki', format: 'pem' }));
  return file;
};
const open = (file: string) => openAuth({ kind: 'public-key', file, issuer: 'issuer', audience: 'audience' });

describe('AUTH_PUBLIC_KEY_FILE', () => {
  it('takes a key that verifies an accepted algorithm', () => {
    expect(open(fileOf('p384', generateKeyPairSync('ec', { namedCurve: 'P-384' }).publicKey)).verifier).toBeDefined();
    expect(open(fileOf('rsa', generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey)).verifier).toBeDefined();
  });

  it.each([
    ['an RSA key of 1024 bits', () => generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey],
    ['an X25519 key', () => generateKeyPairSync('x25519').publicKey],
  ])('refuses %s at start-up, in one line, rather than every token after it', (name, key) => {
    const file = fileOf(name.replace(/ /g, '-'), key());
    expect(() => open(file)).toThrow(ConfigError);
    expect(() => open(file)).toThrow(`AUTH_PUBLIC_KEY_FILE ${file}: The public key verifies none of the accepted algorithms`);
  });
});
