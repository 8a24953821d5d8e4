import { randomUUID } from 'node:crypto';
import { createWalletUseCases } from '../../src/application/wallet-use-cases';
import { Caller } from '../../src/domain/caller';
import { Currency } from '../../src/domain/currency';
import { WalletRepository } from '../../src/domain/wallet-repository.port';
import { freshStore, TestStore } from '../support/stores';

/**
 * Someone else's wallet must cost what an unknown id costs, or the clock tells what the answer hides:
 * a "not found" answered from this process's memory (no read) would be faster exactly when the wallet
 * exists and the probe named its current version. The real store underneath; only the reads are counted.
 */
const ALICE: Caller = { id: 'alice', admin: false };
const BOB: Caller = { id: 'bob', admin: false };

let store: TestStore;
beforeAll(async () => {
  store = await freshStore();
});
afterAll(() => store.drop());

function counted(repository: WalletRepository) {
  const reads = { count: 0 };
  const wrapped: WalletRepository = {
    find: (walletId) => {
      reads.count += 1;
      return repository.find(walletId);
    },
    commit: (changes, record, transfer) => repository.commit(changes, record, transfer),
    findIdempotencyRecord: (owner, key) => repository.findIdempotencyRecord(owner, key),
    history: (walletId, page) => repository.history(walletId, page),
    walletsOf: (ownerId, page) => repository.walletsOf(ownerId, page),
    entries: (walletId, range) => repository.entries(walletId, range),
    entryAt: (walletId, version) => repository.entryAt(walletId, version),
    lastEntryBefore: (walletId, at) => repository.lastEntryBefore(walletId, at),
    findTransfer: (transferId) => repository.findTransfer(transferId),
    findHold: (holdId) => repository.findHold(holdId),
    holdsOf: (walletId, page) => repository.holdsOf(walletId, page),
  };
  return { wrapped, reads };
}

it("answers a probe of someone else's remembered wallet, at its current version or a stale one, with the reads of an unknown id", async () => {
  const { wrapped, reads } = counted(store.repository());
  const service = createWalletUseCases(wrapped);
  const created = await service.createWallet(ALICE, { currency: Currency.GBP });
  if (!('wallet' in created)) throw new Error('expected a wallet');
  const deposit = await service.increaseBalance(ALICE, {
    walletId: created.wallet.id,
    amount: '5.00',
    currency: Currency.GBP,
    expectedVersion: 0,
  });
  expect(deposit).toMatchObject({ type: 'BALANCE_INCREASED', wallet: { version: 1 } });

  const probe = async (walletId: string, expectedVersion: number) => {
    const before = reads.count;
    const answer = await service.decreaseBalance(BOB, { walletId, amount: '5.00', currency: Currency.GBP, expectedVersion });
    return { code: 'code' in answer ? answer.code : answer.type, reads: reads.count - before };
  };
  // This process remembers alice's wallet at version 1: bob names exactly that, then one it knows to be stale
  // (where its owner's retry may be answered without a read).
  const onAlices = await probe(created.wallet.id, 1);
  const onAlicesStale = await probe(created.wallet.id, 0);
  const onUnknown = await probe(`unknown-${randomUUID()}`, 1);
  expect(onAlices).toEqual({ code: 'WALLET_NOT_FOUND', reads: 1 });
  expect(onAlicesStale).toEqual(onAlices);
  expect(onUnknown).toEqual(onAlices);
});
