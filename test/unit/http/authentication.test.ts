import { generateKeyPairSync } from 'node:crypto';
import { IncomingMessage } from 'node:http';
import { SignJWT } from 'jose';
import { bearerToken, bearerTokenOf, identify, MALFORMED_TOKEN } from '../../../src/http/authentication';
import { DevSigningKey } from '../../../src/infrastructure/auth/dev-signing-key';
import { DEFAULT_CLOCK_TOLERANCE_SECONDS, JwtVerifier } from '../../../src/infrastructure/auth/jwt-verifier';

/** The header as Node hands it over: leading and trailing whitespace already trimmed by its parser. */
const presented = (authorization: string) => bearerToken({ headers: { authorization: authorization.trim() } } as IncomingMessage);
const TOKEN = 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJl';
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

describe('bearerToken (RFC 6750: the scheme in any case, one or more spaces, then the token)', () => {
  it.each([`Bearer ${TOKEN}`, `bearer ${TOKEN}`, `BEARER ${TOKEN}`, `Bearer    ${TOKEN}`, `Bearer ${TOKEN}   `, `  Bearer ${TOKEN}`])(
    'accepts %j',
    (header) => {
      expect(presented(header)).toEqual({ token: TOKEN });
    },
  );

  it.each([`Bearer\t${TOKEN}`, `Bearer${TOKEN}`, `Token ${TOKEN}`, `Basic ${TOKEN}`, `Bearer: ${TOKEN}`, `"Bearer ${TOKEN}"`])(
    'refuses %j as not "Bearer <token>"',
    (header) => {
      expect(presented(header)).toEqual({
        ok: false,
        refusal: 'unauthenticated',
        problem: 'The Authorization header is not "Bearer <token>".',
        tokenGiven: true,
      });
    },
  );

  it.each([`Bearer ${TOKEN}==`, `Bearer ${TOKEN} extra`, `Bearer "${TOKEN}"`, `Bearer ${TOKEN},`, 'Bearer abc', `Bearer ${TOKEN}.x`])(
    'refuses %j as a bearer token that is no JWT as issued',
    (header) => {
      expect(presented(header)).toEqual({ ok: false, refusal: 'unauthenticated', problem: MALFORMED_TOKEN, tokenGiven: true });
    },
  );

  it('refuses a token longer than 4,096 characters as such, unread, from the first character over', () => {
    const [header, , signature] = TOKEN.split('.');
    const ofLength = (length: number) => `${header}.${'A'.repeat(length - header.length - signature.length - 2)}.${signature}`;
    expect(presented(`Bearer ${ofLength(4_097)}`)).toMatchObject({ problem: 'The bearer token is longer than 4096 characters.' });
    expect(presented(`Bearer ${ofLength(4_096)}`)).toEqual({ token: ofLength(4_096) });
  });
});

describe('bearerToken: each base64url part must be the one spelling of its bytes (the unused bits of its last character zero)', () => {
  const [header, payload] = TOKEN.split('.');
  it.each(['AA', 'AQ', 'Ag', 'Aw', 'AAA', 'AAE', 'AA8', 'AAAA'])(
    'accepts a signature part %j, as encoding its bytes gives it',
    (signature) => {
      expect(presented(`Bearer ${header}.${payload}.${signature}`)).toEqual({ token: `${header}.${payload}.${signature}` });
    },
  );

  it.each([
    ['a last character of 2 with unused bits set', `${header}.${payload}.AB`],
    ['another of them', `${header}.${payload}.A_`],
    ['a last character of 3 with unused bits set', `${header}.${payload}.AAB`],
    ['a lone last character, which holds no byte', `${header}.${payload}.AAAAA`],
    ['such a header part', `${header}AB.${payload}.AA`],
    ['such a payload part', `${header}.${payload}AAB.AA`],
  ])('refuses %s as malformed', (_case, token) => {
    expect(presented(`Bearer ${token}`)).toMatchObject({ ok: false, problem: MALFORMED_TOKEN });
  });

  it('leaves one spelling of an ES384 token, which took any one character more (its signature has no unused bit)', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-384' });
    const key = DevSigningKey.ephemeral();
    const tokens = new JwtVerifier({ key: publicKey, issuer: key.issuer, audience: key.audience });
    const signed = await new SignJWT({})
      .setProtectedHeader({ alg: 'ES384' })
      .setSubject('alice')
      .setIssuer(key.issuer)
      .setAudience(key.audience)
      .setExpirationTime('1h')
      .sign(privateKey);
    // 96 bytes are 128 characters: a 129th holds no byte, and the decoder dropped it.
    const spellings = [signed, ...[...BASE64URL].map((extra) => `${signed}${extra}`)];
    const accepted = [];
    for (const spelling of spellings)
      if ((await identify(bearerTokenOf(`Bearer ${spelling}`), tokens, () => true)).ok) accepted.push(spelling);
    expect(accepted).toEqual([signed]);
  });
});

