import { IncomingMessage } from 'node:http';
import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { NO_METRICS } from '../../src/application/service-metrics.port';
import { clientAddress } from '../../src/http/caller-key';
import { DEFAULT_LIMITS } from '../../src/http/limits';
import WebSocket from 'ws';
import { METADATA_LIMITS } from '../../src/domain/metadata';
import { DEFAULT_CLOCK_TOLERANCE_SECONDS } from '../../src/infrastructure/auth/jwt-verifier';
import { CREATE, INCREASE, INCREASE_WITH_METADATA } from '../support/operations';
import { recordingLogger } from '../support/recording-logger';
import { ALICE, startTestServer, TestServer } from '../support/server';
import { follow, transportClient, WALLET_EVENTS, wsUrl } from '../support/subscriptions';

/**
 * Attacks on the WebSocket side found by a hostile probe, each replayed: a stream orphaned by a `complete` that
 * raced its opening, pongs echoing their ping's payload to a client that never reads, a connection slot lost to a
 * socket closed while its token was checked, bad variables or a resume point the wallet never had, and sockets that
 * never authenticate: churned from one address, malformed, or upgraded past the address's request ceiling.
 */
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ subscriptionLimits: { maxConnectionsPerCaller: 2 } });
});
afterAll(() => server?.stop());

const token = async (sub = ALICE) => (await server.headersOf(sub)).authorization;

/** A raw graphql-transport-ws socket, acknowledged; every message it receives, and its close. */
async function rawSocket(sub = ALICE) {
  const socket = new WebSocket(wsUrl(server.url), 'graphql-transport-ws');
  const received: Array<{ type: string; id?: string; payload?: unknown }> = [];
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  socket.on('message', (data) => received.push(JSON.parse(String(data))));
  await new Promise((resolve) => socket.once('open', resolve));
  socket.send(JSON.stringify({ type: 'connection_init', payload: { Authorization: await token(sub) } }));
  for (let waited = 0; !received.some((message) => message.type === 'connection_ack'); waited += 20) {
    if (waited > 5_000) throw new Error(`No ack: ${JSON.stringify(received)}`);
    await sleep(20);
  }
  return { socket, received, closed };
}

async function walletAt(version: number): Promise<string> {
  const walletId = (await server.gql(CREATE, { currency: 'GBP' })).data?.result.wallet.id;
  for (let v = 0; v < version; v++) await server.gql(INCREASE, { walletId, amount: '1.00', currency: 'GBP', expectedVersion: v });
  return walletId;
}

it('never runs two streams on one id: a subscribe that reuses an id still opening is refused (4409)', async () => {
  const walletId = await walletAt(0);
  const { socket, received, closed } = await rawSocket();
  const subscribe = (id: string) => JSON.stringify({ type: 'subscribe', id, payload: { query: WALLET_EVENTS, variables: { walletId } } });
  // Back to back: graphql-ws forgot the id on `complete` while its operation was opening, and the second subscribe
  // started a second stream; the first then ran unseen, past every limit, even after the socket closed.
  for (let i = 0; i < 10; i++) {
    socket.send(subscribe(`x${i}`));
    socket.send(JSON.stringify({ type: 'complete', id: `x${i}` }));
    socket.send(subscribe(`x${i}`));
  }
  let code: number | undefined;
  void closed.then((closedWith) => {
    code = closedWith;
  });
  await sleep(1_500);
  // Every first stream had opened before its complete, or the socket is closed: the resubscribes are streams of their
  // own, one delivery per id when the wallet changes (however long it takes), unless a 4409 comes first.
  await server.gql(INCREASE, { walletId, amount: '1.00', currency: 'GBP', expectedVersion: 0 });
  const deliveries = () => received.filter((message) => message.type === 'next').map((message) => message.id);
  for (let waited = 0; code === undefined && deliveries().length < 10; waited += 20) {
    if (waited > 15_000) throw new Error(`Neither closed nor delivered to every id: ${JSON.stringify(deliveries())}`);
    await sleep(20);
  }
  if (code === undefined) {
    await sleep(500); // a second stream on an id would deliver an eleventh
    expect(deliveries().sort()).toEqual(Array.from({ length: 10 }, (_, i) => `x${i}`).sort());
    socket.close();
  } else expect(code).toBe(4409);
});

