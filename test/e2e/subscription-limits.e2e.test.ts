import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import WebSocket from 'ws';
import { NO_METRICS, RefusalReason } from '../../src/application/service-metrics.port';
import { DEFAULT_SUBSCRIPTION_LIMITS } from '../../src/http/subscriptions/subscription-limits';
import { CREATE } from '../support/operations';
import { recordingLogger } from '../support/recording-logger';
import { ALICE, startTestServer, TestServer } from '../support/server';
import { follow, transportClient, WALLET_EVENTS, wsUrl } from '../support/subscriptions';

/** The WebSocket side's bounds, each refused clearly, and the shutdown's close code. */
let server: TestServer;
const refused: RefusalReason[] = [];
const errorCodes: string[] = [];
const log = recordingLogger();

beforeAll(async () => {
  server = await startTestServer({
    logger: log.logger,
    metrics: {
      ...NO_METRICS,
      refused: (reason) => void refused.push(reason),
      graphqlError: (code) => void errorCodes.push(code),
    },
    subscriptionLimits: { maxConnectionsPerCaller: 2, maxSubscriptionsPerConnection: 1, maxMessageBytes: 8_192 },
  });
});
afterAll(() => server?.stop());

const params = async (sub = ALICE) => ({ Authorization: (await server.headersOf(sub)).authorization });

it('refuses a third connection of one caller with 4429, while another caller still connects', async () => {
  const first = transportClient(server.url, await params());
  const second = transportClient(server.url, await params());
  const firstLive = follow(first, { walletId: 'any' });
  const secondLive = follow(second, { walletId: 'any' });
  await Promise.all([firstLive.ended(), secondLive.ended()]);
  const third = transportClient(server.url, await params());
  expect(await third.closed).toMatchObject({ code: 4429, reason: 'Too many connections' });
  // Any signed-in caller can ask for this again and again: every refusal counted, one warning line per 10 s.
  for (let i = 0; i < 5; i++) {
    const again = transportClient(server.url, await params());
    expect(await again.closed).toMatchObject({ code: 4429 });
  }
  expect(refused.filter((reason) => reason === 'websocket_per_caller')).toHaveLength(6);
  expect(log.lines.filter((line) => line.message === 'Too many WebSocket connections for one caller')).toEqual([
    { level: 'warn', message: 'Too many WebSocket connections for one caller', context: { caller: ALICE, address: '127.0.0.1' } },
  ]);
  const other = transportClient(server.url, await params('bob'));
  const otherLive = follow(other, { walletId: 'any' });
  await otherLive.ended();
  expect(otherLive.errors).toMatchObject([{ extensions: { code: 'WALLET_NOT_FOUND' } }]);
  // Counted as HTTP's errors are (wallet_graphql_errors_total): the three unknown wallets above.
  expect(errorCodes).toEqual(['WALLET_NOT_FOUND', 'WALLET_NOT_FOUND', 'WALLET_NOT_FOUND']);
  await Promise.all([first.dispose(), second.dispose(), other.dispose()]);
});

it('closes a socket that sends messages faster than its rate (4429 Too many messages), after a burst it lets through', async () => {
  const { messageBurst } = DEFAULT_SUBSCRIPTION_LIMITS;
  const socket = new WebSocket(wsUrl(server.url), 'graphql-transport-ws');
  const received: string[] = [];
  socket.on('message', (data) => received.push(JSON.parse(String(data)).type));
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code, reason) => resolve({ code, reason: String(reason) })),
  );
  await new Promise((resolve) => socket.once('open', resolve));
  socket.send(JSON.stringify({ type: 'connection_init', payload: await params('flooder') }));
  // A burst within the allowance (the connection_init was one): every ping answered, the socket kept.
  for (let i = 0; i < messageBurst - 2; i++) socket.send(JSON.stringify({ type: 'ping' }));
  for (let waited = 0; received.filter((type) => type === 'pong').length < messageBurst - 2; waited += 20) {
    if (waited > 5_000) throw new Error(`${received.length} answers`);
    await sleep(20);
  }
  expect(socket.readyState).toBe(WebSocket.OPEN);
  // Pongs as fast as it can (a probe sent 5,800 a second, 15 KB each, never cut): cut once the bucket is empty.
  const before = refused.filter((reason) => reason === 'websocket_flood').length;
  for (let i = 0; i < 500 && socket.readyState === WebSocket.OPEN; i++) socket.send(JSON.stringify({ type: 'pong' }));
  expect(await closed).toEqual({ code: 4429, reason: 'Too many messages' });
  expect(refused.filter((reason) => reason === 'websocket_flood').length - before).toBe(1);
});