describe('identify (the one sequence of HTTP routes and WebSockets)', () => {
  const key = DevSigningKey.ephemeral();
  const forger = DevSigningKey.ephemeral(key.issuer, key.audience);
  const newVerifier = () => new JwtVerifier({ key: key.publicKey, issuer: key.issuer, audience: key.audience });
  /** The address's bucket: how often it was asked, and whether it still pays. */
  const bucket = (pays: boolean) => {
    const address = {
      times: 0,
      pays: () => {
        address.times += 1;
        return pays;
      },
    };
    return address;
  };

  it('verifies a new token once its address paid, then knows it without asking the address again', async () => {
    const tokens = newVerifier();
    const token = await key.sign({ sub: 'alice' });
    const address = bucket(true);
    const first = await identify(bearerTokenOf(`Bearer ${token}`), tokens, address.pays);
    expect(first).toEqual({ ok: true, verified: { caller: { id: 'alice', admin: false }, acceptedUntilMs: expect.any(Number) } });
    const again = await identify(bearerTokenOf(`Bearer ${token}`), tokens, address.pays);
    expect(again).toEqual(first);
    expect(address.times).toBe(1);
  });

  it('takes the end of the token from the verifier: its exp plus the clock tolerance, when HTTP starts refusing it', async () => {
    const before = Date.now();
    const identified = await identify(bearerTokenOf(`Bearer ${await key.sign({ sub: 'alice', ttl: '1h' })}`), newVerifier(), () => true);
    if (!identified.ok) throw new Error(`refused: ${JSON.stringify(identified)}`);
    // `exp` is whole seconds: within a second of an hour from now, then the tolerance.
    const tolerance = DEFAULT_CLOCK_TOLERANCE_SECONDS * 1000;
    expect(identified.verified.acceptedUntilMs).toBeGreaterThan(before + 3_600_000 + tolerance - 1_000);
    expect(identified.verified.acceptedUntilMs).toBeLessThanOrEqual(Date.now() + 3_600_000 + tolerance);
  });

  it('refuses a new token, or none, when its address cannot pay, before verifying anything', async () => {
    const tokens = newVerifier();
    const token = await key.sign({ sub: 'alice' });
    expect(await identify(bearerTokenOf(`Bearer ${token}`), tokens, bucket(false).pays)).toEqual({ ok: false, refusal: 'rate_limited' });
    expect(tokens.remembered(token)).toBeUndefined();
    expect(await identify(bearerTokenOf(undefined), tokens, bucket(false).pays)).toEqual({ ok: false, refusal: 'rate_limited' });
  });

  it('refuses a missing or forged token as unauthenticated, saying why', async () => {
    const tokens = newVerifier();
    expect(await identify(bearerTokenOf(undefined), tokens, () => true)).toEqual({
      ok: false,
      refusal: 'unauthenticated',
      problem: 'This API needs an Authorization: Bearer <token> header.',
      tokenGiven: false,
    });
    const forged = await forger.sign({ sub: 'operator', scope: 'wallet:admin' });
    expect(await identify(bearerTokenOf(`Bearer ${forged}`), tokens, () => true)).toEqual({
      ok: false,
      refusal: 'unauthenticated',
      problem: 'The bearer token is not valid: signature does not verify',
      tokenGiven: true,
    });
  });
});
