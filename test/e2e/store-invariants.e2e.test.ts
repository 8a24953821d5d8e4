import { GENERIC_MESSAGE } from '../../src/http/error-policy';
import { CREATE, INCREASE, READ } from '../support/operations';
import { recordingLogger } from '../support/recording-logger';
import { startTestServer, TestServer } from '../support/server';

/**
 * A wallet altered in the store past the service breaks an invariant when it is read: the client sees
 * only the generic internal error (no facts, not STORE_UNAVAILABLE), and the server logs the facts at error level.
 */
describe('an invariant broken at the store boundary', () => {
  const log = recordingLogger();
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ logger: log.logger });
  });
  afterAll(() => server.stop());

  it('answers the generic internal error and logs the facts', async () => {
    const created = await server.gql(CREATE, { currency: 'GBP' });
    const walletId: string = created.data?.result.wallet.id;
    const increased = await server.gql(INCREASE, { walletId, amount: '5.00', currency: 'GBP', expectedVersion: 0 });
    expect(increased.data?.result.__typename).toBe('BalanceIncreased');
    await server.store.tamper.setInTotal(walletId, 1n);

    const answer = await server.gql(READ, { id: walletId, first: 5 });
    expect(answer.errors).toEqual([expect.objectContaining({ message: GENERIC_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR' } })]);
    expect(JSON.stringify(answer)).not.toMatch(/invariant|inTotal|in 1 - out/i);
    const lines = log.errors().map((line) => [line.message, line.context.facts ?? line.context.detail]);
    expect(lines).toContainEqual(['Store boundary invariant violated', 'in 1 - out 0 is not the balance 500']);
    expect(lines).toContainEqual(['GraphQL operation failed', expect.stringMatching(/^Invariant violated by wallet .* as read/)]);
  });
});
