import { DEFAULT_LIMITS } from '../../src/http/limits';
import { CREATE, INCREASE, READ } from '../support/operations';
import { startTestServer, TestServer } from '../support/server';

/**
 * Each limit refuses before any resolver runs: 400, QUERY_LIMIT_EXCEEDED, a message naming the limit and
 * its value, within a second (tens of milliseconds unloaded; the bound leaves room for a shared machine, where a
 * request can also wait for a core whatever it costs: then the CPU it took must be under the bound).
 */
function timed() {
  const started = performance.now();
  const cpu = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(cpu);
    const wallMs = performance.now() - started;
    // And never a refusal that waits (a timer costs no CPU): seconds of wall time at most, whatever the machine.
    expect(wallMs).toBeLessThan(5_000);
    return Math.min(wallMs, (used.user + used.system) / 1000);
  };
}

describe('query limits', () => {
  let server: TestServer;
  let walletId: string;
  const { query: limits } = DEFAULT_LIMITS;

  beforeAll(async () => {
    server = await startTestServer();
    walletId = (await server.gql(CREATE, { currency: 'GBP' })).data!.result.wallet.id;
  });
  afterAll(() => server.stop());

  async function expectRefused(query: string, limit: string, max: number, variables: Record<string, unknown> = {}) {
    const took = timed();
    const response = await server.gql(query, variables);
    expect(took()).toBeLessThan(1_000);
    expect(response.status).toBe(400);
    expect(response.data).toBeUndefined();
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0].extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit, max });
    expect(response.errors![0].message).toContain(String(max));
    return response;
  }

  it(`refuses more than ${limits.maxAliases} aliases`, async () => {
    const aliases = Array.from({ length: limits.maxAliases + 1 }, (_, i) => `a${i}: wallet(id: "${walletId}") { id }`).join(' ');
    await expectRefused(`{ ${aliases} }`, 'maxAliases', limits.maxAliases);
  });

  it(`counts depth in fields, not fragments: the schema's deepest query passes at ${limits.maxDepth}, a lower limit refuses it`, async () => {
    // Fragments are no level of their own (typed clients wrap every result in fragments), and nesting them costs tokens.
    const fragments = (depth: number) => `{ wallet(id: "x") { ${'... on Wallet { '.repeat(depth)}id${' }'.repeat(depth)} } }`;
    expect((await server.gql(fragments(limits.maxDepth + 2))).status).toBe(200);
    const deepest = `{ wallet(id: "${walletId}") { history { edges { node { id } } } } }`;
    expect((await server.gql(deepest)).status).toBe(200);
    const strict = await startTestServer({ limits: { query: { maxDepth: 3 } } });
    try {
      const response = await strict.gql(deepest);
      expect(response.status).toBe(400);
      expect(response.errors![0].extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'maxDepth', max: 3 });
    } finally {
      await strict.stop();
    }
  });

  it(`refuses more than ${limits.maxDirectives} directives`, async () => {
    const directives = Array.from({ length: limits.maxDirectives + 1 }, () => '... on Wallet @include(if: true) { id }').join(' ');
    await expectRefused(`{ wallet(id: "x") { ${directives} } }`, 'maxDirectives', limits.maxDirectives);
  });

  it(`stops parsing past ${limits.maxTokens} tokens`, async () => {
    const took = timed();
    const response = await server.gql(`{ ${'__typename '.repeat(limits.maxTokens)} }`);
    expect(took()).toBeLessThan(1_000);
    expect(response.status).toBe(400);
    expect(response.errors).toEqual([expect.objectContaining({ extensions: { code: 'GRAPHQL_PARSE_FAILED' } })]);
    expect(response.errors![0].message).toMatch(new RegExp(`more tha[nt] ${limits.maxTokens} tokens`));
  });

  it(`refuses a document over ${limits.maxQueryLength} characters`, async () => {
    await expectRefused(`{ ${'x'.repeat(limits.maxQueryLength)}: __typename }`, 'maxQueryLength', limits.maxQueryLength);
  });

  it(`refuses a cost over ${limits.maxCost}, a list counting its fields times its "first", also from a variable`, async () => {
    expect((await server.gql(READ, { id: walletId, first: 100 })).status).toBe(200);
    const page =
      '{ history(first: $first) { edges { cursor node { id walletId type version amount balanceAfter occurredAt transferId counterpartyWalletId idempotencyKey } } } }';
    const twoPages = `query($id: ID!, $first: Int) { a: wallet(id: $id) ${page} b: wallet(id: $id) ${page} }`;
    expect((await server.gql(twoPages, { id: walletId, first: 50 })).status).toBe(200);
    await expectRefused(twoPages, 'maxCost', limits.maxCost, { id: walletId, first: 100 });
    // The cost is kept per document and per value of `first`: neither answer stands in for the other.
    expect((await server.gql(twoPages, { id: walletId, first: 50 })).status).toBe(200);
    await expectRefused(twoPages, 'maxCost', limits.maxCost, { id: 'another-id', first: 100 });
  });

  it('refuses a mutation with more than one root field, and changes nothing', async () => {
    const two = `mutation { a: createWallet(currency: GBP) { __typename } b: createWallet(currency: GBP) { __typename } }`;
    await expectRefused(two, 'mutationFields', 1);
    const throughFragment = `mutation { ...F ...F2 } fragment F on Mutation { createWallet(currency: GBP) { __typename } } fragment F2 on Mutation { increaseBalance(walletId: "${walletId}", amount: "1.00", currency: GBP, expectedVersion: 0) { __typename } }`;
    await expectRefused(throughFragment, 'mutationFields', 1);
    expect((await server.gql(READ, { id: walletId })).data!.wallet.version).toBe(0);
  });

  it('refuses batched requests (an array of operations)', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await server.headersOf('alice')) },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/batch/i);
  });

  it('still answers one mutation', async () => {
    const response = await server.gql(INCREASE, { walletId, amount: '1.00', currency: 'GBP', expectedVersion: 0 });
    expect(response.data!.result.__typename).toBe('BalanceIncreased');
  });
});
