import { SignJWT } from 'jose';
import { MALFORMED_TOKEN } from '../../src/http/authentication';
import WebSocket from 'ws';
import { recordingLogger } from '../support/recording-logger';
import { startTestServer, TestServer } from '../support/server';
import { wsUrl } from '../support/subscriptions';

/**
 * Token attacks found by a hostile probe, each replayed from outside: an `alg` that does not fit the key (it was
 * HTTP 500 with an error line per request, and a WebSocket closed with 1011, no signature needed), the other
 * spellings of one valid token (32 were accepted, each a new cache entry and a new signature check), and a `crit`
 * refused for the wrong reason.
 */
const recorded = recordingLogger();
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ logger: recorded.logger });
});
afterAll(() => server?.stop());

const b64u = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);
/** As the probe sent it: any header, the server's claims, and a signature of nothing. */
const forged = (header: object) =>
  `${b64u(header)}.${b64u({ sub: 'x', iss: server.key.issuer, aud: server.key.audience, exp: now() + 600 })}.AAAA`;
const post = (token: string) =>
  fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
async function answer(token: string) {
  const response = await post(token);
  const body = (await response.json()) as { errors?: Array<{ message: string; extensions: { code: string } }> };
  return { status: response.status, message: body.errors?.[0].message, code: body.errors?.[0].extensions.code };
}

it.each(['ES384', 'ES512', 'RS256', 'PS256', 'EdDSA'])(
  'a token whose alg is %s, which the P-256 key cannot verify, gets 401 "algorithm not accepted" and no error line',
  async (alg) => {
    const errorsBefore = recorded.errors().length;
    const response = await post(forged({ alg }));
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="wallet-service", error="invalid_token"');
    expect(await response.json()).toEqual({
      errors: [{ message: 'The bearer token is not valid: algorithm not accepted', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    expect(recorded.errors().slice(errorsBefore)).toEqual([]);
  },
);

it('a WebSocket whose connection_init carries such a token is closed with 4401, not 1011, and no error line', async () => {
  const errorsBefore = recorded.errors().length;
  const socket = new WebSocket(wsUrl(server.url), 'graphql-transport-ws');
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code, reason) => resolve({ code, reason: String(reason) })),
  );
  await new Promise((resolve) => socket.once('open', resolve));
  socket.send(JSON.stringify({ type: 'connection_init', payload: { Authorization: `Bearer ${forged({ alg: 'ES384' })}` } }));
  expect(await closed).toEqual({ code: 4401, reason: 'The bearer token is not valid: algorithm not accepted' });
  expect(recorded.errors().slice(errorsBefore)).toEqual([]);
});

/** The order of the P-256 group: an ECDSA signature (r, s) verifies as (r, n - s) too. */
const P256_ORDER = BigInt('0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551');
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

it('one signed token has two accepted spellings, (r, s) and (r, n - s), not 32: the unused bits of a last character must be zero', async () => {
  const token = (await server.headersOf({ sub: 'spelling' })).authorization.slice('Bearer '.length);
  const [header, payload, signature] = token.split('.');
  const bytes = Buffer.from(signature, 'base64url');
  const s = BigInt(`0x${bytes.subarray(32).toString('hex')}`);
  const twin = Buffer.concat([bytes.subarray(0, 32), Buffer.from((P256_ORDER - s).toString(16).padStart(64, '0'), 'hex')]).toString(
    'base64url',
  );
  // 64 bytes are 86 characters: the last one carries 2 bits of the signature and 4 unused ones, so 16 spellings each.
  const spellings = [signature, twin].flatMap((text) => {
    const kept = BASE64URL.indexOf(text.at(-1) as string) & 0x30;
    return Array.from({ length: 16 }, (_, unused) => `${header}.${payload}.${text.slice(0, -1)}${BASE64URL[kept | unused]}`);
  });
  expect(new Set(spellings).size).toBe(32);
  const answers = await Promise.all(spellings.map(async (spelling) => ({ spelling, ...(await answer(spelling)) })));
  const accepted = [token, `${header}.${payload}.${twin}`];
  expect(answers.filter(({ status }) => status === 200).map(({ spelling }) => spelling)).toEqual(accepted);
  const malformed = { status: 401, code: 'UNAUTHENTICATED', message: MALFORMED_TOKEN };
  expect(answers.filter(({ status }) => status !== 200)).toEqual(
    spellings.filter((spelling) => !accepted.includes(spelling)).map((spelling) => ({ spelling, ...malformed })),
  );
});

it('a token whose crit names a parameter the service does not understand is refused as such', async () => {
  const critical = await new SignJWT({})
    .setProtectedHeader({ alg: 'ES256', crit: ['exp-critical'], 'exp-critical': true })
    .setSubject('alice')
    .setIssuer(server.key.issuer)
    .setAudience(server.key.audience)
    .setExpirationTime(now() + 600)
    .sign(server.privateKey, { crit: { 'exp-critical': true } });
  expect(await answer(critical)).toEqual({
    status: 401,
    code: 'UNAUTHENTICATED',
    message: 'The bearer token is not valid: crit names a header parameter not understood',
  });
});

/**
 * A 401 answered before the request's body has arrived: the connection was closed at once, the body then met a closed
 * socket and the kernel answered it with a reset, so a client could lose the 401 it needed to renew its token.
 * Replayed in steps: the head, the 401, then the body and a second request
 * on the same connection, which is still open.
 */
it('answers 401 before the body has come, reads the body when it comes, and keeps the connection for the next request', async () => {
  const { connect } = await import('node:net');
  const socket = connect(Number(new URL(server.url).port), '127.0.0.1');
  let received = '';
  socket.on('data', (chunk) => (received += chunk.toString()));
  const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  socket.on('error', () => undefined);
  await new Promise((resolve) => socket.once('connect', resolve));
  const body = JSON.stringify({ query: '{ __typename }' });
  socket.write(
    'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n' +
      `Authorization: Bearer ${forged({ alg: 'ES256', kid: 'none' })}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`,
  );
  const until = async (seen: () => boolean) => {
    for (let waited = 0; !seen() && waited < 5_000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
  };
  await until(() => received.includes('UNAUTHENTICATED'));
  expect(received).toMatch(/^HTTP\/1\.1 401 /);
  expect(received.toLowerCase()).not.toContain('connection: close');
  socket.write(body);
  socket.write('GET /health/live HTTP/1.1\r\nHost: x\r\n\r\n');
  await until(() => /HTTP\/1\.1 200 /.test(received));
  expect(received).toMatch(/HTTP\/1\.1 200 /);
  socket.end();
  await closed;
});

it('closes the connection after a 401 whose body is chunked or larger than a wallet request: such a body is never read', async () => {
  for (const framing of ['Transfer-Encoding: chunked', 'Content-Length: 10000000']) {
    const response = await new Promise<string>((resolve) => {
      import('node:net').then(({ connect }) => {
        const socket = connect(Number(new URL(server.url).port), '127.0.0.1');
        let received = '';
        socket.on('data', (chunk) => (received += chunk.toString()));
        socket.on('error', () => undefined);
        socket.on('close', () => resolve(received));
        socket.write(`POST /graphql HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${forged({ alg: 'ES256' })}\r\n${framing}\r\n\r\n`);
      });
    });
    expect(response).toMatch(/^HTTP\/1\.1 401 /);
    expect(response.toLowerCase()).toContain('connection: close');
  }
});
