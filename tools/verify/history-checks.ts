import { FinalWallet } from './final-wallet';
import { Violations } from './violations';

/** Every kind of broken promise of the money history the audit names (a unit test makes each one fire). */
export const HISTORY_VIOLATION_KINDS = [
  'statement-does-not-add-up',
  'statement-closing-not-balance-at',
  'statement-disagrees-with-ledger',
  'reversals-exceed-transfer',
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

/** Per transfer, the REVERSAL_OUT entries that name it add up to at most its TRANSFER_OUT amount. */
export function checkReversals(wallets: readonly FinalWallet[], violations: Violations): void {
  const moved = new Map<string, bigint>();
  const reversed = new Map<string, bigint>();
  for (const line of wallets.flatMap((wallet) => wallet.entries)) {
    if (line.type === 'TRANSFER_OUT' && line.transferId) moved.set(line.transferId, line.amount);
    if (line.type === 'REVERSAL_OUT' && line.reversalOf) reversed.set(line.reversalOf, (reversed.get(line.reversalOf) ?? 0n) + line.amount);
  }
  for (const [transferId, sum] of reversed) {
    const amount = moved.get(transferId) ?? 0n;
    violations.expect(
      sum <= amount,
      'reversals-exceed-transfer',
      () => `transfer ${transferId} moved ${amount}; reversals gave back ${sum}`,
    );
  }
}
