import { Wallet } from '../domain/wallet';
import { BoundedLru } from './bounded-lru';

/**
 * The latest wallet states this process has seen, bounded and least-recently-used.
 *
 * Why a cache is safe on a money path: a wallet's state at a given version never changes (every
 * change bumps the version), and every write is conditioned on the version it was computed from.
 * A stale entry can therefore cost a rejected write, never a wrong one. What it buys: a client
 * whose expectedVersion is current gets its change in one DynamoDB request, with no read first.
 */
export class KnownWallets {
  private readonly wallets: BoundedLru<string, Wallet>;

  constructor(capacity = 10_000) {
    this.wallets = new BoundedLru(capacity);
  }

  /** The wallet if this process knows it at exactly that version. */
  atVersion(walletId: string, version: number): Wallet | undefined {
    const wallet = this.latest(walletId);
    return wallet?.version === version ? wallet : undefined;
  }

  latest(walletId: string): Wallet | undefined {
    return this.wallets.get(walletId);
  }

  remember(wallet: Wallet): void {
    const known = this.wallets.get(wallet.id);
    if (known && known.version > wallet.version) return;
    this.wallets.set(wallet.id, wallet);
  }

  /**
   * DynamoDB's answer to a write on the wallet, taking the place of what is known even at a higher
   * version. Writes on a wallet take turns in this process, so nothing this process committed is newer;
   * a higher version known is one a store that lost acknowledged writes left behind, and keeping it
   * would answer every retry with a version that no longer exists.
   */
  correct(wallet: Wallet): void {
    this.wallets.delete(wallet.id);
    this.remember(wallet);
  }

  forget(walletId: string): void {
    this.wallets.delete(walletId);
  }
}
