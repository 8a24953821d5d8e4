import { createWalletUseCases, WalletUseCases } from '../../src/application/wallet-use-cases';
import { Currency } from '../../src/domain/currency';
import { Caller } from '../../src/domain/caller';

const ALICE: Caller = { id: 'alice', admin: false };
import { freshStore, TestStore } from '../support/stores';
import { expectLedgerConsistent } from '../support/ledger';

/**
 * Two service instances on one store (a table, or a SQLite file with two connections), as in any deployment with more than one process. Each keeps
 * its own memory of wallet states, so one instance's memory goes stale when the other writes: it may
 * then cost a rejected write or a confirming read, never a wrong answer.
 */
let store: TestStore;
let a: WalletUseCases;
let b: WalletUseCases;
const gbp = (amount: string, walletId: string, expectedVersion: number, currency = Currency.GBP) => ({
  walletId,
  amount,
  currency,
  expectedVersion,
});

beforeAll(async () => {
  store = await freshStore();
  a = createWalletUseCases(store.repository());
  b = createWalletUseCases(store.repository());
});
afterAll(() => store.drop());

async function walletKnownToA(): Promise<string> {
  const created = await a.createWallet(ALICE, { currency: Currency.GBP });
  if (!('wallet' in created)) throw new Error('expected a wallet');
  await a.increaseBalance(ALICE, gbp('5.00', created.wallet.id, 0));
  await b.increaseBalance(ALICE, gbp('100.00', created.wallet.id, 1));
  return created.wallet.id;
}

describe('a stale memory in one instance', () => {
  it('never answers InsufficientBalance from it: the wallet moved, so VersionConflict with the wallet as it is', async () => {
    const id = await walletKnownToA();
    expect(await a.decreaseBalance(ALICE, gbp('10.00', id, 1))).toMatchObject({
      code: 'VERSION_CONFLICT',
      expectedVersion: 1,
      actualVersion: 2,
      wallet: { balance: 10500n },
    });
  });

  it('never answers CurrencyMismatch from it either (VersionConflict comes first)', async () => {
    const id = await walletKnownToA();
    expect(await a.increaseBalance(ALICE, gbp('1.00', id, 1, Currency.EUR))).toMatchObject({ code: 'VERSION_CONFLICT', actualVersion: 2 });
  });

  it('answers a confirmed refusal as it is, with the current wallet', async () => {
    const id = await walletKnownToA();
    expect(await a.decreaseBalance(ALICE, gbp('200.00', id, 2))).toMatchObject({
      code: 'INSUFFICIENT_BALANCE',
      wallet: { version: 2, balance: 10500n },
    });
  });

  it('costs a rejected write when its memory says the version is current: still VersionConflict, nothing written', async () => {
    const id = await walletKnownToA();
    await a.getWallet(ALICE, id);
    await b.increaseBalance(ALICE, gbp('1.00', id, 2));
    expect(await a.increaseBalance(ALICE, gbp('1.00', id, 2))).toMatchObject({ code: 'VERSION_CONFLICT', actualVersion: 3 });
    await expectLedgerConsistent(store, id);
  });

  it('does not misjudge a transfer source it remembers at an old version', async () => {
    const id = await walletKnownToA();
    const created = await a.createWallet(ALICE, { currency: Currency.GBP });
    if (!('wallet' in created)) throw new Error('expected a wallet');
    const transfer = { fromWalletId: id, toWalletId: created.wallet.id, currency: Currency.GBP, expectedVersion: 1 };
    expect(await a.transfer(ALICE, { ...transfer, amount: '50.00' })).toMatchObject({ code: 'VERSION_CONFLICT', actualVersion: 2 });
    expect(await a.transfer(ALICE, { ...transfer, amount: '50.00', expectedVersion: 2 })).toMatchObject({ type: 'MONEY_TRANSFERRED' });
    await expectLedgerConsistent(store, id);
    await expectLedgerConsistent(store, created.wallet.id);
  });
});
