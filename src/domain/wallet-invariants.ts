import { InvariantViolation } from './invariant-violation';
import { brokenEntryFact, brokenStep, brokenWalletFact, LedgerPoint, pointOf } from './ledger-invariants';
import type { Wallet } from './wallet';
import type { WalletChange } from './wallet-steps';

/**
 * Asserted by both stores before a change is written, where a broken change would become history; the
 * same facts are asserted again of what is read (read-invariants.ts): TigerBeetle's paired assertions.
 * Throws InvariantViolation, so the write never starts. O(entries + holds), no store request.
 */
export function assertChangeWritable(change: WalletChange): void {
  const broken = brokenChangeFact(change);
  if (broken !== undefined) throw new InvariantViolation(`the change of wallet ${change.after.id}`, broken);
}

function brokenChangeFact({ before, after, entries, holds = [] }: WalletChange): string | undefined {
  const wallet = brokenWalletFact(after);
  if (wallet !== undefined) return `after: ${wallet}`;
  if (before && brokenIdentity(before, after)) return `id, owner, currency or opening time differ from the state it was based on`;
  const first = before ? before.version + 1 : 0;
  if (entries.length === 0 || (!before && entries.length !== 1)) return `${entries.length} entries`;
  // The optimistic lock's successor: one version per entry, the last one the wallet's new version.
  if (after.version !== first + entries.length - 1) return `version ${after.version} after ${entries.length} entries from ${first}`;
  let previous: LedgerPoint | undefined = before && pointOf(before);
  for (const entry of entries) {
    if (entry.walletId !== after.id || entry.currency !== after.currency) return `entry ${entry.version} is of another wallet or currency`;
    const broken = brokenEntryFact(entry) ?? (previous && brokenStep(previous, entry));
    if (broken !== undefined) return broken;
    previous = entry;
  }
  const last = pointOf(after);
  if (previous?.version !== last.version || !sameFigures(previous, last)) return `the last entry does not leave the wallet's figures`;
  if (holds.some(({ hold }) => hold.walletId !== after.id || hold.currency !== after.currency))
    return 'a hold record of another wallet or currency';
  return undefined;
}

function brokenIdentity(before: Wallet, after: Wallet): boolean {
  return (
    before.id !== after.id || before.ownerId !== after.ownerId || before.currency !== after.currency || before.createdAt !== after.createdAt
  );
}

function sameFigures(entry: LedgerPoint, wallet: LedgerPoint): boolean {
  return (
    entry.balanceAfter === wallet.balanceAfter &&
    entry.availableAfter === wallet.availableAfter &&
    entry.inTotalAfter === wallet.inTotalAfter &&
    entry.outTotalAfter === wallet.outTotalAfter
  );
}
