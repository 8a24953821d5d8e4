import { LedgerEntry } from '../domain/ledger-entry';
import { EntryRange, WalletRepository } from '../domain/wallet-repository.port';

/** Entries read per store request: a page of history's worth. */
export const ENTRIES_PER_READ = 100;

/** Versions [fromVersion, toVersion] of one wallet, walked in one order. */
export type VersionWindow = Omit<EntryRange, 'limit'>;

/**
 * Every version of the window, each once, in the window's order, read lazily by the store's key-range
 * query in chunks of at most ENTRIES_PER_READ: ceil(size / ENTRIES_PER_READ) requests when read to the
 * end, fewer when the reader stops early. Versions are dense (each change adds exactly one), so a window
 * at or below a wallet's version holds all of them: an absent one is MissingEntries, never a short read.
 * A chunk may come back shorter than asked (DynamoDB stops a query at 1 MB); the walk goes on from there.
 */
export async function* storedEntries(
  repository: Pick<WalletRepository, 'entries'>,
  walletId: string,
  window: VersionWindow,
): AsyncGenerator<LedgerEntry> {
  const { fromVersion, toVersion, order } = window;
  const oldestFirst = order === 'oldestFirst';
  let next = oldestFirst ? fromVersion : toVersion;
  for (let left = toVersion - fromVersion + 1; left > 0; ) {
    const limit = Math.min(ENTRIES_PER_READ, left);
    const range = oldestFirst ? { fromVersion: next, toVersion } : { fromVersion, toVersion: next };
    const chunk = await repository.entries(walletId, { ...range, order, limit });
    if (chunk.length === 0) throw new MissingEntries(walletId, next);
    for (const entry of chunk) {
      if (entry.version !== next) throw new MissingEntries(walletId, next);
      yield entry;
      next += oldestFirst ? 1 : -1;
      left -= 1;
    }
  }
}

/** A version the ledger must hold (a later one was committed) is not in the store: the ledger is broken. */
export class MissingEntries extends Error {
  constructor(walletId: string, version: number) {
    super(`Wallet ${walletId}: ledger entry ${version} is missing from the store`);
    this.name = 'MissingEntries';
  }
}
