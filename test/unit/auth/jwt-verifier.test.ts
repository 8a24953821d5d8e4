import { setTimeout as sleep } from 'node:timers/promises';
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { generateKeyPairSync, KeyObject } from 'node:crypto';
import { exportJWK, SignJWT } from 'jose';
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
    // 3 to 4 s: time for the checks before it expires, on a loaded machine too.
    const exp = Math.floor(Date.now() / 1000) + 4;
    const shortLived = await token({ exp });
    const fast = new JwtVerifier({ key: publicKey, issuer: 'issuer', audience: 'audience', clockToleranceSeconds: 0 });
    const verified = { caller: { id: 'alice', admin: false }, acceptedUntilMs: exp * 1000 };
    expect(await fast.verify(shortLived)).toEqual(verified);
    expect(await fast.verify(shortLived)).toEqual(verified);
    expect(fast.remembered(shortLived)).toEqual(verified);
    expect(fast.remembered(await token({ sub: 'never-verified' }))).toBeUndefined();
    await sleep(exp * 1000 - Date.now() + 50);
    expect(fast.remembered(shortLived)).toBeUndefined();
    await expect(fast.verify(shortLived)).rejects.toThrow(InvalidToken);
  });

  it('accepts a token, and remembers it, until exp plus the clock tolerance: the cache and a fresh check agree', async () => {
    const exp = Math.floor(Date.now() / 1000);
    const justExpired = await token({ exp, sub: 'just-expired' });
    // 3 to 4 s of tolerance left: at exp + 1 s, time for the checks within it, on a loaded machine too.
    const tolerant = new JwtVerifier({ key: publicKey, issuer: 'issuer', audience: 'audience', clockToleranceSeconds: 4 });
    const fresh = new JwtVerifier({ key: publicKey, issuer: 'issuer', audience: 'audience', clockToleranceSeconds: 4 });
    const verified = { caller: { id: 'just-expired', admin: false }, acceptedUntilMs: (exp + 4) * 1000 };
    expect(await tolerant.verify(justExpired)).toEqual(verified);
    // Past its exp, within the tolerance: still remembered (it was forgotten at exp, and verified again), and accepted anew.
    await sleep(exp * 1000 + 1_000 - Date.now());
    expect(tolerant.remembered(justExpired)).toEqual(verified);
    expect(await fresh.verify(await token({ exp, sub: 'just-expired', scope: 'again' }))).toMatchObject({
      acceptedUntilMs: (exp + 4) * 1000,
    });
    // From exp + tolerance, neither.
    await sleep(verified.acceptedUntilMs - Date.now() + 20);
    expect(tolerant.remembered(justExpired)).toBeUndefined();
    await expect(fresh.verify(await token({ exp, sub: 'just-expired', scope: 'late' }))).rejects.toThrow('expired');
    // A fractional exp: jose compares whole seconds, so the end is the whole second at or after exp + tolerance.
    expect(await verifier.verify(await token({ exp: now + 600.25 }))).toMatchObject({ acceptedUntilMs: (now + 606) * 1000 });
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

  it('refuses a token issued in the future, past the clock tolerance (it is not issued yet)', async () => {
    expect(await outcome(await token({ exp: now + 3_640, iat: now + 3_600 }))).toBe('iat is in the future');
    // This verifier's tolerance is 5 s: an issuer's clock a little ahead of this one is accepted.
    expect(await outcome(await token({ exp: now + 600, iat: now + 60 }))).toBe('iat is in the future');
    expect(await outcome(await token({ exp: now + 600, iat: now + 2 }))).toEqual({ id: 'alice', admin: false });
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

/** Every algorithm the service accepts; each key below can verify some of them, and must refuse the others as such. */
const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];
/** A token in the probe's shape: any header, no valid signature of any kind. */
const unsigned = (header: object) =>
  `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${Buffer.from(JSON.stringify({ sub: 'x', iss: 'issuer', aud: 'audience', exp: now + 600 })).toString('base64url')}.AAAA`;
const reasonOf = (key: KeyObject | URL, text: string) =>
  new JwtVerifier({ key, issuer: 'issuer', audience: 'audience' }).verify(text).then(
    (verified) => verified.caller,
    (error: unknown) => (error instanceof InvalidToken ? error.reason : `threw ${String(error)}`),
  );

describe('an alg the key cannot verify (it was a TypeError from jose: HTTP 500 and an error line, WebSocket 1011)', () => {
  // Made in each test, not as the file loads: the clock-skew cases above count seconds from then.
  const keys: Array<[string, () => { publicKey: KeyObject; privateKey: KeyObject }, string[]]> = [
    ['EC P-256', () => generateKeyPairSync('ec', { namedCurve: 'P-256' }), ['ES256']],
    ['EC P-384', () => generateKeyPairSync('ec', { namedCurve: 'P-384' }), ['ES384']],
    ['EC P-521', () => generateKeyPairSync('ec', { namedCurve: 'P-521' }), ['ES512']],
    ['RSA 2048', () => generateKeyPairSync('rsa', { modulusLength: 2048 }), ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512']],
    [
      'RSA-PSS bound to SHA-256',
      () => generateKeyPairSync('rsa-pss', { modulusLength: 2048, hashAlgorithm: 'sha256', mgf1HashAlgorithm: 'sha256' }),
      ['PS256'],
    ],
    ['Ed25519', () => generateKeyPairSync('ed25519'), ['EdDSA']],
    ['Ed448', () => generateKeyPairSync('ed448'), ['EdDSA']],
  ];

  it.each(keys)('%s: verifies what it can, and refuses every other alg as not accepted', async (_name, pairOf, fitting) => {
    const pair = pairOf();
    for (const alg of ALGORITHMS) {
      if (fitting.includes(alg)) {
        expect([alg, await reasonOf(pair.publicKey, await token({}, pair.privateKey, alg))]).toEqual([alg, { id: 'alice', admin: false }]);
      } else {
        expect([alg, await reasonOf(pair.publicKey, unsigned({ alg }))]).toEqual([alg, 'algorithm not accepted']);
      }
    }
  });

  it('refuses a token properly signed by a key of another type as not accepted', async () => {
    const p384 = generateKeyPairSync('ec', { namedCurve: 'P-384' }).privateKey;
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
    expect(await outcome(await token({}, p384, 'ES384'))).toBe('algorithm not accepted');
    expect(await outcome(await token({}, rsa.privateKey, 'PS256'))).toBe('algorithm not accepted');
    expect(await reasonOf(rsa.publicKey, await token({}, privateKey, 'ES256'))).toBe('algorithm not accepted');
  });

  it('is not offered a key that can verify none of them (start-up refuses it, not every request)', () => {
    for (const key of [
      generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey,
      generateKeyPairSync('ec', { namedCurve: 'secp256k1' }).publicKey,
      generateKeyPairSync('x25519').publicKey,
    ]) {
      expect(() => new JwtVerifier({ key, issuer: 'issuer', audience: 'audience' })).toThrow(/verifies none of the accepted algorithms/);
    }
  });
});

describe('a JWKS: an alg no key of the set fits is refused as any token no key matches', () => {
  let ec: { publicKey: KeyObject; privateKey: KeyObject };
  let rsa: { publicKey: KeyObject; privateKey: KeyObject };
  let rsa2: { publicKey: KeyObject; privateKey: KeyObject };
  let weak: { publicKey: KeyObject };
  const jwks = createServer(async (_req, res) => {
    const keys = [
      { ...(await exportJWK(ec.publicKey)), kid: 'ec' },
      { ...(await exportJWK(rsa.publicKey)), kid: 'rsa' },
      // A second RSA key (a rotation): a token without kid fits both.
      { ...(await exportJWK(rsa2.publicKey)), kid: 'rsa2' },
      // A key jose will not use: a set that still publishes one must not turn tokens naming it into faults.
      { ...(await exportJWK(weak.publicKey)), kid: 'weak' },
    ];
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys }));
  });
  let url: URL;
  beforeAll(async () => {
    ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
    rsa2 = generateKeyPairSync('rsa', { modulusLength: 2048 });
    weak = generateKeyPairSync('rsa', { modulusLength: 1024 });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    url = new URL(`http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwks.json`);
  });
  afterAll(() => new Promise((resolve) => jwks.close(resolve)));

  it('verifies a token of either key, and refuses every alg none of them can verify, whatever its kid', async () => {
    expect(await reasonOf(url, await token({}, ec.privateKey, 'ES256'))).toEqual({ id: 'alice', admin: false });
    expect(await reasonOf(url, await token({}, rsa.privateKey, 'PS384'))).toEqual({ id: 'alice', admin: false });
    for (const alg of ['ES384', 'ES512', 'EdDSA']) {
      expect([alg, await reasonOf(url, unsigned({ alg }))]).toEqual([alg, 'no key matches it']);
      expect([alg, await reasonOf(url, unsigned({ alg, kid: 'ec' }))]).toEqual([alg, 'no key matches it']);
    }
    expect(await reasonOf(url, unsigned({ alg: 'ES256', kid: 'rsa' }))).toBe('no key matches it');
    expect(await reasonOf(url, unsigned({ alg: 'RS256', kid: 'ec' }))).toBe('no key matches it');
    expect(await reasonOf(url, unsigned({ alg: 'HS256' }))).toBe('algorithm not accepted');
  });

  it('refuses a token naming a key of the set that jose will not use (an RSA key under 2048 bits): a 401, not a fault', async () => {
    expect(await reasonOf(url, unsigned({ alg: 'RS256', kid: 'weak' }))).toBe('the key it names cannot verify its alg');
    expect(await reasonOf(url, unsigned({ alg: 'PS256', kid: 'weak' }))).toBe('the key it names cannot verify its alg');
  });

  it('verifies a token without kid that several keys of the set fit by whichever signed it (a rotation); refuses one neither signed', async () => {
    // Without kid, jose finds three RSA keys (one too weak to use): it was refused as malformed.
    expect(await reasonOf(url, await token({}, rsa2.privateKey, 'PS256'))).toEqual({ id: 'alice', admin: false });
    expect(await reasonOf(url, await token({}, rsa.privateKey, 'RS256'))).toEqual({ id: 'alice', admin: false });
    const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    expect(await reasonOf(url, await token({}, stranger, 'RS256'))).toBe('signature does not verify');
  });
});

it('refuses a token whose crit names a parameter it does not understand, saying so', async () => {
  const critical = await new SignJWT({})
    .setProtectedHeader({ alg: 'ES256', crit: ['exp-critical'], 'exp-critical': true })
    .setSubject('alice')
    .setIssuer('issuer')
    .setAudience('audience')
    .setExpirationTime(now + 600)
    .sign(privateKey, { crit: { 'exp-critical': true } });
  expect(await outcome(critical)).toBe('crit names a header parameter not understood');
  expect(await outcome(unsigned({ alg: 'ES256', crit: ['zip'], zip: 'DEF' }))).toBe('crit names a header parameter not understood');
});