it("answers a client's ping with a pong without its payload (a 16 KB ping was echoed to a client that never read)", async () => {
  const { socket, received } = await rawSocket();
  socket.send(JSON.stringify({ type: 'ping', payload: { pad: 'x'.repeat(8_000) } }));
  for (let waited = 0; !received.some((message) => message.type === 'pong'); waited += 20) {
    if (waited > 5_000) throw new Error('No pong');
    await sleep(20);
  }
  expect(received.find((message) => message.type === 'pong')).toEqual({ type: 'pong' });
  socket.close();
});

it("keeps a caller's connection slots when its sockets close while their token is checked", async () => {
  for (let i = 0; i < 30; i++) {
    const socket = new WebSocket(wsUrl(server.url), 'graphql-transport-ws');
    await new Promise((resolve) => socket.once('open', resolve));
    // A fresh token each time (no cache hit): the check takes a moment, and the socket is gone before it ends.
    socket.send(JSON.stringify({ type: 'connection_init', payload: { Authorization: await token('carol') } }));
    socket.terminate();
  }
  // The checks end in their own time (a slow machine's later): a slot lost for good refuses a connection every try.
  const acknowledged = async (tries = 4): Promise<Awaited<ReturnType<typeof rawSocket>>> =>
    rawSocket('carol').catch((error) => (tries > 1 ? acknowledged(tries - 1) : Promise.reject(error)));
  const first = await acknowledged();
  const second = await acknowledged();
  first.socket.close();
  second.socket.close();
});

it('answers bad variables and a resume point beyond the wallet as BAD_USER_INPUT, not as an internal error', async () => {
  const walletId = await walletAt(3);
  const client = transportClient(server.url, { Authorization: await token() });
  for (const variables of [{ walletId, afterVersion: 2_147_483_648 }, { walletId, afterVersion: 1.5 }, {}, { walletId: { a: 1 } }]) {
    const refused = follow(client, variables);
    await refused.ended();
    expect(refused.errors).toMatchObject([{ extensions: { code: 'BAD_USER_INPUT' } }]);
  }
  // Version 1000 of a wallet at version 3: resuming from it skipped every change up to 1000, silently.
  const ahead = follow(client, { walletId, afterVersion: 1_000 });
  await ahead.ended();
  expect(ahead.errors).toMatchObject([
    { message: expect.stringMatching(/^afterVersion 1000 is beyond/), extensions: { code: 'BAD_USER_INPUT', argument: 'afterVersion' } },
  ]);
  const atVersion = follow(client, { walletId, afterVersion: 3 });
  await server.gql(INCREASE, { walletId, amount: '1.00', currency: 'GBP', expectedVersion: 3 });
  await atVersion.count(1);
  expect(atVersion.versions()).toEqual([4]);
  atVersion.stop();
  await client.dispose();
});

