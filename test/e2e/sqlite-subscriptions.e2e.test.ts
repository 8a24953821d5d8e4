import { setTimeout as sleep } from 'node:timers/promises';
import { CREATE, INCREASE } from '../support/operations';
import { ALICE, startTestServer, TestServer } from '../support/server';
import { describeSqlite } from '../support/sqlite';
import { follow, transportClient } from '../support/subscriptions';

/**
 * The SQLite store's in-process feed (published after each COMMIT): the same gap-free join of replay and
 * live entries as on DynamoDB, over the real service. Node >= 22.13 only (node:sqlite).
 */
describeSqlite('subscriptions on SQLite', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ store: 'sqlite' });
  });
  afterAll(() => server?.stop());

  const deposit = async (walletId: string, expectedVersion: number) => {
    const { data } = await server.gql(INCREASE, { walletId, amount: '1.00', currency: 'GBP', expectedVersion });
    expect(data?.result.__typename).toBe('BalanceIncreased');
  };

  it('replays after afterVersion, then delivers each commit once, in order, while deposits race the join', async () => {
    const walletId = (await server.gql(CREATE, { currency: 'GBP' })).data?.result.wallet.id;
    for (let version = 0; version < 3; version += 1) await deposit(walletId, version);
    const client = transportClient(server.url, { Authorization: (await server.headersOf(ALICE)).authorization });
    const live = follow(client, { walletId, afterVersion: 1 });
    // Deposits while the subscription joins: some land before its store read, some after.
    for (let version = 3; version < 8; version += 1) await deposit(walletId, version);
    await live.count(7);
    await sleep(300);
    expect(live.versions()).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(live.updates.at(-1)?.balance).toBe('8.00');
    await client.dispose();
  });
});
