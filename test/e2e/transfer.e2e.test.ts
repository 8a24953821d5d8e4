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
      __typename: 'MoneyTransferred',
      amount: '30.25',
      from: { id: from, balance: '69.75', version: 2 },
      to: { id: to, balance: '35.25', version: 2 },
    });
    const [out] = (await read(from)).history.edges.map((edge: any) => edge.node);
    const [into] = (await read(to)).history.edges.map((edge: any) => edge.node);
    expect(out).toMatchObject({
      type: 'TRANSFER_OUT',
      amount: '30.25',
      balanceAfter: '69.75',
      counterpartyWalletId: to,
      transferId: data!.result.transferId,
    });
    expect(into).toMatchObject({
      type: 'TRANSFER_IN',
      amount: '30.25',
      balanceAfter: '35.25',
      counterpartyWalletId: from,
      transferId: data!.result.transferId,
    });
    await expectLedgerConsistent(server.store, from);
    await expectLedgerConsistent(server.store, to);
  });

  it('credits the destination whatever its version', async () => {
    const from = await funded('10.00');
    const to = await funded('1.00');
    await server.gql(INCREASE, { walletId: to, amount: '1.00', currency: 'GBP', expectedVersion: 1 });
    const { data } = await transfer(from, to, '10.00', 1);
    expect(data!.result).toMatchObject({ __typename: 'MoneyTransferred', from: { balance: '0.00' }, to: { balance: '12.00', version: 3 } });
  });

  type Case = { from: string; to: string; amount: string; version: number; currency?: string };
  it.each<[string, (from: string, to: string) => Case, Record<string, unknown>?]>([
    ['InvalidAmount', (from, to) => ({ from, to, amount: '0', version: 1 })],
    ['SameWallet', (from) => ({ from, to: from, amount: '1.00', version: 1 })],
    ['WalletNotFound', (_from, to) => ({ from: 'nope', to, amount: '1.00', version: 0 }), { walletId: 'nope' }],
    ['WalletNotFound', (from) => ({ from, to: 'nope', amount: '1.00', version: 1 }), { walletId: 'nope' }],
    ['VersionConflict', (from, to) => ({ from, to, amount: '1.00', version: 0 }), { actualVersion: 1 }],
    [
      'CurrencyMismatch',
      (from, to) => ({ from, to, amount: '1.00', version: 1, currency: 'USD' }),
      { walletCurrency: 'GBP', givenCurrency: 'USD' },
    ],
    [
      'InsufficientBalance',
      (from, to) => ({ from, to, amount: '1.01', version: 1 }),
      { balance: '1.00', requested: '1.01', wallet: { version: 1 } },
    ],
  ])('answers %s and changes nothing', async (typename, make, fields = {}) => {
    const [from, to] = [await funded('1.00'), await funded('0')];
    const c = make(from, to);
    const { data } = await transfer(c.from, c.to, c.amount, c.version, c.currency);
    expect(data!.result).toMatchObject({ __typename: typename, code: expect.any(String), ...fields });
    expect(await read(from)).toMatchObject({ balance: '1.00', version: 1 });
    expect(await read(to)).toMatchObject({ balance: '0.00', version: 0 });
    await expectLedgerConsistent(server.store, from);
    await expectLedgerConsistent(server.store, to);
  });

  it('names the wallet that holds another currency: the source or the destination', async () => {
    const [gbp, eur] = [await funded('1.00'), await funded('0', 'EUR')];
    expect((await transfer(gbp, eur, '1.00', 1)).data!.result).toMatchObject({
      __typename: 'CurrencyMismatch',
      mismatchedWalletId: eur,
      walletCurrency: 'EUR',
    });
    expect((await transfer(eur, gbp, '1.00', 0, 'GBP')).data!.result).toMatchObject({
      __typename: 'CurrencyMismatch',
      mismatchedWalletId: eur,
    });
    expect((await read(gbp)).version).toBe(1);
  });

  it("many transfers into one busy destination at once: each lands, the destination re-planned from DynamoDB's answers", async () => {
    const to = await funded('0');
    const sources = await Promise.all(Array.from({ length: 20 }, () => funded('5.00')));
    const results = await Promise.all(sources.map((from) => transfer(from, to, '1.00', 1)));
    expect(results.map((response) => response.data!.result.__typename)).toEqual(Array(20).fill('MoneyTransferred'));
    expect(await read(to)).toMatchObject({ balance: '20.00', version: 20 });
    await expectLedgerConsistent(server.store, to);
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
      expect([
        ['BalanceDecreased', 'VersionConflict'],
        ['MoneyTransferred', 'VersionConflict'],
      ]).toContainEqual(outcomes);
      const [source, destination] = [await read(from), await read(to)];
      expect(source.balance).toBe('2.00');
      expect(destination.balance).toBe(outcomes[0] === 'MoneyTransferred' ? '8.00' : '0.00');
      await expectLedgerConsistent(server.store, from);
      await expectLedgerConsistent(server.store, to);
    }
  });

  it('transfers racing in opposite directions between the same wallets: money is conserved', async () => {
    const a = await funded('50.00');
    const b = await funded('50.00');
    const clients = [
      [a, b],
      [b, a],
    ].map(async ([from, to]) => {
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
    await expectLedgerConsistent(server.store, a);
    await expectLedgerConsistent(server.store, b);
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
    expect(second.edges.map((edge: any) => [edge.node.version, edge.node.balanceAfter])).toEqual([
      [3, '3.00'],
      [2, '2.00'],
      [1, '1.00'],
      [0, '0.00'],
    ]);
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    for (const bad of [{ first: 101 }, { first: 0 }, { first: -1 }, { after: 'not-a-cursor' }]) {
      expect((await server.gql(READ, { id, ...bad })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
