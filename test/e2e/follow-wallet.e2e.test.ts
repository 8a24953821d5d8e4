import { createServer, Server, Socket, connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client, ClientOptions, createClient } from 'graphql-ws';
import WebSocket, { WebSocketServer } from 'ws';
import { followWallet, SubscriptionCompleted } from '../../client/follow-wallet';
import { pingTimeout } from '../../client/ping-timeout';
import { CREATE, INCREASE } from '../support/operations';
import { wsUrl } from '../support/subscriptions';
import { countingVersions, recording } from '../support/client-kit';
import { ALICE, startTestServer, TestServer } from '../support/server';

/** A new wallet of alice's, and a function that adds 1.00 to it at its current version. */
async function walletOfIncreases(server: TestServer): Promise<{ walletId: string; increase: () => Promise<void> }> {
  const walletId: string = (await server.gql(CREATE, { currency: 'GBP' })).data!.result.wallet.id;
  let version = 0;
  const increase = async () => {
    const { data } = await server.gql(INCREASE, { walletId, amount: '1.00', currency: 'GBP', expectedVersion: version });
    expect(data!.result.__typename).toBe('BalanceIncreased');
    version = data!.result.wallet.version;
  };
  return { walletId, increase };
}

/** A TCP hop in front of the service whose connections the test can cut, and refuse for a while: a network drop. */
async function dropPoint(targetPort: number) {
  const sockets = new Set<Socket>();
  let refusing = false;
  const server: Server = createServer((client) => {
    if (refusing) return client.destroy();
    const upstream = connect(targetPort, '127.0.0.1');
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    /** Cuts every connection, and refuses new ones until `heal`. */
    cut() {
      refusing = true;
      for (const socket of sockets) socket.destroy();
    },
    heal() {
      refusing = false;
    },
    /** Passes nothing more on the connections open now, and closes none: a network gone silent. New ones pass. */
    freeze() {
      for (const socket of sockets) {
        socket.unpipe();
        socket.pause();
      }
    },
    close: () => {
      // A frozen connection closes nowhere by itself: the hop ends it, or its server would wait for it.
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * A graphql-transport-ws hop in front of the service that can complete the running subscriptions, as a gateway or a
 * draining instance that ends its streams with `complete` (the service itself closes with 1012 Service restart): it tells
 * the service `complete` (the stream stops there) and the client `complete`, and keeps both sockets open.
 */
async function completingHop(targetHttpUrl: string) {
  const running = new Map<string, { client: WebSocket; upstream: WebSocket }>();
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1', handleProtocols: (offered) => [...offered][0] ?? false });
  wss.on('connection', (client, request) => {
    const upstream = new WebSocket(wsUrl(targetHttpUrl), request.headers['sec-websocket-protocol']);
    const early: string[] = [];
    upstream.on('open', () => {
      for (const text of early.splice(0)) upstream.send(text);
    });
    client.on('message', (data) => {
      const message = JSON.parse(String(data)) as { id?: string; type: string };
      if (message.type === 'subscribe' && message.id) running.set(message.id, { client, upstream });
      if (message.type === 'complete' && message.id) running.delete(message.id);
      if (upstream.readyState === WebSocket.OPEN) upstream.send(String(data));
      else early.push(String(data));
    });
    upstream.on('message', (data) => client.send(String(data)));
    client.on('close', () => upstream.close());
    upstream.on('close', () => client.terminate());
  });
  await new Promise<void>((resolve) => wss.once('listening', resolve));
  return {
    url: `http://127.0.0.1:${(wss.address() as { port: number }).port}`,
    /** Completes every running subscription on both sides; how many there were. */
    completeAll(): number {
      const count = running.size;
      for (const [id, { client, upstream }] of running) {
        upstream.send(JSON.stringify({ id, type: 'complete' }));
        client.send(JSON.stringify({ id, type: 'complete' }));
      }
      running.clear();
      return count;
    },
    close: () => new Promise<void>((resolve) => wss.close(() => resolve())),
  };
}

/**
 * docs/subscriptions.md's recipe, as a client runs it: the client kit's followWallet on a graphql-ws client that
 * retries, across a network drop during which the wallet changes. Every change after the version followed from
 * arrives once and in order, and the service itself sends each once (the reconnect resumed after the last one seen).
 */
/** alice's graphql-ws client through `url` (a hop in front of the service), reconnecting at once and for ever. */
async function reconnectingClient(server: TestServer, url: string, options: Partial<ClientOptions> = {}) {
  const { authorization } = await server.headersOf('alice');
  return createClient({
    url: wsUrl(url),
    webSocketImpl: WebSocket,
    connectionParams: async () => ({ Authorization: authorization }),
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    retryWait: () => sleep(50),
    ...options,
  });
}

describe("the client kit's followWallet", () => {
  let server: TestServer;
  let drop: Awaited<ReturnType<typeof dropPoint>>;

  beforeAll(async () => {
    // Its tokens of 3 s end at their exp, not 30 s later (the clock tolerance).
    server = await startTestServer({ clockToleranceSeconds: 0 });
    drop = await dropPoint(server.port);
  });
  afterAll(async () => {
    await drop.close();
    await server.stop();
  });

  it('resumes after a network drop from the last version it saw: nothing missed, nothing twice', async () => {
    const { walletId, increase } = await walletOfIncreases(server);
    await increase();
    await increase();

    const client = await reconnectingClient(server, drop.url);
    const { counting, sent } = countingVersions(client);
    const seen: Array<{ version: number; balance: string }> = [];
    const ended: unknown[] = [];
    const stop = followWallet(counting, walletId, 1, {
      event: (event) => seen.push({ version: event.version, balance: event.balance }),
      end: (reason) => ended.push(reason),
    });
    const until = async (count: number) => {
      for (const deadline = Date.now() + 15_000; seen.length < count; await sleep(20)) {
        if (Date.now() > deadline) throw new Error(`Timed out at ${JSON.stringify(seen)}`);
      }
    };
    try {
      await until(1);
      await increase();
      await until(2);
      drop.cut();
      await increase();
      await increase();
      await sleep(300);
      drop.heal();
      await until(4);
      await increase();
      await until(5);
      await sleep(200);
      expect(seen).toEqual([
        { version: 2, balance: '2.00' },
        { version: 3, balance: '3.00' },
        { version: 4, balance: '4.00' },
        { version: 5, balance: '5.00' },
        { version: 6, balance: '6.00' },
      ]);
      expect(sent).toEqual([2, 3, 4, 5, 6]);
      expect(ended).toEqual([]);
    } finally {
      stop();
      await client.dispose();
    }
  });
  it('with pingTimeout, resumes after the network goes silent without closing (it waited for ever, an old balance shown)', async () => {
    const { walletId, increase } = await walletOfIncreases(server);
    await increase();
    const client: Client = await reconnectingClient(
      server,
      drop.url,
      pingTimeout(() => client, { intervalMs: 300, timeoutMs: 300 }),
    );
    const seen: number[] = [];
    const ended: unknown[] = [];
    const stop = followWallet(client, walletId, 0, { event: (event) => seen.push(event.version), end: (reason) => ended.push(reason) });
    const until = async (count: number) => {
      for (const deadline = Date.now() + 15_000; seen.length < count; await sleep(20)) {
        if (Date.now() > deadline) throw new Error(`Timed out at ${JSON.stringify(seen)}`);
      }
    };
    try {
      await until(1);
      drop.freeze();
      await increase();
      await increase();
      await until(3);
      expect(seen).toEqual([1, 2, 3]);
      expect(ended).toEqual([]);
    } finally {
      stop();
      await client.dispose();
    }
  });

  /** A graphql-ws client as docs/subscriptions.md sets one up, whose connectionParams give the tokens of `tokenFor` (call number). */
  const clientWith = (tokenFor: (call: number) => Promise<string>) => {
    const calls: number[] = [];
    const client = createClient({
      url: wsUrl(server.url),
      webSocketImpl: WebSocket,
      connectionParams: async () => {
        calls.push(calls.length + 1);
        return { Authorization: await tokenFor(calls.length) };
      },
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: () => true,
      retryWait: () => sleep(50),
    });
    return { client, calls };
  };
  const shortLived = async () => (await server.headersOf({ sub: ALICE, ttl: '3s' })).authorization;
  const waitFor = async (done: () => boolean, what: string, timeoutMs = 15_000) => {
    for (const deadline = Date.now() + timeoutMs; !done(); await sleep(20)) {
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    }
  };

  it('resumes after its token expired (4401 Token expired) with a fresh token, from the last version it saw', async () => {
    const { walletId, increase } = await walletOfIncreases(server);
    await increase();
    // Two tokens that expire, then one that lasts the test (a third short one could expire on a slow machine).
    const { client, calls } = clientWith(async (call) => (call <= 2 ? shortLived() : (await server.headersOf(ALICE)).authorization));
    const { counting, sent } = countingVersions(client);
    const { seen, resumed, ended, handlers } = recording();
    const stop = followWallet(counting, walletId, 0, handlers);
    try {
      await waitFor(() => seen.length === 1, 'version 1');
      await increase();
      for (let expiry = 1; expiry <= 2; expiry += 1) {
        await waitFor(() => resumed.length === expiry || ended.length > 0, `expiry ${expiry}`);
        // Changed while no socket is open: the new subscription replays it from the store.
        await increase();
      }
      await waitFor(() => seen.length === 4, 'version 4');
      await increase();
      await waitFor(() => seen.length === 5, 'version 5');
      await sleep(200);
      expect(ended).toEqual([]);
      expect(resumed).toEqual([expect.objectContaining({ code: 4401, reason: 'Token expired' }), expect.objectContaining({ code: 4401 })]);
      expect(seen).toEqual([1, 2, 3, 4, 5]);
      expect(sent).toEqual([1, 2, 3, 4, 5]);
      expect(calls).toEqual([1, 2, 3]);
    } finally {
      stop();
      await client.dispose();
    }
  }, 30_000);

  it('ends, without trying again, when the fresh token is refused (4401 with another reason)', async () => {
    const walletId: string = (await server.gql(CREATE, { currency: 'GBP' })).data!.result.wallet.id;
    const { client, calls } = clientWith(async (call) => (call === 1 ? shortLived() : 'Bearer not-a-token'));
    const resumed: unknown[] = [];
    const ended: Array<{ code?: number; reason?: string }> = [];
    const stop = followWallet(client, walletId, 0, {
      event: () => undefined,
      resuming: (reason) => resumed.push(reason),
      end: (reason) => ended.push(reason as { code?: number; reason?: string }),
    });
    try {
      await waitFor(() => ended.length > 0, 'the end');
      await sleep(1_000);
      expect(resumed).toEqual([expect.objectContaining({ code: 4401, reason: 'Token expired' })]);
      expect(ended).toEqual([expect.objectContaining({ code: 4401 })]);
      expect(ended[0].reason).not.toBe('Token expired');
      expect(calls).toEqual([1, 2]);
    } finally {
      stop();
      await client.dispose();
    }
  }, 30_000);
  it('resumes from the last version it saw when the serving side completes the subscription: nothing missed, nothing twice', async () => {
    const hop = await completingHop(server.url);
    const { walletId, increase } = await walletOfIncreases(server);
    await increase();
    const client = await reconnectingClient(server, hop.url);
    const { counting, sent } = countingVersions(client);
    const { seen, resumed, ended, handlers } = recording();
    const stop = followWallet(counting, walletId, 0, handlers);
    try {
      await waitFor(() => seen.length === 1, 'version 1');
      await increase();
      await waitFor(() => seen.length === 2, 'version 2');
      expect(hop.completeAll()).toBe(1);
      // Changed while no subscription runs: the new one replays them from the store.
      await increase();
      await increase();
      await waitFor(() => seen.length === 4 || ended.length > 0, 'versions 3 and 4');
      await increase();
      await waitFor(() => seen.length === 5 || ended.length > 0, 'version 5');
      await sleep(200);
      expect(ended).toEqual([]);
      expect(resumed).toEqual([expect.any(SubscriptionCompleted)]);
      expect(seen).toEqual([1, 2, 3, 4, 5]);
      expect(sent).toEqual([1, 2, 3, 4, 5]);
    } finally {
      stop();
      await client.dispose();
      await hop.close();
    }
  });

  it('ends with the 1000 close, and subscribes no more, when its graphql-ws client is disposed', async () => {
    const { walletId, increase } = await walletOfIncreases(server);
    await increase();
    const { client } = clientWith(async () => (await server.headersOf('alice')).authorization);
    const { seen, resumed, ended, handlers } = recording();
    const stop = followWallet(client, walletId, 0, handlers);
    try {
      await waitFor(() => seen.length === 1, 'version 1');
      await client.dispose();
      await waitFor(() => ended.length > 0, 'the end');
      await increase();
      await sleep(500);
      expect(ended).toEqual([expect.objectContaining({ code: 1000 })]);
      expect(resumed).toEqual([]);
      expect(seen).toEqual([1]);
    } finally {
      stop();
    }
  });
});
