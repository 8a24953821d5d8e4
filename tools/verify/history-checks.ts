import { FinalWallet, LedgerLine } from './final-wallet';
import { Violations } from './violations';

/** Every kind of broken promise of the money history the audit names (a unit test makes each one fire). */
export const HISTORY_VIOLATION_KINDS = [
  'statement-does-not-add-up',
  'statement-closing-not-balance-at',
  'statement-disagrees-with-ledger',
  'reversals-exceed-transfer',
  'statement-not-answered',
  'movement-legs-timed-apart',
] as const;

/** A statement as the service answered it, in minor units, with balanceAt(to) asked beside it. */
export interface ObservedStatement {
  readonly walletId: string;
  readonly from: string;
  readonly to: string;
  readonly opening: bigint;
  readonly moneyIn: bigint;
  readonly moneyOut: bigint;
  readonly closing: bigint;
  /** balanceAt(to): undefined when the service said the wallet did not exist yet. */
  readonly balanceAtTo?: bigint;
}

/**
 * A statement the service answered with INTERNAL_SERVER_ERROR, after the faults were over: the ledger it reads
 * cannot be read (the store boundary refuses a history that does not add up), a broken promise of its own.
 */
export interface UnansweredStatement {
  readonly walletId: string;
  readonly from: string;
  readonly to: string;
}

export function checkAnswered(unanswered: readonly UnansweredStatement[], violations: Violations): void {
  for (const u of unanswered) violations.add('statement-not-answered', `${u.walletId} [${u.from}, ${u.to}): INTERNAL_SERVER_ERROR`);
}

/** opening + in - out = closing; closing = balanceAt(to); closing = the ledger's balance before `to`. */
export function checkStatements(statements: readonly ObservedStatement[], wallets: readonly FinalWallet[], violations: Violations): void {
  const byId = new Map(wallets.map((wallet) => [wallet.walletId, wallet]));
  for (const s of statements) {
    const where = `${s.walletId} [${s.from}, ${s.to})`;
    violations.expect(
      s.opening + s.moneyIn - s.moneyOut === s.closing,
      'statement-does-not-add-up',
      () => `${where}: ${s.opening} + ${s.moneyIn} - ${s.moneyOut} != ${s.closing}`,
    );
    violations.expect(
      (s.balanceAtTo ?? 0n) === s.closing,
      'statement-closing-not-balance-at',
      () => `${where}: closing ${s.closing}, balanceAt(to) ${s.balanceAtTo ?? 'did not exist yet'}`,
    );
    const lines = byId.get(s.walletId)?.entries ?? [];
    const before = lines.filter((line) => line.occurredAt !== undefined && line.occurredAt < s.to);
    const expected = before.length === 0 ? 0n : before[before.length - 1].balanceAfter;
    violations.expect(
      expected === s.closing,
      'statement-disagrees-with-ledger',
      () => `${where}: closing ${s.closing}, the ledger says ${expected}`,
    );
  }
}

/**
 * Per transfer (a transfer, or a capture that paid another wallet), the REVERSAL_OUT entries that name it, in the
 * payee's version order, never add up to more than its payee's TRANSFER_IN amount at any point, and none gives back
 * nothing or less (a negative reversal could hide an earlier excess in the final sum).
 */
export function checkReversals(wallets: readonly FinalWallet[], violations: Violations): void {
  const moved = new Map<string, bigint>();
  const reversed = new Map<string, bigint>();
  for (const line of wallets.flatMap((wallet) => wallet.entries)) {
    if (line.type === 'TRANSFER_IN' && line.transferId) moved.set(line.transferId, line.amount);
  }
  for (const line of wallets.flatMap((wallet) => wallet.entries)) {
    if (line.type !== 'REVERSAL_OUT' || !line.reversalOf) continue;
    const amount = moved.get(line.reversalOf) ?? 0n;
    const sum = (reversed.get(line.reversalOf) ?? 0n) + line.amount;
    reversed.set(line.reversalOf, sum);
    violations.expect(
      line.amount > 0n && sum <= amount,
      'reversals-exceed-transfer',
      () =>
        `transfer ${line.reversalOf} moved ${amount}; by ${line.walletId} v${line.version} reversals gave back ${sum} (this one ${line.amount})`,
    );
  }
}

/**
 * Every entry of one movement (a transfer's two legs, a capture's entries and its payee's credit, a refund's two legs:
 * those sharing a transferId) carries one instant, so a statement or a balance as of any moment has all of it or none.
 */
export function checkMovementTimes(wallets: readonly FinalWallet[], violations: Violations): void {
  const first = new Map<string, LedgerLine>();
  for (const line of wallets.flatMap((wallet) => wallet.entries)) {
    if (!line.transferId || line.occurredAt === undefined) continue;
    const seen = first.get(line.transferId);
    if (!seen) first.set(line.transferId, line);
    else
      violations.expect(
        seen.occurredAt === line.occurredAt,
        'movement-legs-timed-apart',
        () =>
          `movement ${line.transferId}: ${seen.walletId} v${seen.version} at ${seen.occurredAt}, ${line.walletId} v${line.version} at ${line.occurredAt}`,
      );
  }
}
