import { LedgerEntry } from '../domain/ledger-entry';
import { WalletRepository } from '../domain/wallet-repository.port';

const CHUNK = 100;

/**
 * A wallet's stored entries from `fromVersion` up, oldest first, read in chunks of 100 through the
 * newest-first history query: versions are dense (each change adds exactly one), so the page below
 * `from + n` holds exactly the versions from..from+n-1 that exist. Stops after `toVersion` when given,
 * else at the newest stored entry.
 */
export async function* storedEntries(
  repository: Pick<WalletRepository, 'history'>,
  walletId: string,
  fromVersion: number,
  toVersion = Number.MAX_SAFE_INTEGER,
): AsyncGenerator<LedgerEntry> {
  let from = fromVersion;
  while (from <= toVersion) {
    const size = Math.min(CHUNK, toVersion - from + 1);
    const page = await repository.history(walletId, { first: size, beforeVersion: from + size });
    const chunk = page.filter((entry) => entry.version >= from).sort((a, b) => a.version - b.version);
    for (const entry of chunk) {
      if (entry.version !== from) throw new MissingEntries(walletId, from);
      yield entry;
      from += 1;
    }
    if (chunk.length < size) {
      if (toVersion !== Number.MAX_SAFE_INTEGER) throw new MissingEntries(walletId, from);
      return;
    }
  }
}

/** A version the stream proved committed (a later one arrived) is not in the store: the ledger is broken. */
export class MissingEntries extends Error {
  constructor(walletId: string, version: number) {
    super(`Wallet ${walletId}: ledger entry ${version} is missing from the store`);
    this.name = 'MissingEntries';
  }
}
