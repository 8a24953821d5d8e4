import { FinalWallet, HoldRecord } from './final-wallet';
import { availableOf, HoldLedger, where } from './hold-ledger';
import { Violations } from './violations';

/**
 * What must hold of each wallet's holds, from its ledger alone (and the hold records for expiries):
 * - no hold is resolved twice (captured, released or expired once it is resolved), none captured for
 *   more than it held, none captured at or after its expiresAt (by the entry's time, the service's
 *   clock), none released as expired before its expiresAt;
 * - after every entry, the available balance is not below zero, and balanceAfter - availableAfter is
 *   exactly what the ledger's own HOLD_* entries still hold;
 * - at the end, the holds the wallet carries as pending are exactly those the ledger holds.
 */
export function checkHoldLedgers(wallets: readonly FinalWallet[], violations: Violations): void {
  const records = holdRecords(wallets);
  for (const wallet of wallets) {
    const ledger = new HoldLedger();
    for (const line of wallet.entries) {
      const problem = ledger.apply(line);
      if (problem) violations.add(problem.kind, problem.detail);
      const expiresAt = line.holdId === undefined ? undefined : records.get(line.holdId)?.expiresAt;
      if (expiresAt !== undefined && line.occurredAt !== undefined) {
        violations.expect(
          line.type !== 'HOLD_CAPTURED' || line.occurredAt < expiresAt,
          'expired-hold-captured',
          () => `${where(line)} captured hold ${line.holdId} at ${line.occurredAt}; it expired at ${expiresAt}`,
        );
        violations.expect(
          line.type !== 'HOLD_EXPIRED' || line.occurredAt >= expiresAt,
          'hold-expired-early',
          () => `${where(line)} released hold ${line.holdId} as expired at ${line.occurredAt}; it expires at ${expiresAt}`,
        );
      }
      const available = availableOf(line);
      violations.expect(available >= 0n, 'negative-available', () => `${where(line)} ${line.type}: available ${available}`);
      violations.expect(
        line.balanceAfter - available === ledger.held(),
        'held-not-pending-sum',
        () => `${where(line)} ${line.type}: balance ${line.balanceAfter} - available ${available} != ${ledger.held()} held by the ledger`,
      );
    }
    const carried = [...(wallet.pendingHolds ?? [])].map((hold) => `${hold.id}:${hold.amount}`).sort();
    const held = ledger
      .pending()
      .map((hold) => `${hold.id}:${hold.remaining}`)
      .sort();
    violations.expect(
      carried.join(',') === held.join(','),
      'held-not-pending-sum',
      () => `${wallet.walletId} carries pending holds [${carried.join(', ')}]; its ledger holds [${held.join(', ')}]`,
    );
  }
}

export function holdRecords(wallets: readonly FinalWallet[]): Map<string, HoldRecord> {
  return new Map(wallets.flatMap((wallet) => (wallet.holds ?? []).map((hold) => [hold.id, hold] as const)));
}
