import { InvariantViolation } from './invariant-violation';
import { LedgerEntry } from './ledger-entry';
import { brokenEntryFact, brokenStep, brokenWalletFact } from './ledger-invariants';
import type { Wallet } from './wallet';

/**
 * The facts asserted before a write (wallet-invariants.ts), asserted again of what a store returns, after
 * mapping it: a store that lost, mixed or altered what it was given fails loudly (InvariantViolation),
 * never quietly feeds a change or an answer. Pure, O(what was read), no further request.
 */
export function checkedWallet(wallet: Wallet): Wallet {
  const broken = brokenWalletFact(wallet);
  if (broken !== undefined) throw new InvariantViolation(`wallet ${wallet.id} as read`, broken);
  return wallet;
}

export function checkedEntry(walletId: string, entry: LedgerEntry): LedgerEntry {
  const broken = entry.walletId === walletId ? brokenEntryFact(entry) : `entry ${entry.version} is of wallet ${entry.walletId}`;
  if (broken !== undefined) throw new InvariantViolation(`an entry of wallet ${walletId} as read`, broken);
  return entry;
}

/**
 * A page of one wallet's entries, oldest or newest first: each entry sound, of one currency, and each the
 * step after its neighbour (consecutive versions, balanceAfter and availableAfter moved by its amount).
 */
export function checkedEntries<T extends readonly LedgerEntry[]>(walletId: string, entries: T): T {
  const descending = entries.length > 1 && entries[0].version > entries[1].version;
  const oldestFirst = descending ? [...entries].reverse() : entries;
  oldestFirst.forEach((entry, index) => {
    checkedEntry(walletId, entry);
    const previous = oldestFirst[index - 1];
    const broken =
      previous === undefined ? undefined : entry.currency === previous.currency ? brokenStep(previous, entry) : 'currencies differ';
    if (broken !== undefined) throw new InvariantViolation(`a history page of wallet ${walletId} as read`, broken);
  });
  return entries;
}
