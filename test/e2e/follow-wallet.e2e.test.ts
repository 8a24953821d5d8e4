import { createServer, Server, Socket, connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { followWallet, SubscribingClient } from '../../client/follow-wallet';
import { CREATE, INCREASE } from '../support/operations';
import { wsUrl } from '../support/subscriptions';
import { startTestServer, TestServer } from '../support/server';

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
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * docs/subscriptions.md's recipe, as a client runs it: the client kit's followWallet on a graphql-ws client that
 * retries, across a network drop during which the wallet changes. Every change after the version followed from
 * arrives once and in order, and the service itself sends each once (the reconnect resumed after the last one seen).
 */
describe("the client kit's followWallet", () => {
  let server: TestServer;
  let drop: Awaited<ReturnType<typeof dropPoint>>;

  beforeAll(async () => {
    server = await startTestServer();
    drop = await dropPoint(server.port);
  });
  afterAll(async () => {
    await drop.close();
    await server.stop();
  });

  it('resumes after a network drop from the last version it saw: nothing missed, nothing twice', async () => {
    const walletId: string = (await server.gql(CREATE, { currency: 'GBP' })).data!.result.wallet.id;
    let version = 0;
    const increase = async () => {
      const { data } = await server.gql(INCREASE, { walletId, amount: '1.00', currency: 'GBP', expectedVersion: version });
      expect(data!.result.__typename).toBe('BalanceIncreased');
      version = data!.result.wallet.version;
    };
    await increase();
    await increase();

    const { authorization } = await server.headersOf('alice');
    const client = createClient({
      url: wsUrl(drop.url),
      webSocketImpl: WebSocket,
      connectionParams: async () => ({ Authorization: authorization }),
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: () => true,
      retryWait: () => sleep(50),
    });
    // What the service sent, before followWallet's own check of versions.
    const sent: number[] = [];
    const counting: SubscribingClient = {
      subscribe: (payload, sink) =>
        client.subscribe(payload, {
          ...sink,
          next: (value) => {
            sent.push((value.data as { walletEvents: { version: number } }).walletEvents.version);
            sink.next(value);
          },
        }),
    };
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
});