describe('a token past its exp, within the clock tolerance: WebSocket and HTTP agree', () => {
  // A token 5 s past its exp was 200 over HTTP but closed 4401 at connection_init, and a live socket was cut at its exp
  // while HTTP accepted the token 30 s longer: a client that renews its token on a 401 kept losing its subscription.
  const toleranceMs = DEFAULT_CLOCK_TOLERANCE_SECONDS * 1000;
  /** A token of `sub` whose exp was `seconds` ago (whole seconds, as jose sets it), and that exp in ms. */
  const expiredAgo = async (sub: string, seconds: number) => {
    const authorization = (await server.headersOf({ sub, ttl: `${seconds}s ago` })).authorization;
    const { exp } = JSON.parse(Buffer.from(authorization.split('.')[1], 'base64url').toString()) as { exp: number };
    return { authorization, expMs: exp * 1000 };
  };
  const overHttp = async (authorization: string) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    const body = (await response.json()) as { errors?: Array<{ message: string }> };
    return { status: response.status, message: body.errors?.[0].message };
  };
  /** A socket whose connection_init carries `authorization`: the types it receives, and its close (with when). */
  async function connect(authorization: string) {
    const socket = new WebSocket(wsUrl(server.url), 'graphql-transport-ws');
    const received: string[] = [];
    socket.on('message', (data) => received.push(JSON.parse(String(data)).type));
    const closed = new Promise<{ code: number; reason: string; atMs: number }>((resolve) =>
      socket.on('close', (code, reason) => resolve({ code, reason: String(reason), atMs: Date.now() })),
    );
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(JSON.stringify({ type: 'connection_init', payload: { Authorization: authorization } }));
    const acked = async () => {
      for (let waited = 0; !received.includes('connection_ack'); waited += 20) {
        if (waited > 5_000 || socket.readyState !== WebSocket.OPEN) return false;
        await sleep(20);
      }
      return true;
    };
    return { socket, received, closed, acked };
  }

  it('acknowledges a token a few seconds past its exp, as HTTP accepts it; past the tolerance both refuse it', async () => {
    const late = await expiredAgo('late', 5);
    expect(await overHttp(late.authorization)).toEqual({ status: 200, message: undefined });
    const lateSocket = await connect(late.authorization);
    expect(await lateSocket.acked()).toBe(true);
    expect(lateSocket.received).toEqual(['connection_ack']);
    lateSocket.socket.close(1000);

    const tooLate = await expiredAgo('too-late', DEFAULT_CLOCK_TOLERANCE_SECONDS + 5);
    expect(await overHttp(tooLate.authorization)).toEqual({ status: 401, message: 'The bearer token is not valid: expired' });
    const tooLateSocket = await connect(tooLate.authorization);
    expect(await tooLateSocket.closed).toMatchObject({ code: 4401, reason: 'The bearer token is not valid: expired' });
    expect(tooLateSocket.received).toEqual([]);
  });

  it('closes a live socket (4401 Token expired) when HTTP starts refusing its token: at exp + tolerance, not at exp', async () => {
    // Its exp passed (tolerance - 8) s ago: 7 to 8 s of acceptance left, for the checks before the close on a slow machine.
    const { authorization, expMs } = await expiredAgo('live', DEFAULT_CLOCK_TOLERANCE_SECONDS - 8);
    const endMs = expMs + toleranceMs;
    const live = await connect(authorization);
    expect(await live.acked()).toBe(true);
    expect(Date.now()).toBeLessThan(endMs);
    expect(await overHttp(authorization)).toEqual({ status: 200, message: undefined });
    const closed = await live.closed;
    expect(closed).toMatchObject({ code: 4401, reason: 'Token expired' });
    expect(closed.atMs).toBeGreaterThanOrEqual(endMs - 100);
    expect(closed.atMs).toBeLessThan(endMs + 2_000);
    // Closed as HTTP starts refusing the same token (remembered by the service until then, and no longer).
    expect(await overHttp(authorization)).toEqual({ status: 401, message: 'The bearer token is not valid: expired' });
  });
});

describe('sockets that never authenticate', () => {
  const SLOTS = 12;
  const UNAUTHENTICATED = 4;
  const refused: string[] = [];
  let own: TestServer;
  beforeAll(async () => {
    own = await startTestServer({
      metrics: { ...NO_METRICS, refused: (reason) => void refused.push(reason) },
      subscriptionLimits: { maxConnections: SLOTS, maxUnauthenticatedConnections: UNAUTHENTICATED },
    });
  });
  afterAll(() => own?.stop());

  /** As many sockets as there are slots, none ever sending connection_init, each re-opened 50 ms after it closes or is refused. */
  function holdEverySlot() {
    let stopped = false;
    const sockets = new Set<WebSocket>();
    const open = () => {
      if (stopped) return;
      const socket = new WebSocket(wsUrl(own.url), 'graphql-transport-ws');
      sockets.add(socket);
      const again = () => {
        if (!sockets.delete(socket)) return;
        setTimeout(open, 50);
      };
      socket.on('error', again);
      socket.on('close', again);
      socket.on('unexpected-response', (_req, res) => {
        res.resume();
        socket.terminate();
        again();
      });
    };
    for (let i = 0; i < SLOTS; i++) open();
    const stop = () => {
      stopped = true;
      for (const socket of sockets) socket.terminate();
    };
    return { stop, opened: () => [...sockets].filter((socket) => socket.readyState === WebSocket.OPEN).length };
  }

  it('cannot keep a subscriber out by holding every slot (it was answered 503 for as long as they re-opened)', async () => {
    const walletId = await ownedWallet(own);
    const authorization = (await own.headersOf(ALICE)).authorization;
    const before = transportClient(own.url, { Authorization: authorization });
    const acknowledged = new Promise((resolve) => before.on('connected', resolve));
    const subscribedBefore = follow(before, { walletId, afterVersion: 0 });
    await acknowledged;
    const { stop, opened } = holdEverySlot();
    try {
      // Every slot for an unauthenticated socket taken, well before the first is closed for want of a connection_init (5 s).
      for (let waited = 0; opened() < UNAUTHENTICATED; waited += 20) {
        if (waited > 4_000) throw new Error(`${opened()} sockets held`);
        await sleep(20);
      }
      const client = transportClient(own.url, { Authorization: authorization });
      const live = follow(client, { walletId, afterVersion: 0 });
      await own.gql(INCREASE, { walletId, amount: '1.00', currency: 'GBP', expectedVersion: 0 });
      await live.count(1);
      await subscribedBefore.count(1);
      expect(live.errors).toEqual([]);
      // The subscriber took the place of an unauthenticated socket; the one acknowledged before was never cut.
      expect(refused).toContain('websocket_evicted');
      expect(subscribedBefore.errors).toEqual([]);
      await client.dispose();
    } finally {
      stop();
      await before.dispose();
    }
  }, 30_000);
});

