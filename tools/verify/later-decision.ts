import { Answer, Attempt, OpRecord, sentVersionOf, sourceWalletOf, specVersionOf } from './op-log';

/** Refusals a later state of the wallet (or the clock: an expired hold stops counting) may turn into a success. */
const STATE_DEPENDENT = new Set(['VERSION_CONFLICT', 'INSUFFICIENT_BALANCE', 'HOLD_LIMIT_REACHED']);

/**
 * Whether an operation's success shows a write decided after one of its attempts was refused: a later
 * decision, not a contradiction. A refusal is not stored under the key (docs/api.md), so an attempt
 * sent again with it is decided afresh: after another change of the wallet (a retry at a fresher
 * version), or after a hold of it expired (the write then releases it first: two versions or more).
 * - A VersionConflict showed the wallet at `actualVersion`: a success written at or before it had
 *   been applied already when the service said it was not.
 * - A rule's refusal was decided on the wallet at the attempt's `expectedVersion`: a success written
 *   at or before the next version was applied already, or decided on the very state it was refused on.
 */
export function decidedAgainLater(op: OpRecord, refused: Attempt): boolean {
  const { answer } = refused;
  if (answer.kind !== 'error' || !STATE_DEPENDENT.has(answer.code)) return false;
  const walletId = sourceWalletOf(op.spec);
  const attempted = sentVersionOf(refused, specVersionOf(op.spec));
  const lastExcluded = answer.code === 'VERSION_CONFLICT' ? answer.actualVersion : attempted === undefined ? undefined : attempted + 1;
  if (walletId === undefined || lastExcluded === undefined) return false;
  return op.attempts.some((attempt) => (successVersion(attempt.answer, walletId) ?? -1) > lastExcluded);
}

function successVersion(answer: Answer, walletId: string): number | undefined {
  return answer.kind === 'success' ? answer.wallets.find((state) => state.walletId === walletId)?.version : undefined;
}
