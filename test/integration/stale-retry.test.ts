import { WalletService } from '../../src/application/wallet.service';
import { Caller } from '../../src/domain/caller';
import { Currency } from '../../src/domain/currency';
import { WalletRepository } from '../../src/domain/wallet-repository.port';
import { expectLedgerConsistent } from '../support/ledger';
import { freshStore, TestStore } from '../support/stores';

/**
 * The hot wallet's retry: a client names a version this instance already knows to be stale. It is
 * answered VersionConflict from memory, with no request to the store, and the state it carries is
 * the newest this instance has once the writes queued before it are answered. Real store; the
 * repository's calls are only counted.
 */
const ALICE: Caller = { id: 'alice', admin: false };
let store: TestStore;
let repository: WalletRepository;
let service: WalletService;
const gbp = (walletId: string, expectedVersion: number) => ({ walletId, amount: '1.00', currency: Currency.GBP, expectedVersion });

beforeAll(async () => {
  store = await freshStore();
  repository = store.repository();
  service = new WalletService(repository);
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
  it('is answered VersionConflict with the latest version, with no read and no write', async () => {
    const id = await walletAtVersion(3);
    const find = jest.spyOn(repository, 'find');
    const commit = jest.spyOn(repository, 'commit');
    expect(await service.increaseBalance(ALICE, gbp(id, 1))).toMatchObject({
      code: 'VERSION_CONFLICT',
      expectedVersion: 1,
      actualVersion: 3,
    });
    expect(find).not.toHaveBeenCalled();
    expect(commit).not.toHaveBeenCalled();
    await expectLedgerConsistent(store, id);
  });

  it('waits for the write in flight on the wallet and carries the state it left', async () => {
    const id = await walletAtVersion(2);
    const find = jest.spyOn(repository, 'find');
    const commit = repository.commit.bind(repository);
    let sent = () => {};
    const writing = new Promise<void>((resolve) => (sent = resolve));
    jest.spyOn(repository, 'commit').mockImplementationOnce((...args) => {
      sent();
      return commit(...args);
    });
    const inFlight = service.increaseBalance(ALICE, gbp(id, 2));
    await writing;
    const stale = service.increaseBalance(ALICE, gbp(id, 0));
    expect(await inFlight).toMatchObject({ type: 'BALANCE_INCREASED', wallet: { version: 3 } });
    expect(await stale).toMatchObject({ code: 'VERSION_CONFLICT', actualVersion: 3, wallet: { version: 3, balance: 300n } });
    expect(find).not.toHaveBeenCalled();
  });

  it("still reads someone else's wallet, as an unknown id: WalletNotFound, with nothing told from memory", async () => {
    const id = await walletAtVersion(2);
    const find = jest.spyOn(repository, 'find');
    expect(await service.increaseBalance({ id: 'mallory', admin: false }, gbp(id, 0))).toMatchObject({ code: 'WALLET_NOT_FOUND' });
    expect(find).toHaveBeenCalledTimes(1);
  });

  it('reads when the client names a version newer than memory (another instance wrote)', async () => {
    const id = await walletAtVersion(1);
    const other = new WalletService(store.repository());
    await other.increaseBalance(ALICE, gbp(id, 1));
    const find = jest.spyOn(repository, 'find');
    expect(await service.increaseBalance(ALICE, gbp(id, 2))).toMatchObject({ type: 'BALANCE_INCREASED', wallet: { version: 3 } });
    expect(find).toHaveBeenCalledTimes(1);
    await expectLedgerConsistent(store, id);
  });
});
