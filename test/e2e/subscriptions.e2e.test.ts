import { setTimeout as sleep } from 'node:timers/promises';
import { CREATE, INCREASE } from '../support/operations';
import { DEFAULT_CLOCK_TOLERANCE_SECONDS } from '../../src/infrastructure/auth/jwt-verifier';
import { ALICE, startTestServer, TestServer } from '../support/server';
import { follow, legacyClient, transportClient, WALLET_EVENTS } from '../support/subscriptions';

/**
 * Live wallets across two service instances on one store (DynamoDB Local: each instance reads the table's
 * stream itself): a change made through one reaches a subscriber of the other, and a subscriber cut off and
 * resumed from its last version gets exactly the versions it missed.
 */
let a: TestServer;
let b: TestServer;

beforeAll(async () => {
  // Two instances share a feed only through DynamoDB's stream: SQLite's feed is one node's (sqlite-subscriptions.e2e).
  a = await startTestServer({ store: 'dynamodb' });
  b = await startTestServer({ sharedStore: a.store });
});
afterAll(async () => {
  await b?.stop();
  await a?.stop();
});

async function openWallet(server: TestServer, owner = ALICE): Promise<string> {
  const created = await server.gql(CREATE, { currency: 'GBP' }, owner);
  return created.data?.result.wallet.id;
}

async function deposit(server: TestServer, walletId: string, expectedVersion: number, amount = '1.00', owner = ALICE) {
  const { data } = await server.gql(INCREASE, { walletId, amount, currency: 'GBP', expectedVersion }, owner);
  expect(data?.result.__typename).toBe('BalanceIncreased');
}

const token = async (server: TestServer, sub = ALICE, ttl?: string) => ({
  Authorization: (await server.headersOf({ sub, ttl })).authorization,
});

describe('graphql-transport-ws across two instances', () => {
  it('delivers a change made through one instance to a subscriber of the other, with the balance after it', async () => {
    const walletId = await openWallet(a);
    await deposit(a, walletId, 0, '2.50');
    const client = transportClient(b.url, await token(b));
    const live = follow(client, { walletId, afterVersion: 0 });
    // Version 1 comes from the store replay, which starts only once the subscription is on the feed:
    // version 2, made through the other instance afterwards, can only come from b's read of the stream.
    await live.count(1);
    await deposit(a, walletId, 1, '1.25');
    await live.count(2);
    expect(live.versions()).toEqual([1, 2]);
    expect(live.updates.map((update) => update.balance)).toEqual(['2.50', '3.75']);
    expect(live.updates[0]).toMatchObject({ walletId, currency: 'GBP', entry: { type: 'BALANCE_INCREASED', amount: '2.50', version: 1 } });
    await client.dispose();
  });

  it('resumes from the last version seen: exactly the missing versions, then live ones, none twice', async () => {
    const walletId = await openWallet(a);
    await deposit(a, walletId, 0);
    const first = transportClient(b.url, await token(b));
    const before = follow(first, { walletId, afterVersion: 0 });
    await before.count(1);
    expect(before.versions()).toEqual([1]);
    await first.dispose();
    for (let version = 1; version <= 4; version += 1) await deposit(a, walletId, version);
    const again = transportClient(b.url, await token(b));
    const resumed = follow(again, { walletId, afterVersion: 1 });
    await resumed.count(4);
    await deposit(b, walletId, 5);
    await deposit(a, walletId, 6);
    await resumed.count(6);
    await sleep(500);
    expect(resumed.versions()).toEqual([2, 3, 4, 5, 6, 7]);
    expect(resumed.updates.at(-1)?.balance).toBe('7.00');
    await again.dispose();
  });

  it('replays from afterVersion 0: every change after the opening entry', async () => {
    const walletId = await openWallet(b);
    await deposit(b, walletId, 0);
    const client = transportClient(a.url, await token(a));
    const replay = follow(client, { walletId, afterVersion: 0 });
    await replay.count(1);
    expect(replay.versions()).toEqual([1]);
    await client.dispose();
  });
});

