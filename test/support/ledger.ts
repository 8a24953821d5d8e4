import { LedgerEntry, signedAmount, signedAvailable } from '../../src/domain/ledger-entry';
import { Wallet } from '../../src/domain/wallet';

/** A wallet and its whole ledger (oldest first) as stored, read without the repository under test. */
export interface StoredLedger {
  readonly wallet?: Wallet;
  readonly entries: readonly LedgerEntry[];
}

/**
 * The ledger invariants, read straight from the store (not through the repository under test):
 * versions 0..N contiguous with one entry each, each balanceAfter the running sum of signed
 * amounts and each availableAfter the running sum of signed availability (a hold placed takes from it,
 * released or expired gives back, captured leaves it), the sums equal to the wallet's balance and to its
 * balance minus every hold it still carries (released or not) at version N.
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
  let available = 0n;
  for (const entry of entries) {
    running += signedAmount(entry);
    available += signedAvailable(entry);
    expect({ version: entry.version, balanceAfter: entry.balanceAfter, availableAfter: entry.availableAfter }).toEqual({
      version: entry.version,
      balanceAfter: running,
      availableAfter: available,
    });
  }
  expect(running).toBe(wallet.balance);
  // Every hold the wallet carries counts against the ledger's availability, live or past its expiry (not yet released).
  expect(available).toBe(wallet.balance - wallet.pendingHolds.reduce((sum, hold) => sum + hold.amount, 0n));
  expect(available).toBeGreaterThanOrEqual(0n);
}
