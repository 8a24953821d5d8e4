import { ChangeWriter } from '../../../src/application/change-writer';
import { KnownWallets } from '../../../src/application/known-wallets';
import { Currency } from '../../../src/domain/currency';
import { increaseBalance, Wallet } from '../../../src/domain/wallet';
import { CommitOutcome, WalletRepository } from '../../../src/domain/wallet-repository.port';

/**
 * The retry policy around the repository, with a scripted repository (the repository itself is
 * tested against DynamoDB Local; this checks only what the writer does with each answer).
 */
const wallet: Wallet = { id: 'w', currency: Currency.GBP, balance: 0n, version: 0, createdAt: 't', updatedAt: 't' };
const change = (() => {
  const result = increaseBalance(wallet, { currency: Currency.GBP, minor: 1n }, { entryId: 'e', now: 't' });
  if (!result.ok) throw new Error('expected a change');
  return result.change;
})();
const plan = { changes: [change], event: { type: 'BALANCE_INCREASED' as const, wallet: change.after, amount: { currency: Currency.GBP, minor: 1n } } };

function scripted(...answers: CommitOutcome[]) {
  const commit = jest.fn(async () => answers.shift() ?? { status: 'contended' as const });
  const repository: WalletRepository = { commit, find: jest.fn(), findIdempotencyRecord: jest.fn(), history: jest.fn() };
  const known = new KnownWallets();
  const writer = new ChangeWriter(repository, known, { now: () => new Date(0), contendedAttempts: 4, backoffMs: 1 });
  return { writer, commit, known };
}

describe('ChangeWriter', () => {
  it('retries a transaction cancelled by TransactionConflict, then succeeds, and remembers the new state', async () => {
    const { writer, commit, known } = scripted({ status: 'contended' }, { status: 'contended' }, { status: 'committed' });
    expect(await writer.write(plan)).toEqual({ status: 'done', outcome: plan.event });
    expect(commit).toHaveBeenCalledTimes(3);
    expect(known.atVersion('w', 1)).toEqual(change.after);
  });

  it('gives up after a bounded number of attempts', async () => {
    const { writer, commit } = scripted();
    expect(await writer.write(plan)).toEqual({ status: 'contended' });
    expect(commit).toHaveBeenCalledTimes(4);
  });

  it('does not retry a rejection: the wallet moved, and DynamoDB said how', async () => {
    const moved = { ...wallet, version: 5 };
    const { writer, commit, known } = scripted({ status: 'rejected', stale: [{ walletId: 'w', current: moved }] });
    expect(await writer.write(plan)).toEqual({ status: 'rejected', stale: [{ walletId: 'w', current: moved }] });
    expect(commit).toHaveBeenCalledTimes(1);
    expect(known.latest('w')).toEqual(moved);
  });
});
