import { LedgerEntry, LedgerEntryType } from './ledger-entry';
import type { EntryContext, Wallet } from './wallet';

/** The ledger entry of one step: the wallet as the step left it, and who, when and why. */
export function entryFor(after: Wallet, type: LedgerEntryType, amount: bigint, context: EntryContext): LedgerEntry {
  const held = after.pendingHolds.reduce((sum, hold) => sum + hold.amount, 0n);
  return {
    id: context.entryId,
    walletId: after.id,
    type,
    version: after.version,
    currency: after.currency,
    amount,
    balanceAfter: after.balance,
    availableAfter: after.balance - held,
    inTotalAfter: after.inTotal,
    outTotalAfter: after.outTotal,
    occurredAt: context.now,
    actor: context.actor,
    transferId: context.transferId,
    counterpartyWalletId: context.counterpartyWalletId,
    idempotencyKey: context.idempotencyKey,
    reversalOf: context.reversalOf,
    metadata: context.metadata ?? [],
    holdId: context.holdId,
  };
}
