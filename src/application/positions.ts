import { LedgerEntry } from '../domain/ledger-entry';
import { Position } from '../domain/statement';
import { Wallet } from '../domain/wallet';
import { WalletRepository } from '../domain/wallet-repository.port';

/** What a position needs of the wallet it is asked of (a GraphQL field hangs off a wallet read moments ago). */
export type WalletSeen = Pick<Wallet, 'id' | 'ownerId' | 'currency' | 'version' | 'createdAt' | 'updatedAt'>;

/** An index that has not caught up with a wallet's first entries yet: try again in a moment. */
export class IndexCatchingUpError extends Error {
  constructor(walletId: string) {
    super(`Wallet ${walletId}: the time index has not caught up with its newest entries yet; try again in a moment`);
    this.name = 'IndexCatchingUpError';
  }
}

/**
 * The wallet as of `at` (after every entry strictly before it), with one bounded read: none before the
 * wallet was opened; a strongly consistent read of its newest entry when `at` is after its last change
 * (no index lag there); else one query on the time index.
 */
export async function positionAt(repository: WalletRepository, wallet: WalletSeen, at: string): Promise<Position> {
  if (at <= wallet.createdAt) return { at };
  if (at > wallet.updatedAt) return { at, entry: await existing(repository, wallet.id, wallet.version) };
  const entry = await repository.lastEntryBefore(wallet.id, at);
  if (!entry) throw new IndexCatchingUpError(wallet.id);
  return { at, entry };
}

export async function existing(repository: WalletRepository, walletId: string, version: number): Promise<LedgerEntry> {
  const entry = await repository.entryAt(walletId, version);
  if (!entry) throw new Error(`Wallet ${walletId}: entry of version ${version} is missing`);
  return entry;
}
