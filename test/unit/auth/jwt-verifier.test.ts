import { setTimeout as sleep } from 'node:timers/promises';
import { generateKeyPairSync } from 'node:crypto';
import { SignJWT } from 'jose';
import { DEFAULT_TOKEN_POLICY, InvalidToken } from '../../../src/application/token-verifier.port';
import { JwtVerifier } from '../../../src/infrastructure/auth/jwt-verifier';

/** Real keys and real signatures (jose); the test chooses only the claims. */
const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const stranger = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
const verifier = new JwtVerifier({ key: publicKey, issuer: 'issuer', audience: 'audience', clockToleranceSeconds: 5 });
const now = Math.floor(Date.now() / 1000);

interface Claims {
  sub?: string;
  iss?: string;
  aud?: string;
  exp?: number;
  nbf?: number;
  iat?: number;
  scope?: string;
}
function token(claims: Claims = {}, key = privateKey, alg = 'ES256'): Promise<string> {
  const { sub = 'alice', iss = 'issuer', aud = 'audience', exp = now + 600, nbf, iat, scope } = claims;
  const jwt = new SignJWT(scope === undefined ? {} : { scope })
    .setProtectedHeader({ alg })
    .setIssuer(iss)
    .setAudience(aud)
    .setExpirationTime(exp);
  if (sub !== '') jwt.setSubject(sub);
  if (nbf !== undefined) jwt.setNotBefore(nbf);
  if (iat !== undefined) jwt.setIssuedAt(iat);
  return jwt.sign(key);
}
const outcome = (text: string) =>
  verifier.verify(text).then(
    (verified) => verified.caller,
    (error: unknown) => (error instanceof InvalidToken ? error.reason : `threw ${String(error)}`),
  );

