import { expectLedgerConsistent } from '../support/ledger';
import { CREATE, DECREASE, INCREASE, READ } from '../support/operations';
import { startTestServer, TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

async function newWallet(currency = 'GBP') {
  const { data } = await server.gql(CREATE, { currency });
  return data!.result.wallet as { id: string; version: number; balance: string };
}

const increase = (walletId: string, amount: string, expectedVersion: number, currency = 'GBP') =>
  server.gql(INCREASE, { walletId, amount, currency, expectedVersion });
const decrease = (walletId: string, amount: string, expectedVersion: number, currency = 'GBP') =>
  server.gql(DECREASE, { walletId, amount, currency, expectedVersion });

describe('createWallet', () => {
  it('answers WalletCreated with balance 0.00 at version 0', async () => {
    const { data } = await server.gql(CREATE, { currency: 'EUR' });
    expect(data!.result).toMatchObject({ __typename: 'WalletCreated', wallet: { currency: 'EUR', balance: '0.00', version: 0 } });
    expect(data!.result.wallet.createdAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('formats JPY without minor digits', async () => {
    const wallet = await newWallet('JPY');
    expect(wallet.balance).toBe('0');
    const { data } = await increase(wallet.id, '150', 0, 'JPY');
    expect(data!.result.wallet).toMatchObject({ balance: '150', version: 1 });
  });

  it('keeps three decimals for KWD, exactly, and refuses a fourth', async () => {
    const wallet = await newWallet('KWD');
    expect(wallet.balance).toBe('0.000');
    expect((await increase(wallet.id, '0.005', 0, 'KWD')).data!.result.wallet).toMatchObject({ balance: '0.005', version: 1 });
    expect((await increase(wallet.id, '1.25', 1, 'KWD')).data!.result.wallet).toMatchObject({ balance: '1.255', version: 2 });
    expect((await decrease(wallet.id, '0.001', 2, 'KWD')).data!.result.wallet).toMatchObject({ balance: '1.254', version: 3 });
    expect((await increase(wallet.id, '0.0001', 3, 'KWD')).data!.result).toMatchObject({
      __typename: 'InvalidAmount',
      reason: 'TOO_MANY_DECIMALS',
    });
    await expectLedgerConsistent(server.store, wallet.id);
  });
});

describe('increaseBalance and decreaseBalance', () => {
  it('increase -> BalanceIncreased, decrease -> BalanceDecreased, each +1 version, exact to the penny', async () => {
    const wallet = await newWallet();
    const up = await increase(wallet.id, '100.5', 0);
    expect(up.data!.result).toMatchObject({ __typename: 'BalanceIncreased', amount: '100.50', wallet: { balance: '100.50', version: 1 } });
    const twice = await increase(wallet.id, '0.1', 1);
    const thrice = await increase(wallet.id, '0.2', 2);
    expect(twice.data!.result.wallet.balance).toBe('100.60');
    expect(thrice.data!.result.wallet.balance).toBe('100.80');
    const down = await decrease(wallet.id, '100.80', 3);
    expect(down.data!.result).toMatchObject({ __typename: 'BalanceDecreased', amount: '100.80', wallet: { balance: '0.00', version: 4 } });
    const read = await server.gql(READ, { id: wallet.id });
    expect(read.data!.wallet).toMatchObject({ balance: '0.00', version: 4 });
    await expectLedgerConsistent(server.store, wallet.id);
  });

  it('VersionConflict: a stale expectedVersion changes nothing and returns the wallet as it is now', async () => {
    const wallet = await newWallet();
    await increase(wallet.id, '10.00', 0);
    const stale = await increase(wallet.id, '99.00', 0);
    expect(stale.data!.result).toMatchObject({
      __typename: 'VersionConflict',
      code: 'VERSION_CONFLICT',
      walletId: wallet.id,
      expectedVersion: 0,
      actualVersion: 1,
      wallet: { id: wallet.id, balance: '10.00', version: 1 },
    });
    const ahead = await decrease(wallet.id, '1.00', 5);
    expect(ahead.data!.result).toMatchObject({ __typename: 'VersionConflict', expectedVersion: 5, actualVersion: 1 });
    expect((await server.gql(READ, { id: wallet.id })).data!.wallet).toMatchObject({ balance: '10.00', version: 1 });
    await expectLedgerConsistent(server.store, wallet.id);
  });

  it('WalletNotFound for a wallet that does not exist', async () => {
    for (const send of [increase, decrease]) {
      const { data } = await send('no-such-wallet', '1.00', 0);
      expect(data!.result).toMatchObject({ __typename: 'WalletNotFound', code: 'WALLET_NOT_FOUND', walletId: 'no-such-wallet' });
    }
    expect((await server.gql(READ, { id: 'no-such-wallet' })).data!.wallet).toBeNull();
  });

  it('CurrencyMismatch: a wallet works with a single currency', async () => {
    const wallet = await newWallet();
    for (const send of [increase, decrease]) {
      const { data } = await send(wallet.id, '1.00', 0, 'USD');
      expect(data!.result).toMatchObject({
        __typename: 'CurrencyMismatch',
        code: 'CURRENCY_MISMATCH',
        walletCurrency: 'GBP',
        givenCurrency: 'USD',
      });
    }
  });

  it('InsufficientBalance: the balance may reach 0, never below', async () => {
    const wallet = await newWallet();
    await increase(wallet.id, '5.00', 0);
    const { data } = await decrease(wallet.id, '5.01', 1);
    expect(data!.result).toMatchObject({
      __typename: 'InsufficientBalance',
      code: 'INSUFFICIENT_BALANCE',
      balance: '5.00',
      requested: '5.01',
    });
    expect((await decrease(wallet.id, '5', 1)).data!.result.wallet).toMatchObject({ balance: '0.00', version: 2 });
  });

  it.each([
    ['0', 'NOT_POSITIVE'],
    ['0.00', 'NOT_POSITIVE'],
    ['-1.00', 'NOT_POSITIVE'],
    ['1.001', 'TOO_MANY_DECIMALS'],
    ['1000000000.01', 'TOO_LARGE'],
  ])('InvalidAmount for %j (%s), and nothing changes', async (amount, reason) => {
    const wallet = await newWallet();
    for (const send of [increase, decrease]) {
      const { data } = await send(wallet.id, amount, 0);
      expect(data!.result).toMatchObject({ __typename: 'InvalidAmount', code: 'INVALID_AMOUNT', rejectedAmount: amount, reason });
    }
    expect((await server.gql(READ, { id: wallet.id })).data!.wallet).toMatchObject({ version: 0, balance: '0.00' });
  });

  it('answers in the documented order when several things are wrong', async () => {
    const wallet = await newWallet();
    await increase(wallet.id, '1.00', 0);
    // InvalidAmount before WalletNotFound
    expect((await decrease('no-such-wallet', '0', 0)).data!.result.__typename).toBe('InvalidAmount');
    // WalletNotFound before anything about a wallet
    expect((await decrease('no-such-wallet', '1.00', 9, 'USD')).data!.result.__typename).toBe('WalletNotFound');
    // VersionConflict before CurrencyMismatch and InsufficientBalance
    expect((await decrease(wallet.id, '500.00', 0, 'USD')).data!.result.__typename).toBe('VersionConflict');
    // CurrencyMismatch before InsufficientBalance
    expect((await decrease(wallet.id, '500.00', 1, 'USD')).data!.result.__typename).toBe('CurrencyMismatch');
    expect((await decrease(wallet.id, '500.00', 1)).data!.result.__typename).toBe('InsufficientBalance');
  });
});

describe('malformed input is a top-level BAD_USER_INPUT error and changes nothing', () => {
  it.each(['abc', '1e3', '', '12,50', '1.2.3', ' 1'])('amount %j in a variable', async (amount) => {
    const wallet = await newWallet();
    const response = await increase(wallet.id, amount, 0);
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.data?.result).toBeUndefined();
    expect((await server.gql(READ, { id: wallet.id })).data!.wallet.version).toBe(0);
  });

  it('an amount sent as a JSON number (money is never a float on the wire)', async () => {
    const response = await server.gql(INCREASE, { walletId: 'w', amount: 10.5, currency: 'GBP', expectedVersion: 0 });
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a negative expectedVersion', async () => {
    const wallet = await newWallet();
    const response = await increase(wallet.id, '1.00', -1);
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'expectedVersion' } });
    expect((await server.gql(READ, { id: wallet.id })).data!.wallet.version).toBe(0);
  });

  it('an unknown currency, in a variable or written in the query', async () => {
    expect((await server.gql(CREATE, { currency: 'XYZ' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await server.gql('mutation { createWallet(currency: XYZ) { __typename } }')).errors?.[0].extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('a malformed amount written in the query', async () => {
    const response = await server.gql(
      'mutation { increaseBalance(walletId: "w", amount: "1e3", currency: GBP, expectedVersion: 0) { __typename } }',
    );
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('concurrency: no lost update, ever', () => {
  it('25 concurrent increases with the same expectedVersion: exactly 1 BalanceIncreased and 24 VersionConflict', async () => {
    const wallet = await newWallet();
    const results = await Promise.all(Array.from({ length: 25 }, () => increase(wallet.id, '1.00', 0)));
    const types = results.map((response) => response.data!.result.__typename);
    expect(types.filter((type) => type === 'BalanceIncreased')).toHaveLength(1);
    expect(types.filter((type) => type === 'VersionConflict')).toHaveLength(24);
    expect((await server.gql(READ, { id: wallet.id })).data!.wallet).toMatchObject({ balance: '1.00', version: 1 });
    await expectLedgerConsistent(server.store, wallet.id);
  });

  it('16 clients x 5 deposits with retry on conflict: balance exactly 80.00 at version 80', async () => {
    const wallet = await newWallet();
    let conflicts = 0;
    const client = async () => {
      let version = 0;
      for (let deposit = 0; deposit < 5; ) {
        const { data } = await increase(wallet.id, '1.00', version);
        const result = data!.result;
        if (result.__typename === 'BalanceIncreased') {
          deposit += 1;
          version = result.wallet.version;
        } else {
          expect(result.__typename).toBe('VersionConflict');
          conflicts += 1;
          version = result.wallet.version;
        }
      }
    };
    await Promise.all(Array.from({ length: 16 }, client));
    expect((await server.gql(READ, { id: wallet.id })).data!.wallet).toMatchObject({ balance: '80.00', version: 80 });
    expect(conflicts).toBeGreaterThan(0);
    await expectLedgerConsistent(server.store, wallet.id);
  });
});