describe('sockets that never authenticate, from one address', () => {
  const POOL = 4;
  const refused: string[] = [];
  let own: TestServer;
  beforeAll(async () => {
    own = await startTestServer({
      metrics: { ...NO_METRICS, refused: (reason) => void refused.push(reason) },
      subscriptionLimits: { maxConnections: 40, maxUnauthenticatedConnections: POOL },
      // Every client here is on 127.0.0.1: the attacker's sockets say they come from another address.
      callerKey: (req: IncomingMessage) => (req.headers['x-test-address'] as string | undefined) ?? clientAddress(req),
    });
  });
  afterAll(() => own?.stop());

  /** An open socket that has sent nothing yet (an honest client still awaiting the token of its connectionParams). */
  async function unacknowledged(address?: string) {
    const socket = new WebSocket(wsUrl(own.url), 'graphql-transport-ws', { headers: address ? { 'x-test-address': address } : {} });
    const received: string[] = [];
    socket.on('message', (data) => received.push(String(data)));
    socket.on('error', () => undefined);
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('unexpected-response', (_req, res: IncomingMessage) => reject(new Error(`Upgrade answered ${res.statusCode}`)));
    });
    return { socket, received };
  }

  it("cuts the churning address's own sockets, never an honest address's socket awaiting its connectionParams", async () => {
    const honest = await unacknowledged();
    const evictedBefore = refused.filter((reason) => reason === 'websocket_evicted').length;
    const attacker: WebSocket[] = [];
    try {
      // The pool's other 3 places, then 30 more upgrades, each cutting someone: the attacker holds the most throughout.
      for (let i = 0; i < POOL - 1 + 30; i++) attacker.push((await unacknowledged('198.51.100.66')).socket);
      expect(refused.filter((reason) => reason === 'websocket_evicted').length - evictedBefore).toBe(30);
      expect(honest.socket.readyState).toBe(WebSocket.OPEN);
      // The closes of the cut reach this side in their own time.
      const attackersOpen = () => attacker.filter((socket) => socket.readyState === WebSocket.OPEN).length;
      for (let waited = 0; attackersOpen() > POOL - 1 && waited < 5_000; waited += 20) await sleep(20);
      expect(attackersOpen()).toBe(POOL - 1);
      // Its token arrives: it is acknowledged as if no one had churned.
      honest.socket.send(
        JSON.stringify({ type: 'connection_init', payload: { Authorization: (await own.headersOf(ALICE)).authorization } }),
      );
      for (let waited = 0; !honest.received.some((m) => m.includes('connection_ack')); waited += 20) {
        if (waited > 5_000) throw new Error(`No ack: ${honest.received.join()}`);
        await sleep(20);
      }
    } finally {
      for (const socket of attacker) socket.terminate();
      honest.socket.terminate();
    }
  }, 30_000);

  it('cuts no one for an upgrade without Sec-WebSocket-Key (answered 400 by the handshake, before any room is made)', async () => {
    const held = await Promise.all(Array.from({ length: POOL }, () => unacknowledged()));
    const evictedBefore = refused.filter((reason) => reason === 'websocket_evicted').length;
    try {
      const raw = connect(own.port, '127.0.0.1');
      const answer = await new Promise<string>((resolve) => {
        let text = '';
        raw.on('data', (chunk) => {
          text += String(chunk);
        });
        raw.on('close', () => resolve(text));
        raw.on('error', () => resolve(text));
        raw.write(
          'GET /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
            'Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n',
        );
      });
      expect(answer).toMatch(/^HTTP\/1\.1 400/);
      await sleep(100);
      expect(held.map(({ socket }) => socket.readyState)).toEqual(held.map(() => WebSocket.OPEN));
      expect(refused.filter((reason) => reason === 'websocket_evicted').length).toBe(evictedBefore);
    } finally {
      for (const { socket } of held) socket.terminate();
    }
  });
});

