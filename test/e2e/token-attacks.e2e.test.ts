import WebSocket from 'ws';
import { recordingLogger } from '../support/recording-logger';
import { startTestServer, TestServer } from '../support/server';
import { wsUrl } from '../support/subscriptions';

/**
 * Token attacks found by a hostile probe, each replayed from outside: an `alg` that does not fit the key (it was
 * HTTP 500 with an error line per request, and a WebSocket closed with 1011, no signature needed).
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
