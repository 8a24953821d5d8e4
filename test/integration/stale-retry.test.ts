import { createWalletUseCases, WalletUseCases } from '../../src/application/wallet-use-cases';
import { Caller } from '../../src/domain/caller';
import { Currency } from '../../src/domain/currency';
import { WalletRepository } from '../../src/domain/wallet-repository.port';
import { expectLedgerConsistent } from '../support/ledger';
import { freshStore, TestStore } from '../support/stores';

/**
 * The hot wallet's retry: a client names a version this instance already knows to be stale. It waits
 * for the writes queued on the wallet; if DynamoDB answered one sent after it arrived, that answer is
 * the conflict's state and no request is made; otherwise one consistent read. Real store; the
 * repository's calls are only counted.
 */
const ALICE: Caller = { id: 'alice', admin: false };
let store: TestStore;
let repository: WalletRepository;
let service: WalletUseCases;
const gbp = (walletId: string, expectedVersion: number) => ({ walletId, amount: '1.00', currency: Currency.GBP, expectedVersion });

beforeAll(async () => {
  store = await freshStore();
  repository = store.repository();
  service = createWalletUseCases(repository);
});
afterAll(() => store.drop());
afterEach(() => jest.restoreAllMocks());

async function walletAtVersion(version: number): Promise<string> {
  const created = await service.createWallet(ALICE, { currency: Currency.GBP });
  if (!('wallet' in created)) throw new Error('expected a wallet');
  for (let v = 0; v < version; v++) await service.increaseBalance(ALICE, gbp(created.wallet.id, v));
  return created.wallet.id;
}

describe('a retry on a version known to be stale', () => {
  it('reads when no write on the wallet was sent after it arrived: memory alone is no proof', async () => {
    const id = await walletAtVersion(3);
    const find = jest.spyOn(repository, 'find');
    const commit = jest.spyOn(repository, 'commit');
    expect(await service.increaseBalance(ALICE, gbp(id, 1))).toMatchObject({
      code: 'VERSION_CONFLICT',
      expectedVersion: 1,
      actualVersion: 3,
    });
    expect(find).toHaveBeenCalledTimes(1);
    expect(commit).not.toHaveBeenCalled();
    await expectLedgerConsistent(store, id);
  });

  it("is answered with no request from DynamoDB's answer to a write sent after it arrived", async () => {
    const id = await walletAtVersion(2);
    const find = jest.spyOn(repository, 'find');
    const commit = repository.commit.bind(repository);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let sent = () => {};
    const writing = new Promise<void>((resolve) => (sent = resolve));
    const commits = jest.spyOn(repository, 'commit').mockImplementationOnce(async (...args) => {
      sent();
      await held;
      return commit(...args);
    });
    const first = service.increaseBalance(ALICE, gbp(id, 2));
    await writing;
    // Queued behind the first, on the same version: it goes to DynamoDB (sent after the stale retry arrives).
    const second = service.increaseBalance(ALICE, gbp(id, 2));
    await new Promise((tick) => setImmediate(tick));
    const stale = service.increaseBalance(ALICE, gbp(id, 0));
    await new Promise((tick) => setImmediate(tick));
    release();
    expect(await first).toMatchObject({ type: 'BALANCE_INCREASED', wallet: { version: 3 } });
    expect(await second).toMatchObject({ code: 'VERSION_CONFLICT', actualVersion: 3 });
    expect(await stale).toMatchObject({ code: 'VERSION_CONFLICT', actualVersion: 3, wallet: { version: 3, balance: 300n } });
    expect(commits).toHaveBeenCalledTimes(2);
    expect(find).not.toHaveBeenCalled();
  });

  it('reads when the client names a version newer than memory (another instance wrote)', async () => {
    const id = await walletAtVersion(1);
    const other = createWalletUseCases(store.repository());
    await other.increaseBalance(ALICE, gbp(id, 1));
    const find = jest.spyOn(repository, 'find');
    expect(await service.increaseBalance(ALICE, gbp(id, 2))).toMatchObject({ type: 'BALANCE_INCREASED', wallet: { version: 3 } });
    expect(find).toHaveBeenCalledTimes(1);
    await expectLedgerConsistent(store, id);
  });
});
