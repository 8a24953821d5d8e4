import { expectLedgerConsistent } from '../support/ledger';
import { CREATE, DECREASE, INCREASE, READ, TRANSFER } from '../support/operations';
import { startTestServer, TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

async function funded(amount: string, currency = 'GBP') {
  const { data } = await server.gql(CREATE, { currency });
  const id: string = data!.result.wallet.id;
  if (amount !== '0') await server.gql(INCREASE, { walletId: id, amount, currency, expectedVersion: 0 });
  return id;
}

const transfer = (from: string, to: string, amount: string, expectedVersion: number, currency = 'GBP', key?: string) =>
  server.gql(TRANSFER, { from, to, amount, currency, expectedVersion, key });
const read = async (id: string) => (await server.gql(READ, { id })).data!.wallet;

describe('transfer', () => {
  it('moves money atomically: both wallets +1 version, a TRANSFER_OUT and a TRANSFER_IN entry with one transferId', async () => {
    const from = await funded('100.00');
    const to = await funded('5.00');
    const { data } = await transfer(from, to, '30.25', 1);
    expect(data!.result).toMatchObject({
      __typename: 'MoneyTransferred', amount: '30.25',
      from: { id: from, balance: '69.75', version: 2 }, to: { id: to, balance: '35.25', version: 2 },
    });
    const [out] = (await read(from)).history.edges.map((edge: any) => edge.node);
    const [into] = (await read(to)).history.edges.map((edge: any) => edge.node);
    expect(out).toMatchObject({ type: 'TRANSFER_OUT', amount: '30.25', balanceAfter: '69.75', counterpartyWalletId: to, transferId: data!.result.transferId });
    expect(into).toMatchObject({ type: 'TRANSFER_IN', amount: '30.25', balanceAfter: '35.25', counterpartyWalletId: from, transferId: data!.result.transferId });
    await expectLedgerConsistent(server.table, from);
    await expectLedgerConsistent(server.table, to);
  });

  it('credits the destination whatever its version', async () => {
    const from = await funded('10.00');
    const to = await funded('1.00');
    await server.gql(INCREASE, { walletId: to, amount: '1.00', currency: 'GBP', expectedVersion: 1 });
    const { data } = await transfer(from, to, '10.00', 1);
    expect(data!.result).toMatchObject({ __typename: 'MoneyTransferred', from: { balance: '0.00' }, to: { balance: '12.00', version: 3 } });
  });

  it.each([
    ['InvalidAmount', async () => transfer(await funded('1.00'), await funded('0'), '0', 1)],
    ['SameWallet', async () => { const id = await funded('1.00'); return transfer(id, id, '1.00', 1); }],
    ['WalletNotFound', async () => transfer('nope', await funded('0'), '1.00', 0)],
    ['WalletNotFound', async () => transfer(await funded('1.00'), 'nope', '1.00', 1)],
    ['VersionConflict', async () => transfer(await funded('1.00'), await funded('0'), '1.00', 0)],
    ['CurrencyMismatch', async () => transfer(await funded('1.00'), await funded('0', 'EUR'), '1.00', 1)],
    ['CurrencyMismatch', async () => transfer(await funded('1.00'), await funded('0'), '1.00', 1, 'USD')],
    ['InsufficientBalance', async () => transfer(await funded('1.00'), await funded('0'), '1.01', 1)],
  ])('answers %s and changes nothing', async (typename, send) => {
    const { data } = await send();
    expect(data!.result.__typename).toBe(typename);
    expect(data!.result.code).toEqual(expect.any(String));
  });

  it('a transfer racing a decrease on the source: the loser gets VersionConflict and the books balance', async () => {
    for (let round = 0; round < 5; round++) {
      const from = await funded('10.00');
      const to = await funded('0');
      const [moved, spent] = await Promise.all([
        transfer(from, to, '8.00', 1),
        server.gql(DECREASE, { walletId: from, amount: '8.00', currency: 'GBP', expectedVersion: 1 }),
      ]);
      const outcomes = [moved.data!.result.__typename, spent.data!.result.__typename].sort();
      expect([['BalanceDecreased', 'VersionConflict'], ['MoneyTransferred', 'VersionConflict']]).toContainEqual(outcomes);
      const [source, destination] = [await read(from), await read(to)];
      expect(source.balance).toBe('2.00');
      expect(destination.balance).toBe(outcomes[0] === 'MoneyTransferred' ? '8.00' : '0.00');
      await expectLedgerConsistent(server.table, from);
      await expectLedgerConsistent(server.table, to);
    }
  });

  it('transfers racing in opposite directions between the same wallets: money is conserved', async () => {
    const a = await funded('50.00');
    const b = await funded('50.00');
    const clients = [[a, b], [b, a]].map(async ([from, to]) => {
      let version = 1;
      let done = 0;
      for (let attempt = 0; attempt < 200 && done < 5; attempt++) {
        const result = (await transfer(from, to, '3.00', version)).data!.result;
        if (result.__typename === 'MoneyTransferred') {
          done += 1;
          version = result.from.version;
        } else {
          expect(result.__typename).toBe('VersionConflict');
          version = result.wallet.version;
        }
      }
      return done;
    });
    expect(await Promise.all(clients)).toEqual([5, 5]);
    const [first, second] = [await read(a), await read(b)];
    expect([first.balance, second.balance]).toEqual(['50.00', '50.00']);
    expect(first.version).toBe(11);
    await expectLedgerConsistent(server.table, a);
    await expectLedgerConsistent(server.table, b);
  });
});

describe('history', () => {
  it('pages newest first with Relay cursors, never more than 100 a page', async () => {
    const id = await funded('1.00');
    for (let version = 1; version <= 4; version++) {
      await server.gql(INCREASE, { walletId: id, amount: '1.00', currency: 'GBP', expectedVersion: version });
    }
    const first = (await server.gql(READ, { id, first: 2 })).data!.wallet.history;
    expect(first.edges.map((edge: any) => edge.node.version)).toEqual([5, 4]);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = (await server.gql(READ, { id, first: 10, after: first.pageInfo.endCursor })).data!.wallet.history;
    expect(second.edges.map((edge: any) => [edge.node.version, edge.node.balanceAfter])).toEqual([[3, '3.00'], [2, '2.00'], [1, '1.00'], [0, '0.00']]);
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    for (const bad of [{ first: 101 }, { first: -1 }, { after: 'not-a-cursor' }]) {
      expect((await server.gql(READ, { id, ...bad })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
