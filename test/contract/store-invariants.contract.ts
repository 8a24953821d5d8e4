import { Currency } from '../../src/domain/currency';
import { InvariantViolation } from '../../src/domain/invariant-violation';
import { decreaseBalance, increaseBalance, openWallet, Wallet, WalletChange } from '../../src/domain/wallet';
import { WalletRepository } from '../../src/domain/wallet-repository.port';
import { StoredLedger } from '../support/ledger';
import { TestStore } from '../support/stores';

/**
 * The invariants at the store boundary, against a real store: a change that breaks the ledger's facts is
 * refused before anything is written (the other change of the same commit included), and a stored item
 * altered past the repository fails the read loudly instead of feeding an answer or a change.
 */
export function storeInvariantsContract(openStore: () => Promise<TestStore>): void {
  let store: TestStore;
  let repository: WalletRepository;
  let ids = 0;
  const context = () => ({ entryId: `entry-${++ids}`, actor: 'alice', now: new Date().toISOString() });

  beforeAll(async () => {
    store = await openStore();
    repository = store.repository();
  });
  afterAll(() => store.drop());

  async function funded(minor: bigint): Promise<Wallet> {
    const opened = openWallet(`wallet-${++ids}`, 'alice', Currency.GBP, context());
    const increase = increaseBalance(opened.after, { currency: Currency.GBP, minor }, context());
    if (!increase.ok) throw new Error(increase.error.message);
    expect(await repository.commit([opened])).toEqual({ status: 'committed' });
    expect(await repository.commit([increase.change])).toEqual({ status: 'committed' });
    return increase.change.after;
  }

  function moved(wallet: Wallet, minor: bigint, way: 'in' | 'out'): WalletChange {
    const money = { currency: Currency.GBP, minor };
    const result =
      way === 'in' ? increaseBalance(wallet, money, context(), 'TRANSFER_IN') : decreaseBalance(wallet, money, context(), 'TRANSFER_OUT');
    if (!result.ok) throw new Error(result.error.message);
    return result.change;
  }

  async function expectRefusedUnwritten(changes: WalletChange[], facts: RegExp): Promise<void> {
    const before: StoredLedger[] = await Promise.all(changes.map((change) => store.readLedger(change.after.id)));
    const items = await store.countItems();
    await expect(repository.commit(changes)).rejects.toThrow(InvariantViolation);
    await expect(repository.commit(changes)).rejects.toThrow(facts);
    expect(await Promise.all(changes.map((change) => store.readLedger(change.after.id)))).toEqual(before);
    expect(await store.countItems()).toBe(items);
  }

  it('refuses a change whose version skips one (+2), writing nothing', async () => {
    const change = moved(await funded(500n), 100n, 'in');
    await expectRefusedUnwritten(
      [{ ...change, after: { ...change.after, version: change.after.version + 1 } }],
      /version 3 after 1 entries/,
    );
  });

  it('refuses a transfer whose second leg has a balanceAfter that does not add up: neither leg is written', async () => {
    const payer = moved(await funded(500n), 100n, 'out');
    const payee = moved(await funded(10n), 100n, 'in');
    const broken = { ...payee, entries: payee.entries.map((entry) => ({ ...entry, balanceAfter: 111n, inTotalAfter: 111n })) };
    await expectRefusedUnwritten([payer, broken], /balanceAfter 111, 110 by the amounts/);
  });

  it('fails the read of a wallet whose stored totals were altered past the repository', async () => {
    const wallet = await funded(500n);
    await store.tamper.setInTotal(wallet.id, 499n);
    await expect(repository.find(wallet.id)).rejects.toThrow(InvariantViolation);
    await expect(repository.find(wallet.id)).rejects.toThrow(/in 499 - out 0 is not the balance 500/);
    await expect(repository.walletsOf('alice', { first: 100 })).rejects.toThrow(InvariantViolation);
  });

  it('fails the read of a history page with an entry written past the repository that does not add up', async () => {
    const wallet = await funded(500n);
    const next = moved(wallet, 100n, 'in').entries[0];
    await store.tamper.putEntry({ ...next, balanceAfter: 650n, inTotalAfter: 650n });
    const range = { fromVersion: 0, toVersion: 2, order: 'oldestFirst', limit: 10 } as const;
    await expect(repository.history(wallet.id, { first: 10 })).rejects.toThrow(/balanceAfter 650, 600 by the amounts/);
    await expect(repository.entries(wallet.id, range)).rejects.toThrow(InvariantViolation);
    // The sound part of the page still reads: the check names what is broken, it does not poison the wallet.
    expect(await repository.history(wallet.id, { first: 10, beforeVersion: 2 })).toHaveLength(2);
  });
}
