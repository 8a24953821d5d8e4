import { KnownWallets } from '../../../src/application/known-wallets';
import { Wallet } from '../../../src/domain/wallet';
import { walletAt } from '../../support/wallets';

const wallet = (id: string, version: number): Wallet => walletAt(version, id);

describe('KnownWallets', () => {
  it('answers only for the exact version it knows', () => {
    const known = new KnownWallets();
    known.remember(wallet('a', 3));
    expect(known.atVersion('a', 3)).toEqual(wallet('a', 3));
    expect(known.atVersion('a', 2)).toBeUndefined();
    expect(known.atVersion('b', 0)).toBeUndefined();
  });

  it('never goes back to an older version (a late answer must not hide a newer one)', () => {
    const known = new KnownWallets();
    known.remember(wallet('a', 5));
    known.remember(wallet('a', 4));
    expect(known.latest('a')?.version).toBe(5);
  });

  it("takes a write's answer as it is, even older than what it knew (a store that lost writes)", () => {
    const known = new KnownWallets();
    known.remember(wallet('a', 5));
    known.correct(wallet('a', 3));
    expect(known.latest('a')?.version).toBe(3);
  });

  it('forgets the least recently used wallet beyond its capacity', () => {
    const known = new KnownWallets(2);
    known.remember(wallet('a', 1));
    known.remember(wallet('b', 1));
    known.latest('a');
    known.remember(wallet('c', 1));
    expect(known.latest('b')).toBeUndefined();
    expect(known.latest('a')).toEqual(wallet('a', 1));
    expect(known.latest('c')).toEqual(wallet('c', 1));
  });
});
