import { randomUUID } from 'node:crypto';
import { expectLedgerConsistent } from '../support/ledger';
import { CREATE, DECREASE, INCREASE, READ, TRANSFER } from '../support/operations';
import { startTestServer, TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const key = () => `key-${randomUUID()}`;
async function wallet(amount?: string) {
  const id: string = (await server.gql(CREATE, { currency: 'GBP' })).data!.result.wallet.id;
  if (amount) await server.gql(INCREASE, { walletId: id, amount, currency: 'GBP', expectedVersion: 0 });
  return id;
}
const deposit = (walletId: string, amount: string, expectedVersion: number, idempotencyKey?: string) =>
  server.gql(INCREASE, { walletId, amount, currency: 'GBP', expectedVersion, key: idempotencyKey });
const read = async (id: string) => (await server.gql(READ, { id })).data!.wallet;

describe('idempotency keys', () => {
  it('a replay returns the identical result and changes nothing, even with a stale expectedVersion', async () => {
    const id = await wallet();
    const k = key();
    const first = (await deposit(id, '10.00', 0, k)).data!.result;
    expect(first).toMatchObject({ __typename: 'BalanceIncreased', wallet: { version: 1, balance: '10.00' } });
    expect((await deposit(id, '10.00', 0, k)).data!.result).toEqual(first);
    expect((await deposit(id, '10', 1, k)).data!.result).toEqual(first);
    expect(await read(id)).toMatchObject({ version: 1, balance: '10.00' });
    const [entry] = (await read(id)).history.edges.map((edge: any) => edge.node);
    expect(entry).toMatchObject({ version: 1, idempotencyKey: k });
  });

  it('20 concurrent duplicates of one deposit are applied once', async () => {
    const id = await wallet();
    const k = key();
    const results = await Promise.all(Array.from({ length: 20 }, () => deposit(id, '2.50', 0, k)));
    const answers = results.map((response) => response.data!.result);
    expect(new Set(answers.map((answer) => answer.__typename))).toEqual(new Set(['BalanceIncreased']));
    expect(answers.every((answer) => JSON.stringify(answer) === JSON.stringify(answers[0]))).toBe(true);
    expect(await read(id)).toMatchObject({ version: 1, balance: '2.50' });
    await expectLedgerConsistent(server.store, id);
  });

  it('reuse with another amount, wallet or operation -> IdempotencyKeyReused, nothing changes', async () => {
    const id = await wallet('50.00');
    const other = await wallet();
    const k = key();
    await deposit(id, '1.00', 1, k);
    const reused = [
      await deposit(id, '2.00', 2, k),
      await deposit(other, '1.00', 0, k),
      await server.gql(DECREASE, { walletId: id, amount: '1.00', currency: 'GBP', expectedVersion: 2, key: k }),
      await server.gql(TRANSFER, { from: id, to: other, amount: '1.00', currency: 'GBP', expectedVersion: 2, key: k }),
      await server.gql(CREATE, { currency: 'GBP', key: k }),
    ];
    for (const response of reused) {
      expect(response.data!.result).toMatchObject({
        __typename: 'IdempotencyKeyReused',
        code: 'IDEMPOTENCY_KEY_REUSED',
        idempotencyKey: k,
      });
    }
    expect(await read(id)).toMatchObject({ version: 2, balance: '51.00' });
    expect(await read(other)).toMatchObject({ version: 0 });
  });

  it('a conflict is not stored: after re-reading, the same key succeeds', async () => {
    const id = await wallet('5.00');
    const k = key();
    const conflict = (await deposit(id, '1.00', 0, k)).data!.result;
    expect(conflict).toMatchObject({ __typename: 'VersionConflict', actualVersion: 1 });
    const retried = (await deposit(id, '1.00', conflict.wallet.version, k)).data!.result;
    expect(retried).toMatchObject({ __typename: 'BalanceIncreased', wallet: { version: 2, balance: '6.00' } });
    expect((await deposit(id, '1.00', 0, k)).data!.result).toEqual(retried);
  });

  it('an insufficient balance is not stored either', async () => {
    const id = await wallet('1.00');
    const k = key();
    const send = () => server.gql(DECREASE, { walletId: id, amount: '2.00', currency: 'GBP', expectedVersion: 1, key: k });
    expect((await send()).data!.result.__typename).toBe('InsufficientBalance');
    await deposit(id, '1.00', 1);
    const ok = await server.gql(DECREASE, { walletId: id, amount: '2.00', currency: 'GBP', expectedVersion: 2, key: k });
    expect(ok.data!.result).toMatchObject({ __typename: 'BalanceDecreased', wallet: { balance: '0.00' } });
  });

  it('createWallet and transfer replay their first result', async () => {
    const k = key();
    const created = (await server.gql(CREATE, { currency: 'EUR', key: k })).data!.result;
    expect((await server.gql(CREATE, { currency: 'EUR', key: k })).data!.result).toEqual(created);
    const concurrent = await Promise.all(Array.from({ length: 5 }, () => server.gql(CREATE, { currency: 'EUR', key: k })));
    expect(concurrent.map((response) => response.data!.result)).toEqual(Array(5).fill(created));

    const from = await wallet('10.00');
    const to = await wallet();
    const t = key();
    const moves = await Promise.all(
      Array.from({ length: 8 }, () => server.gql(TRANSFER, { from, to, amount: '4.00', currency: 'GBP', expectedVersion: 1, key: t })),
    );
    const results = moves.map((response) => response.data!.result);
    expect(results.every((result) => JSON.stringify(result) === JSON.stringify(results[0]))).toBe(true);
    expect(results[0]).toMatchObject({ __typename: 'MoneyTransferred', from: { balance: '6.00' }, to: { balance: '4.00' } });
    await expectLedgerConsistent(server.store, from);
    await expectLedgerConsistent(server.store, to);
  });

  it('refuses an empty or over-long key as bad user input', async () => {
    const id = await wallet();
    for (const bad of ['', 'k'.repeat(256)]) {
      expect((await deposit(id, '1.00', 0, bad)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect((await deposit(id, '1.00', 0, 'k'.repeat(255))).data!.result.__typename).toBe('BalanceIncreased');
  });
});