describe('refusals', () => {
  it('refuses a connection without a token, or with a bad one, with 4401', async () => {
    const none = transportClient(a.url, {});
    expect((await none.closed).code).toBe(4401);
    const forged = transportClient(a.url, { Authorization: 'Bearer a.b.c' });
    expect(await forged.closed).toMatchObject({ code: 4401 });
  });

  it("answers another owner's wallet exactly as an unknown id", async () => {
    const walletId = await openWallet(a, 'bob');
    const client = transportClient(a.url, await token(a));
    const foreign = follow(client, { walletId });
    const unknown = follow(client, { walletId: 'no-such-wallet' });
    await foreign.ended();
    await unknown.ended();
    expect(foreign.updates).toEqual([]);
    expect(foreign.errors).toMatchObject([{ message: `Wallet ${walletId} does not exist.`, extensions: { code: 'WALLET_NOT_FOUND' } }]);
    expect(unknown.errors).toMatchObject([{ message: 'Wallet no-such-wallet does not exist.', extensions: { code: 'WALLET_NOT_FOUND' } }]);
    await client.dispose();
  });

  it('refuses queries and mutations over WebSocket, and a document past the depth or cost limits', async () => {
    const client = transportClient(a.url, await token(a));
    const query = follow(client, {}, '{ wallets(first: 1) { edges { cursor } } }');
    await query.ended();
    expect(query.errors).toMatchObject([{ extensions: { code: 'BAD_REQUEST' } }]);
    // No operation to run: answered as HTTP answers it (OPERATION_RESOLUTION_FAILURE), not "send it over HTTP".
    const two =
      'subscription A($walletId: ID!) { walletEvents(walletId: $walletId) { version } } subscription B($walletId: ID!) { walletEvents(walletId: $walletId) { version } }';
    for (const [operationName, message] of [
      [undefined, 'Must provide operation name if query contains multiple operations.'],
      ['C', 'Unknown operation named "C".'],
    ] as const) {
      const unresolved = follow(client, { walletId: 'w' }, two, operationName);
      await unresolved.ended();
      expect(unresolved.errors).toMatchObject([{ message, extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } }]);
    }
    const deep = follow(
      client,
      { walletId: 'w' },
      'subscription($walletId: ID!) { walletEvents(walletId: $walletId) { entry { id } a: version b: version c: version d: version e: version f: version } }',
    );
    await deep.ended();
    expect(deep.errors).toMatchObject([{ extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit: 'maxAliases' } }]);
    await client.dispose();
  });

  it('closes the socket when its token expires (4401 Token expired)', async () => {
    const walletId = await openWallet(a);
    await deposit(a, walletId, 0);
    // Its exp passed already: accepted for the rest of the clock tolerance (10 s), as HTTP accepts it, then closed.
    const client = transportClient(a.url, await token(a, ALICE, `${DEFAULT_CLOCK_TOLERANCE_SECONDS - 10}s ago`));
    const live = follow(client, { walletId, afterVersion: 0 });
    await live.count(1);
    expect(await client.closed).toMatchObject({ code: 4401, reason: 'Token expired' });
    await deposit(a, walletId, 1);
    await sleep(500);
    expect(live.versions()).toEqual([1]);
  });
});

describe('the legacy protocol (GraphQL Playground 1.7)', () => {
  it('speaks connection_init / connection_ack / ka / start / data / stop, on the same path', async () => {
    const walletId = await openWallet(a);
    const legacy = await legacyClient(b.url);
    // As Playground does: start right after connection_init, before the ack.
    legacy.send({ type: 'connection_init', payload: await token(b) });
    legacy.send({ type: 'start', id: '1', payload: { query: WALLET_EVENTS, variables: { walletId, afterVersion: 0 } } });
    await legacy.waitFor((message) => message.type === 'connection_ack', 'connection_ack');
    await legacy.waitFor((message) => message.type === 'ka', 'ka');
    await deposit(a, walletId, 0, '4.00');
    const data = await legacy.waitFor((message) => message.type === 'data', 'data');
    expect(data).toMatchObject({ id: '1', payload: { data: { walletEvents: { version: 1, balance: '4.00' } } } });
    legacy.send({ type: 'stop', id: '1' });
    await sleep(200);
    await deposit(a, walletId, 1);
    await sleep(1_000);
    expect(legacy.messages.filter((message) => message.type === 'data')).toHaveLength(1);
    legacy.socket.close();
  });

  it('stops a start stopped before the ack (it ran anyway, and could not be stopped); the id is free again', async () => {
    const walletId = await openWallet(a);
    const legacy = await legacyClient(b.url);
    const start = (id: string) => legacy.send({ type: 'start', id, payload: { query: WALLET_EVENTS, variables: { walletId } } });
    // A token never seen (its check takes a moment): as a component that mounts and unmounts at once, before the ack.
    legacy.send({ type: 'connection_init', payload: await token(b, ALICE, '599s') });
    start('1');
    legacy.send({ type: 'stop', id: '1' });
    start('2');
    await legacy.waitFor((message) => message.type === 'connection_ack', 'connection_ack');
    await sleep(300);
    await deposit(a, walletId, 0);
    await legacy.waitFor((message) => message.type === 'data' && message.id === '2', 'data for 2');
    start('1');
    await sleep(300);
    await deposit(a, walletId, 1);
    await legacy.waitFor((message) => message.type === 'data' && message.id === '1', 'data for 1, started again');
    await legacy.waitFor(
      (message) => message.type === 'data' && message.id === '2' && message.payload.data.walletEvents.version === 2,
      'v2 for 2',
    );
    await sleep(500);
    const delivered = legacy.messages
      .filter((message) => message.type === 'data')
      .map((message) => `${message.id}:${message.payload.data.walletEvents.version}`);
    expect(delivered.sort()).toEqual(['1:2', '2:1', '2:2']);
    expect(legacy.socket.readyState).toBe(legacy.socket.OPEN);
    legacy.socket.close();
  });

  it('answers a start past the 20 that may wait for the ack with an error at once (five were dropped without a word)', async () => {
    const walletId = await openWallet(a);
    const legacy = await legacyClient(b.url);
    for (let id = 0; id < 22; id++)
      legacy.send({ type: 'start', id: String(id), payload: { query: WALLET_EVENTS, variables: { walletId } } });
    for (const id of ['20', '21']) {
      const refused = await legacy.waitFor((message) => message.type === 'error' && message.id === id, `error for ${id}`);
      expect(refused.payload.message).toBe('At most 20 operations wait for the connection to be acknowledged.');
    }
    legacy.socket.close();
  });

  it('refuses a connection without a token with connection_error, then closes it', async () => {
    const legacy = await legacyClient(a.url);
    legacy.send({ type: 'connection_init', payload: {} });
    const refusal = await legacy.waitFor((message) => message.type === 'connection_error', 'connection_error');
    expect(refusal.payload.message).toMatch(/Authorization/);
    expect((await legacy.closed).code).toBe(4401);
  });
});
