import { CREATE, INCREASE, READ, TRANSFER } from '../support/operations';
import { ALICE, startTestServer, TestServer } from '../support/server';
import { follow, transportClient } from '../support/subscriptions';

let server: TestServer;
beforeAll(async () => {
  // Bodies of up to 2 MB, as an operator may allow (the default is 64 KB): what the service echoes stays short anyway.
  server = await startTestServer({ limits: { http: { maxBodyBytes: 2_000_000 } } });
});
afterAll(() => server.stop());

const create = async () => (await server.gql(CREATE, { currency: 'GBP' })).data!.result.wallet.id as string;

describe('ids and idempotency keys must be well-formed Unicode', () => {
  it.each([['t-\ud800'], ['t-\udc00'], ['\udc00\ud800']])('refuses the idempotency key %j as BAD_USER_INPUT', async (key) => {
    const walletId = await create();
    const response = await server.gql(INCREASE, { walletId, amount: '1.00', currency: 'GBP', expectedVersion: 0, key });
    expect(response.errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'idempotencyKey' }) }),
    ]);
    expect((await server.gql(READ, { id: walletId })).data!.wallet.version).toBe(0);
  });

  it('refuses ill-formed wallet ids in queries and mutations', async () => {
    const read = await server.gql(READ, { id: 'w-\ud800' });
    expect(read.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
    const transfer = await server.gql(TRANSFER, {
      from: await create(),
      to: 'w-\udfff',
      amount: '1.00',
      currency: 'GBP',
      expectedVersion: 0,
    });
    expect(transfer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'toWalletId' });
  });

  it('replays the collision: t-\\ud800, t-\\udc00 and t-\\ufffd were one key in DynamoDB; now only the well-formed one is applied, exactly once', async () => {
    const walletId = await create();
    const deposit = (key: string, expectedVersion: number) =>
      server.gql(INCREASE, { walletId, amount: '1.00', currency: 'GBP', expectedVersion, key });
    expect((await deposit('t-\ufffd', 0)).data!.result.__typename).toBe('BalanceIncreased');
    expect((await deposit('t-\ud800', 1)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await deposit('t-\udc00', 1)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const second = await deposit('t-2', 1);
    expect(second.data!.result).toMatchObject({ __typename: 'BalanceIncreased', wallet: { version: 2, balance: '2.00' } });
  });
});

describe('a refused value is echoed at most as a short prefix', () => {
  it('a 990 KB amount comes back in an answer of under 2 KB', async () => {
    const amount = '9'.repeat(990_000);
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await server.headersOf('alice')) },
      body: JSON.stringify({ query: INCREASE, variables: { walletId: 'w', amount, currency: 'GBP', expectedVersion: 0 } }),
    });
    const text = await response.text();
    expect(response.status).toBe(400);
    expect(text.length).toBeLessThan(2_000);
    expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('so is a 500 KB literal in the query itself', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await server.headersOf('alice')) },
      body: JSON.stringify({
        query: `mutation { result: increaseBalance(walletId: "w", amount: "${'1'.repeat(500_000)}", currency: GBP, expectedVersion: 0) { __typename } }`,
      }),
    });
    const text = await response.text();
    expect(response.status).toBe(400);
    expect(text.length).toBeLessThan(2_000);
  });
});

describe('production hides the schema', () => {
  it('no "Did you mean" for fields or enum values, in literals or in variables; introspection is off', async () => {
    const production = await startTestServer({ playground: false, hideSuggestions: true });
    try {
      const answers = [
        await production.gql('{ walet(id: "x") { id } }'),
        await production.gql('mutation { createWallet(currency: GPB) { __typename } }'),
        await production.gql(CREATE, { currency: 'GPB' }),
        await production.gql('{ __schema { types { name } } }'),
      ];
      for (const answer of answers) {
        expect(answer.status).toBe(400);
        expect(JSON.stringify(answer.errors)).not.toMatch(/Did you mean|GBP|wallet"/);
      }
      // Over WebSocket too: a misspelt field of a subscription.
      const client = transportClient(production.url, { Authorization: (await production.headersOf(ALICE)).authorization });
      const refused = follow(client, { walletId: 'any' }, 'subscription($walletId: ID!) { walletEvent(walletId: $walletId) { version } }');
      await refused.ended();
      await client.dispose();
      expect(refused.errors).toMatchObject([{ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }]);
      expect(JSON.stringify(refused.errors)).not.toMatch(/Did you mean|walletEvents/);
    } finally {
      await production.stop();
    }
  });

  it('development keeps the hints', async () => {
    const answer = await server.gql(CREATE, { currency: 'GPB' });
    expect(answer.errors?.[0].message).toMatch(/Did you mean the enum value "GBP"/);
  });
});