it('cuts a flooding socket that ignores the close (it was read for 30 s, a core busy, after its 4429)', async () => {
  // A raw socket: upgraded, no connection_init, then masked pong frames as fast as it can, never answering the close.
  const raw = connect(server.port, '127.0.0.1');
  raw.on('error', () => undefined);
  const closed = new Promise<void>((resolve) => raw.once('close', () => resolve()));
  let answer = '';
  raw.on('data', (chunk: Buffer) => {
    answer += chunk.toString('latin1');
  });
  raw.write(
    'GET /graphql HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
      'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n',
  );
  for (let waited = 0; !answer.startsWith('HTTP/1.1 101'); waited += 20) {
    if (waited > 5_000) throw new Error(`No upgrade: ${answer}`);
    await sleep(20);
  }
  const pong = Buffer.from([0x8a, 0x84, 1, 2, 3, 4, 1, 2, 3, 4]); // a masked pong of 4 bytes
  const started = Date.now();
  const flood = setInterval(() => {
    for (let i = 0; i < 200 && !raw.destroyed; i++) raw.write(pong);
  }, 5);
  try {
    await Promise.race([closed, sleep(15_000)]);
    expect(raw.destroyed).toBe(true);
    expect(Date.now() - started).toBeLessThan(5_000);
    // Told why before the cut: a close frame (0x88) with 4429.
    expect(answer).toContain(`\x88${String.fromCharCode(2 + 'Too many messages'.length)}\x11\x4dToo many messages`);
  } finally {
    clearInterval(flood);
    raw.destroy();
  }
});

it("spends its address's request ceiling too: a socket re-opened for a fresh burst is cut when the address's is spent", async () => {
  // 30 requests (an upgrade is one, each message one), back at one in 100 s.
  const own = await startTestServer({ limits: { rate: { addressPerSecond: 0.01, addressBurst: 30 } } });
  try {
    const pinging = async (pings: number) => {
      const socket = new WebSocket(wsUrl(own.url), 'graphql-transport-ws');
      const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
      await new Promise((resolve) => socket.once('open', resolve));
      for (let i = 0; i < pings; i++) socket.send(JSON.stringify({ type: 'ping' }));
      const code = await Promise.race([closed, sleep(3_000).then(() => 'open')]);
      socket.terminate();
      return code;
    };
    // Each within its socket's burst (100); the third finds the address's 30 spent.
    expect(await pinging(12)).toBe('open');
    expect(await pinging(12)).toBe('open');
    expect(await pinging(12)).toBe(4429);
  } finally {
    await own.stop();
  }
});

it('refuses a second subscription on one connection, with no HTTP status in the error', async () => {
  const created = await server.gql(CREATE, { currency: 'GBP' });
  const walletId = created.data?.result.wallet.id;
  const client = transportClient(server.url, await params());
  const running = follow(client, { walletId });
  await sleep(300);
  const refused = follow(client, { walletId });
  await refused.ended();
  expect(refused.errors).toMatchObject([{ extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit: 'maxSubscriptionsPerConnection', max: 1 } }]);
  // Apollo's HTTP status hint is not for a WebSocket client (a client probe saw `http: { status: 400 }` here).
  expect(refused.errors[0]).not.toHaveProperty('extensions.http');
  expect(running.errors).toEqual([]);
  await client.dispose();
});

it('closes a socket that sends a message over the size limit (1009), connectionParams included', async () => {
  const client = transportClient(server.url, { ...(await params()), padding: 'x'.repeat(10_000) });
  expect((await client.closed).code).toBe(1009);
});

it('refuses an upgrade without one of the two subprotocols, or on another path', async () => {
  const refusedStatus = (url: string, protocol?: string) =>
    new Promise<number>((resolve) => {
      const socket = new WebSocket(url, protocol);
      socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      socket.on('open', () => resolve(101));
      socket.on('error', () => undefined);
    });
  expect(await refusedStatus(wsUrl(server.url), 'mqtt')).toBe(400);
  expect(await refusedStatus(`${server.url.replace('http', 'ws')}/elsewhere`, 'graphql-transport-ws')).toBe(404);
});

it('refuses a subscription sent over HTTP, saying where it runs', async () => {
  const answer = await server.gql(WALLET_EVENTS, { walletId: 'any' });
  expect(answer.status).toBe(400);
  expect(answer.data).toBeUndefined();
  expect(answer.errors?.[0]?.message).toMatch(/^Subscriptions run over WebSocket at \/graphql/);
});

it('closes every socket with 1012 (service restart) when the service stops', async () => {
  const own = await startTestServer();
  const client = transportClient(own.url, { Authorization: (await own.headersOf(ALICE)).authorization });
  const live = follow(client, { walletId: 'any' });
  await live.ended();
  await own.stop();
  expect(await client.closed).toMatchObject({ code: 1012, reason: 'Service restart' });
});
