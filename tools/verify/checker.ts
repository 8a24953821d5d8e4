import { checkEffects } from './effect-checks';
import { FinalWallet } from './final-wallet';
import { checkHoldLedgers } from './hold-checks';
import { checkShownFigures } from './hold-observation-checks';
import { checkHoldRefusals } from './hold-refusal-checks';
import { moneyDeltaOf } from './hold-effects';
import { checkLedgers } from './ledger-checks';
import { checkObservations } from './observation-checks';
import { OpRecord } from './op-log';
import { checkOwnership } from './ownership-checks';
import { checkRefusals } from './refusal-checks';
import { StoreCrash, StoreLosses } from './store-losses';
import { Violation, Violations } from './violations';

export interface MoneyTotals {
  /** Sum of the final balances. */
  readonly actual: bigint;
  /**
   * Sum of ok increases minus ok decreases and ok captures that pay no other wallet (the setup's deposits
   * included); transfers and captures to another wallet move, never make, money.
   */
  readonly expected: bigint;
  /** Net effect of operations never resolved, as far as the ledger shows them applied. */
  readonly unresolved: bigint;
  /** Net effect of acknowledged increases and decreases the store lost in a crash (not in `expected`). */
  readonly lostToStore: bigint;
}

export interface CheckResult {
  /** Broken promises of the service itself: any one fails the run. */
  readonly violations: readonly Violation[];
  /** Acknowledged writes (and states shown) that the store lost when it was killed: reported, counted apart. */
  readonly storeLosses: readonly Violation[];
  readonly money: MoneyTotals;
}

/**
 * The bank check (after Jepsen's): from the op log, the final table and the store crashes the
 * nemesis caused, decide whether the run kept every promise. Pure: the same inputs always give the
 * same verdict.
 */
export function check(ops: readonly OpRecord[], wallets: readonly FinalWallet[], storeCrashes: readonly StoreCrash[] = []): CheckResult {
  const violations = new Violations();
  const losses = new StoreLosses(storeCrashes, wallets);
  const judged = losses.excuseLostWrites(ops);
  checkLedgers(wallets, violations);
  checkEffects(judged, wallets, violations);
  checkObservations(judged, wallets, violations, losses);
  checkRefusals(judged, wallets, violations);
  checkOwnership(judged, wallets, violations);
  checkHoldLedgers(wallets, violations);
  checkShownFigures(judged, wallets, violations, losses);
  checkHoldRefusals(judged, wallets, violations);
  const money = moneyTotals(judged, wallets, losses.lostOps);
  violations.expect(
    money.actual === money.expected + money.unresolved,
    'money-not-conserved',
    () =>
      `balances sum to ${money.actual}; ok increases - ok decreases = ${money.expected}, unresolved operations applied ${money.unresolved}`,
  );
  const storeLosses = [
    ...losses.lostOps.map((op) => ({
      kind: 'acknowledged-write-lost-by-store',
      detail: `op ${op.id} ${op.spec.type} ${'key' in op.spec ? op.spec.key : ''}`,
    })),
    ...losses.lostStates.map(({ opId, state }) => ({
      kind: 'shown-state-lost-by-store',
      detail: `op ${opId} was shown ${state.walletId} v${state.version} balance ${state.balance}`,
    })),
  ];
  return { violations: violations.found, storeLosses, money };
}

const deltaOf = (op: OpRecord) => moneyDeltaOf(op.spec);

function moneyTotals(ops: readonly OpRecord[], wallets: readonly FinalWallet[], lost: readonly OpRecord[]): MoneyTotals {
  const keysInLedger = new Set(wallets.flatMap((wallet) => wallet.entries.map((line) => line.idempotencyKey)));
  let expected = 0n;
  let unresolved = 0n;
  for (const op of ops) {
    if (deltaOf(op) === 0n) continue;
    if (op.outcome === 'ok') expected += deltaOf(op);
    // An unresolved operation may or may not have happened: what the ledger shows is all there is to count.
    else if (op.outcome !== 'failed' && 'key' in op.spec && keysInLedger.has(op.spec.key)) unresolved += deltaOf(op);
  }
  const lostToStore = lost.reduce((sum, op) => sum + deltaOf(op), 0n);
  return { actual: wallets.reduce((sum, wallet) => sum + wallet.balance, 0n), expected, unresolved, lostToStore };
}