describe('JwtVerifier', () => {
  it('accepts a token of the configured issuer and audience: the caller is its sub, scopes from `scope`', async () => {
    expect(await outcome(await token())).toEqual({ id: 'alice', admin: false });
    expect(await outcome(await token({ sub: 'op', scope: 'wallet:read wallet:admin' }))).toEqual({ id: 'op', admin: true });
    expect(await outcome(await token({ sub: 'eve', scope: 'wallet:administrator' }))).toEqual({ id: 'eve', admin: false });
  });

  it('allows a small clock skew, no more', async () => {
    expect(await outcome(await token({ exp: now - 2 }))).toEqual({ id: 'alice', admin: false });
    expect(await outcome(await token({ nbf: now + 2 }))).toEqual({ id: 'alice', admin: false });
    expect(await outcome(await token({ exp: now - 60 }))).toBe('expired');
    expect(await outcome(await token({ nbf: now + 60 }))).toBe('claim nbf is not acceptable');
  });

  it.each([
    ['wrong issuer', { iss: 'someone-else' }, 'claim iss is not acceptable'],
    ['wrong audience', { aud: 'another-service' }, 'claim aud is not acceptable'],
    ['no subject', { sub: '' }, 'claim sub is not acceptable'],
    ['a subject that is not well-formed Unicode', { sub: 'carol\ud800' }, 'sub must be 1 to 128 characters of well-formed Unicode'],
  ])('refuses a token with %s', async (_case, claims, reason) => {
    expect(await outcome(await token(claims))).toBe(reason);
  });

  it('refuses a token signed by another key, a symmetric or unsigned one, and malformed text', async () => {
    expect(await outcome(await token({}, stranger))).toBe('signature does not verify');
    const hs256 = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('alice')
      .setIssuer('issuer')
      .setAudience('audience')
      .setExpirationTime(now + 600)
      .sign(new TextEncoder().encode('a-shared-secret-of-32-bytes-or-more!'));
    expect(await outcome(hs256)).toBe('algorithm not accepted');
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ sub: 'alice', iss: 'issuer', aud: 'audience', exp: now + 600 })).toString('base64url')}.`;
    expect(await outcome(unsigned)).toBe('algorithm not accepted');
    expect(await outcome('not.a.token')).toBe('malformed');
    const [header, , signature] = (await token()).split('.');
    const forged = `${header}.${Buffer.from(JSON.stringify({ sub: 'operator', scope: 'wallet:admin', iss: 'issuer', aud: 'audience', exp: now + 600 })).toString('base64url')}.${signature}`;
    expect(await outcome(forged)).toBe('signature does not verify');
  });

  it('remembers a verified token only until it expires', async () => {
    const exp = Math.floor(Date.now() / 1000) + 2;
    const shortLived = await token({ exp });
    const fast = new JwtVerifier({ key: publicKey, issuer: 'issuer', audience: 'audience', clockToleranceSeconds: 0 });
    const verified = { caller: { id: 'alice', admin: false }, expiresAtMs: exp * 1000 };
    expect(await fast.verify(shortLived)).toEqual(verified);
    expect(await fast.verify(shortLived)).toEqual(verified);
    expect(fast.remembered(shortLived)).toEqual(verified);
    expect(fast.remembered(await token({ sub: 'never-verified' }))).toBeUndefined();
    await sleep(exp * 1000 - Date.now() + 50);
    expect(fast.remembered(shortLived)).toBeUndefined();
    await expect(fast.verify(shortLived)).rejects.toThrow(InvalidToken);
  });

  it('refuses a token living longer than the maximum (24 h by default), however its iat is set', async () => {
    const year9999 = Date.UTC(9999, 0, 1) / 1000;
    expect(await outcome(await token({ exp: year9999 }))).toBe('lifetime longer than 86400 s');
    expect(await outcome(await token({ exp: year9999, iat: now }))).toBe('lifetime longer than 86400 s');
    // An iat in the future does not make a far-future exp look short-lived.
    expect(await outcome(await token({ exp: year9999, iat: year9999 - 60 }))).toBe('lifetime longer than 86400 s');
    expect(verifier.remembered(await token({ exp: year9999 }))).toBeUndefined();
    expect(await outcome(await token({ exp: now + 86_400, iat: now }))).toEqual({ id: 'alice', admin: false });
    expect(await outcome(await token({ exp: now + 3_600, iat: now - 86_000 }))).toBe('lifetime longer than 86400 s');
    const strict = new JwtVerifier({
      key: publicKey,
      issuer: 'issuer',
      audience: 'audience',
      policy: { ...DEFAULT_TOKEN_POLICY, maxLifetimeSeconds: 60 },
    });
    await expect(strict.verify(await token({ exp: now + 600 }))).rejects.toThrow('lifetime longer than 60 s');
  });

  it('bounds the verified tokens it remembers, by count and by bytes, forgetting the oldest first', async () => {
    const byCount = new JwtVerifier({
      key: publicKey,
      issuer: 'issuer',
      audience: 'audience',
      policy: { ...DEFAULT_TOKEN_POLICY, cacheEntries: 3 },
    });
    const tokens = await Promise.all(Array.from({ length: 5 }, (_, i) => token({ sub: `user-${i}` })));
    for (const text of tokens) await byCount.verify(text);
    expect(byCount.cached.entries).toBe(3);
    expect(tokens.map((text) => byCount.remembered(text)?.caller.id)).toEqual([undefined, undefined, 'user-2', 'user-3', 'user-4']);
    const bytes = 4 * 1024;
    const byBytes = new JwtVerifier({
      key: publicKey,
      issuer: 'issuer',
      audience: 'audience',
      policy: { ...DEFAULT_TOKEN_POLICY, cacheBytes: bytes },
    });
    const many = await Promise.all(Array.from({ length: 50 }, (_, i) => token({ sub: `user-${i}`, scope: 'x'.repeat(200) })));
    for (const text of many) await byBytes.verify(text);
    expect(byBytes.cached.bytes).toBeLessThanOrEqual(bytes);
    expect(byBytes.cached.entries).toBeGreaterThan(0);
    expect(byBytes.cached.entries).toBeLessThan(50);
    expect(byBytes.remembered(many[49])?.caller).toEqual({ id: 'user-49', admin: false });
  });
});
