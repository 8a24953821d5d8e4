import { LedgerEntry, signedAmount } from '../../src/domain/ledger-entry';
import { Wallet } from '../../src/domain/wallet';

/** A wallet and its whole ledger (oldest first) as stored, read without the repository under test. */
export interface StoredLedger {
  readonly wallet?: Wallet;
  readonly entries: readonly LedgerEntry[];
}

/**
 * The ledger invariants, read straight from the store (not through the repository under test):
 * versions 0..N contiguous with one entry each, each balanceAfter the running sum of signed
 * amounts, and that sum equal to the wallet's balance at version N.
 */
export async function expectLedgerConsistent(
  store: { readLedger(walletId: string): Promise<StoredLedger> },
  walletId: string,
): Promise<void> {
  const { wallet, entries } = await store.readLedger(walletId);
  if (!wallet) throw new Error(`wallet ${walletId} is not stored`);
  expect(entries.map((entry) => entry.version)).toEqual(Array.from({ length: wallet.version + 1 }, (_, version) => version));
  expect(entries[0].type).toBe('WALLET_CREATED');
  let running = 0n;
  for (const entry of entries) {
    running += signedAmount(entry);
    expect({ version: entry.version, balanceAfter: entry.balanceAfter }).toEqual({ version: entry.version, balanceAfter: running });
  }
  expect(running).toBe(wallet.balance);
}