describe("WebSocket upgrades spend their address's request ceiling", () => {
  const refused: string[] = [];
  let own: TestServer;
  beforeAll(async () => {
    own = await startTestServer({
      metrics: { ...NO_METRICS, refused: (reason) => void refused.push(reason) },
      // A request a quarter of an hour: none comes back while the test runs, however slow the machine.
      limits: { rate: { addressPerSecond: 1 / 900, addressBurst: 3 } },
    });
  });
  afterAll(() => own?.stop());

  it('answers an upgrade past the ceiling 429 with Retry-After, counted address_ceiling (a churn of upgrades was free)', async () => {
    const opened: WebSocket[] = [];
    const answers: Array<{ status: number; retryAfter?: string }> = [];
    try {
      for (let i = 0; i < 4; i++) {
        const socket = new WebSocket(wsUrl(own.url), 'graphql-transport-ws');
        socket.on('error', () => undefined);
        answers.push(
          await new Promise((resolve) => {
            socket.once('open', () => {
              opened.push(socket);
              resolve({ status: 101 });
            });
            socket.once('unexpected-response', (_req, res: IncomingMessage) => {
              res.resume();
              resolve({ status: res.statusCode ?? 0, retryAfter: res.headers['retry-after'] });
            });
          }),
        );
      }
      expect(answers.slice(0, 3)).toEqual([{ status: 101 }, { status: 101 }, { status: 101 }]);
      expect(answers[3]).toEqual({ status: 429, retryAfter: expect.stringMatching(/^\d+$/) });
      expect(Number(answers[3].retryAfter)).toBeGreaterThanOrEqual(1);
      expect(refused).toContain('address_ceiling');
    } finally {
      for (const socket of opened) socket.terminate();
    }
  });
});

async function ownedWallet(on: TestServer): Promise<string> {
  return (await on.gql(CREATE, { currency: 'GBP' })).data?.result.wallet.id;
}

