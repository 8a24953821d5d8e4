import { runSharedWalletDeposits } from '../../examples/shared-wallet-deposits';
import { expectLedgerConsistent } from '../support/ledger';
import { startTestServer, TestServer } from '../support/server';

describe('examples/shared-wallet-deposits: the typed client kit against the real server', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it('6 concurrent users x 4 deposits of 1.25 into one wallet end at exactly 30.00, version 24, through conflicts', async () => {
    let headerCalls = 0;
    const { authorization } = await server.headersOf('alice');
    const result = await runSharedWalletDeposits({
      url: `${server.url}/graphql`,
      users: 6,
      deposits: 4,
      amount: '1.25',
      headers: () => {
        headerCalls += 1;
        return { authorization };
      },
    });
    expect(result).toMatchObject({ balance: '30.00', version: 24, expected: { balance: '30.00', version: 24 }, exact: true });
    expect(result.attempts).toBeGreaterThan(24); // the users did collide, and the retries resolved it
    expect(headerCalls).toBe(result.attempts + 2); // every request asked for its headers: create, each attempt, the final read
    await expectLedgerConsistent(server.store, result.walletId);
  });

  it("a GET query (urql's default) is refused by the CSRF protection, and accepted with apollo-require-preflight (README)", async () => {
    const url = `${server.url}/graphql?query=${encodeURIComponent('{ wallet(id: "none") { id } }')}`;
    const auth = await server.headersOf('alice');
    expect((await fetch(url, { headers: auth })).status).toBe(400);
    const preflighted = await fetch(url, { headers: { ...auth, 'apollo-require-preflight': 'true' } });
    expect(preflighted.status).toBe(200);
    expect(await preflighted.json()).toEqual({ data: { wallet: null } });
  });
});
