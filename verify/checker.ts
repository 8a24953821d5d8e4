import { checkEffects } from './effect-checks';
import { FinalWallet } from './final-state';
import { checkLedgers } from './ledger-checks';
import { checkObservations } from './observation-checks';
import { OpRecord } from './op-log';
import { Violation, Violations } from './violations';

export interface MoneyTotals {
  /** Sum of the final balances. */
  readonly actual: bigint;
  /** Sum of ok increases minus ok decreases (the setup's deposits included); transfers move, never make, money. */
  readonly expected: bigint;
  /** Net effect of operations never resolved, as far as the ledger shows them applied. */
  readonly unresolved: bigint;
}

export interface CheckResult {
  readonly violations: readonly Violation[];
  readonly money: MoneyTotals;
}

/**
 * The bank check (after Jepsen's): from the op log and a quiet read of every wallet, decide whether
 * the run kept every promise. Pure: the same log and state always give the same verdict.
 */
export function check(ops: readonly OpRecord[], wallets: readonly FinalWallet[]): CheckResult {
  const violations = new Violations();
  checkLedgers(wallets, violations);
  checkEffects(ops, wallets, violations);
  checkObservations(ops, wallets, violations);
  const money = moneyTotals(ops, wallets);
  violations.expect(money.actual === money.expected + money.unresolved, 'money-not-conserved',
    () => `balances sum to ${money.actual}; ok increases - ok decreases = ${money.expected}, unresolved operations applied ${money.unresolved}`);
  return { violations: violations.found, money };
}

function moneyTotals(ops: readonly OpRecord[], wallets: readonly FinalWallet[]): MoneyTotals {
  const keysInLedger = new Set(wallets.flatMap((wallet) => wallet.entries.map((line) => line.idempotencyKey)));
  let expected = 0n;
  let unresolved = 0n;
  for (const op of ops) {
    if (op.spec.type !== 'increase' && op.spec.type !== 'decrease') continue;
    const delta = op.spec.type === 'increase' ? op.spec.amount : -op.spec.amount;
    if (op.outcome === 'ok') expected += delta;
    // An unresolved operation may or may not have happened: what the ledger shows is all there is to count.
    else if (op.outcome !== 'failed' && keysInLedger.has(op.spec.key)) unresolved += delta;
  }
  return { actual: wallets.reduce((sum, wallet) => sum + wallet.balance, 0n), expected, unresolved };
}