describe('a subscriber that reads nothing but sends pongs unasked', () => {
  const refused: string[] = [];
  const log = recordingLogger();
  let own: TestServer;
  let walletId: string;
  beforeAll(async () => {
    own = await startTestServer({
      logger: log.logger,
      metrics: { ...NO_METRICS, refused: (reason) => void refused.push(reason) },
      // REQUEST_TIMEOUT_MS is how long the kernel may take nothing of what was written to a socket, HTTP or WebSocket.
      limits: { http: { requestTimeoutMs: 1_000 } },
      subscriptionLimits: { keepAliveMs: 500 },
    });
    walletId = await ownedWallet(own);
    const metadata = Array.from({ length: METADATA_LIMITS.keys }, (_, i) => ({
      key: `${String(i).padStart(2, '0')}${'€'.repeat(METADATA_LIMITS.keyLength - 2)}`,
      value: '€'.repeat(METADATA_LIMITS.valueLength),
    }));
    for (let version = 0; version < 20; version += 1) {
      const answer = await own.gql(INCREASE_WITH_METADATA, { walletId, amount: '1.00', expectedVersion: version, metadata });
      expect(answer.data?.result.__typename).toBe('BalanceIncreased');
    }
  }, 60_000);
  afterAll(() => own?.stop());

  /** Each entry's metadata six times: about 80 KB a message. */
  const FAT_EVENTS = `subscription($walletId: ID!) {
    walletEvents(walletId: $walletId, afterVersion: 0) { entry { metadata { key value a: value b: value c: value d: value e: value } } }
  }`;

  /**
   * An acknowledged socket with the wallet's whole history asked for `times` times (1.6 MB each: ten are more than the
   * loopback's buffers hold while nothing is read), sending a pong every 100 ms whatever it reads: the keep-alive
   * counted those as answers.
   */
  async function flooded(times: number) {
    const socket = new WebSocket(wsUrl(own.url), 'graphql-transport-ws');
    let received = 0;
    const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
    const acked = new Promise((resolve) => socket.once('message', resolve));
    socket.on('message', () => {
      received += 1;
    });
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(JSON.stringify({ type: 'connection_init', payload: { Authorization: (await own.headersOf(ALICE)).authorization } }));
    await acked;
    for (let id = 0; id < times; id++)
      socket.send(JSON.stringify({ type: 'subscribe', id: String(id), payload: { query: FAT_EVENTS, variables: { walletId } } }));
    const pongs = setInterval(() => socket.readyState === WebSocket.OPEN && socket.pong(), 100);
    void closed.then(() => clearInterval(pongs));
    return { socket, closed, received: () => received, stop: () => clearInterval(pongs) };
  }

  it('is cut once the kernel takes nothing of its frames for REQUEST_TIMEOUT_MS (counted stalled_reader); a slow reader is not', async () => {
    const never = await flooded(10);
    never.socket.pause();
    const slow = await flooded(20);
    slow.socket.pause();
    // Reads every 600 ms for 50 ms or 25 messages (2 MB: more than the kernel's step of room, docs/limits.md), whichever
    // ends first: far slower than it is written to, but never a window without a step. Counted, not only timed: a fast
    // machine drains megabytes of loopback in 2 ms and would catch up.
    const reading = setInterval(() => {
      const before = slow.received();
      const stop = () => {
        clearTimeout(timer);
        slow.socket.off('message', counted);
        slow.socket.pause();
      };
      const counted = () => slow.received() - before >= 25 && stop();
      const timer = setTimeout(stop, 50);
      slow.socket.on('message', counted);
      slow.socket.resume();
    }, 600);
    try {
      // It was kept for good; now within a keep-alive tick and one to two windows of its frames stopping.
      const started = performance.now();
      for (let waited = 0; !refused.includes('stalled_reader') && waited < 10_000; waited += 100) await sleep(100);
      console.log(`cut after ${(performance.now() - started).toFixed(0)} ms`);
      const readBefore = slow.received();
      await sleep(3_000);
      expect(refused.filter((reason) => reason === 'stalled_reader')).toEqual(['stalled_reader']);
      // Still behind (the ack and 400 entries are 401 messages) when the other was cut, and kept while it read on.
      console.log(`slow reader: ${readBefore} messages when the other was cut, ${slow.received()} 3 s later`);
      expect(readBefore).toBeLessThan(401);
      expect(slow.socket.readyState).toBe(WebSocket.OPEN);
      expect(slow.received()).toBeGreaterThan(readBefore);
      // Reading again, the cut socket finds its end: cut, not closed with a code.
      never.socket.resume();
      expect(await Promise.race([never.closed, sleep(5_000, 'open', { ref: false })])).toBe(1006);
      // Its streams end quietly: a send to the cut socket was logged as an internal error of the subscription.
      expect(log.errors()).toEqual([]);
    } finally {
      clearInterval(reading);
      never.stop();
      slow.stop();
      never.socket.terminate();
      slow.socket.terminate();
    }
  }, 60_000);
});

