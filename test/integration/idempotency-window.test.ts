import { createWalletUseCases } from '../../src/application/wallet-use-cases';
import { Currency } from '../../src/domain/currency';
import { Caller } from '../../src/domain/caller';

const ALICE: Caller = { id: 'alice', admin: false };
import { IDEMPOTENCY_WINDOW_SECONDS } from '../../src/domain/idempotency';
import { freshStore, TestStore } from '../support/stores';

let store: TestStore;
beforeAll(async () => {
  store = await freshStore();
});
afterAll(() => store.drop());

/** A service whose clock reads `at`: the key window is checked by the service and by DynamoDB's condition alike. */
const serviceAt = (at: Date) => createWalletUseCases(store.repository(), { now: () => at });

describe('idempotency window (24 h)', () => {
  it('remembers a key inside the window and forgets it after, although TTL has not deleted the record yet', async () => {
    const start = new Date('2026-01-01T00:00:00Z');
    const early = serviceAt(start);
    const created = await early.createWallet(ALICE, { currency: Currency.GBP });
    if (!('wallet' in created)) throw new Error('expected a wallet');
    const walletId = created.wallet.id;
    const first = await early.increaseBalance(ALICE, {
      walletId,
      amount: '1.00',
      currency: Currency.GBP,
      expectedVersion: 0,
      idempotencyKey: 'window',
    });
    expect(first).toMatchObject({ type: 'BALANCE_INCREASED' });

    const lastSecond = serviceAt(new Date(start.getTime() + (IDEMPOTENCY_WINDOW_SECONDS - 1) * 1000));
    expect(
      await lastSecond.increaseBalance(ALICE, {
        walletId,
        amount: '1.00',
        currency: Currency.GBP,
        expectedVersion: 0,
        idempotencyKey: 'window',
      }),
    ).toEqual(first);
    expect(
      await lastSecond.increaseBalance(ALICE, {
        walletId,
        amount: '5.00',
        currency: Currency.GBP,
        expectedVersion: 1,
        idempotencyKey: 'window',
      }),
    ).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });

    const after = serviceAt(new Date(start.getTime() + IDEMPOTENCY_WINDOW_SECONDS * 1000));
    expect(
      await after.increaseBalance(ALICE, {
        walletId,
        amount: '5.00',
        currency: Currency.GBP,
        expectedVersion: 1,
        idempotencyKey: 'window',
      }),
    ).toMatchObject({ type: 'BALANCE_INCREASED', wallet: { version: 2, balance: 600n } });
  });
});
