import { HOLD_VIOLATION_KINDS } from './hold-violation-kinds';

/** A broken invariant: `kind` groups them in the report, `detail` says exactly where. */
export interface Violation {
  readonly kind: string;
  readonly detail: string;
}

/** Collects violations with a short way to state an expectation. */
export class Violations {
  readonly found: Violation[] = [];

  expect(holds: boolean, kind: string, detail: () => string): void {
    if (!holds) this.found.push({ kind, detail: detail() });
  }

  add(kind: string, detail: string): void {
    this.found.push({ kind, detail });
  }
}

/** Every kind of broken promise of the service the checker names (a unit test makes each one fire). */
export const SERVICE_VIOLATION_KINDS = [
  'ledger-not-contiguous',
  'ledger-bad-start',
  'ledger-wrong-wallet',
  'balance-after-not-running-sum',
  'negative-balance',
  'ledger-sum-not-balance',
  'transfer-legs-unpaired',
  'entry-without-key',
  'failed-op-applied',
  'ok-op-not-applied-once',
  'unknown-op-partly-applied',
  'entry-with-unknown-key',
  'answer-disagrees-with-ledger',
  'observed-state-not-in-ledger',
  'stale-read',
  'contradictory-answers',
  'unexpected-answer',
  'untyped-server-error',
  'money-not-conserved',
  'wrong-refusal',
  'wrong-currency-accepted',
  'shown-foreign-wallet',
  'trespass-not-refused',
  'trespass-applied',
  ...HOLD_VIOLATION_KINDS,
] as const;

/** What the store lost when it was killed: reported, but not the service's doing. */
export const STORE_LOSS_KINDS = ['acknowledged-write-lost-by-store', 'shown-state-lost-by-store'] as const;