describe('signed-in sockets from a handful of addresses', () => {
  it('cannot take every WebSocket slot: the HTTP edge keeps the last connections for light addresses', async () => {
    // A probe signed in 20 accounts (10 sockets each, the per-caller limit) from 8 addresses for all 200 slots.
    const own = await startTestServer({ limits: { http: DEFAULT_LIMITS.http } });
    const sockets: WebSocket[] = [];
    /** A socket from `localAddress`, signed in as `sub`: acknowledged, or refused (at the door or after its init). */
    const signedIn = async (localAddress: string, sub: string) => {
      const socket = new WebSocket(wsUrl(own.url), 'graphql-transport-ws', { localAddress });
      socket.on('error', () => undefined);
      const received: string[] = [];
      socket.on('message', (data) => received.push(JSON.parse(String(data)).type));
      const opened = await new Promise<boolean>((resolve) => {
        socket.once('open', () => resolve(true));
        socket.once('unexpected-response', () => resolve(false));
        socket.once('close', () => resolve(false));
      });
      if (!opened) return 'refused';
      sockets.push(socket);
      socket.send(JSON.stringify({ type: 'connection_init', payload: { Authorization: (await own.headersOf(sub)).authorization } }));
      for (let waited = 0; !received.includes('connection_ack') && socket.readyState === WebSocket.OPEN; waited += 20) {
        if (waited > 5_000) return 'no answer';
        await sleep(20);
      }
      return received.includes('connection_ack') ? 'acknowledged' : 'refused';
    };
    try {
      const { maxConnections, reservedConnections } = DEFAULT_LIMITS.http;
      const answers: string[] = [];
      for (let i = 0; i < 200; i++) answers.push(await signedIn(`127.0.0.${11 + (i % 8)}`, `attacker-${i % 20}`));
      expect(answers.filter((answer) => answer === 'acknowledged')).toHaveLength(maxConnections - reservedConnections);
      expect(answers.filter((answer) => answer === 'refused')).toHaveLength(200 - (maxConnections - reservedConnections));
      // A light address still connects and is acknowledged.
      expect(await signedIn('127.0.0.99', ALICE)).toBe('acknowledged');
    } finally {
      for (const socket of sockets) socket.terminate();
      await own.stop();
    }
  }, 60_000);
});

/**
 * A client that resets its TCP connection while its subscriptions' events are written: the send failed while the socket
 * still read as open, and graphql-ws counted and logged each as an INTERNAL_SERVER_ERROR (the counter the on-call
 * alert watches) with a stack trace, once per reset, at any client's will. Now the connection's end, nothing more.
 */
it('counts and logs no internal error when a client resets its connection while events are written to it', async () => {
  const log = recordingLogger();
  const counted: string[] = [];
  const own = await startTestServer({ logger: log.logger, metrics: { ...NO_METRICS, graphqlError: (code) => void counted.push(code) } });
  try {
    const walletId = (await own.gql(CREATE, { currency: 'GBP' })).data?.result.wallet.id;
    const metadata = Array.from({ length: METADATA_LIMITS.keys }, (_, i) => ({ key: `k${i}`, value: 'x'.repeat(200) }));
    for (let v = 0; v < 40; v++) await own.gql(INCREASE_WITH_METADATA, { walletId, amount: '1.00', expectedVersion: v, metadata });
    const query = 'subscription($w: ID!) { walletEvents(walletId: $w, afterVersion: 0) { version entry { metadata { key value } } } }';
    for (let round = 0; round < 3; round++) {
      const socket = new WebSocket(wsUrl(own.url), 'graphql-transport-ws');
      let received = 0;
      socket.on('message', () => received++);
      socket.on('error', () => undefined);
      await new Promise((resolve) => socket.once('open', resolve));
      socket.send(JSON.stringify({ type: 'connection_init', payload: { Authorization: (await own.headersOf(ALICE)).authorization } }));
      for (let waited = 0; received === 0 && waited < 5_000; waited += 20) await sleep(20);
      for (let id = 0; id < 20; id++)
        socket.send(JSON.stringify({ type: 'subscribe', id: String(id), payload: { query, variables: { w: walletId } } }));
      for (let waited = 0; received < 100 && waited < 10_000; waited += 10) await sleep(10);
      // A reset (RST) while events are still being written to it.
      (socket as unknown as { _socket: import('node:net').Socket })._socket.resetAndDestroy();
      await sleep(1_000);
    }
    expect(counted.filter((code) => code === 'INTERNAL_SERVER_ERROR')).toEqual([]);
    expect(log.errors()).toEqual([]);
  } finally {
    await own.stop();
  }
}, 60_000);
