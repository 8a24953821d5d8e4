import { KnownWallets } from '../../../src/application/known-wallets';
import { WalletStates } from '../../../src/application/wallet-states';
import { Wallet } from '../../../src/domain/wallet';
import { walletAt } from '../../support/wallets';
import { WalletRepository } from '../../../src/domain/wallet-repository.port';

/**
 * How a client's expectedVersion meets this process's memory, with a scripted repository (the
 * repository itself is tested against the real stores; test/integration/stale-retry.test.ts runs this on one).
 */
const ALICE = { id: 'alice', admin: false };
const wallet = walletAt;

function statesWith(stored: Wallet, told: Wallet | undefined) {
  const find = jest.fn(async () => stored);
  const repository = { find } as unknown as WalletRepository;
  const known = new KnownWallets();
  const states = new WalletStates(repository, known, { settled: async () => told });
  return { states, known, find };
}

describe('WalletStates.basedOn', () => {
  it('answers a version known to be stale from a state DynamoDB told after the client asked, with no read', async () => {
    const { states, known, find } = statesWith(wallet(9), wallet(6));
    known.remember(wallet(5));
    expect(await states.basedOn(ALICE, 'w', 3)).toMatchObject({ code: 'VERSION_CONFLICT', expectedVersion: 3, actualVersion: 6 });
    expect(find).not.toHaveBeenCalled();
  });

  it('reads when nothing was told after the client asked: memory alone is no proof', async () => {
    const { states, known, find } = statesWith(wallet(4), undefined);
    known.remember(wallet(5));
    expect(await states.basedOn(ALICE, 'w', 3)).toMatchObject({ code: 'VERSION_CONFLICT', actualVersion: 4 });
    expect(find).toHaveBeenCalledTimes(1);
  });

  it('reads when what was told is not past the client (a store that lost writes, corrected)', async () => {
    const { states, known, find } = statesWith(wallet(3), wallet(3));
    known.remember(wallet(5));
    expect(await states.basedOn(ALICE, 'w', 3)).toEqual({ wallet: wallet(3), remembered: false });
    expect(find).toHaveBeenCalledTimes(1);
  });

  it("reads someone else's wallet whatever memory says, and answers it as unknown", async () => {
    const { states, known, find } = statesWith(wallet(5), wallet(6));
    known.remember(wallet(5));
    expect(await states.basedOn({ id: 'mallory', admin: false }, 'w', 3)).toMatchObject({ code: 'WALLET_NOT_FOUND' });
    expect(find).toHaveBeenCalledTimes(1);
  });
});
