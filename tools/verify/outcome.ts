import { Answer, Attempt, Outcome, sentVersionOf } from './op-log';

/**
 * When a mutation's outcome is known. The rules rest on three facts of the service:
 * - an attempt that commits answers its success, and a later attempt with the same key replays that
 *   success (the key's record is written in the same transaction as the effect);
 * - a wallet's state at a version never changes, so InsufficientBalance (or any other domain error
 *   decided from that state) would be the answer of every attempt sent with the same expectedVersion;
 * - once the wallet is past an expectedVersion, no attempt conditioned on it can commit any more.
 *
 * Hence: a success settles `ok`. Errors from every attempt settle `failed`. While some attempt is
 * unknown (it may still be in flight on the server, or have landed before a crash), only an error that
 * rules out every unknown attempt settles `failed`: a refusal decided at the same expectedVersion, or a
 * VersionConflict past each one's. A retry may be sent at a fresher expectedVersion (after re-reading the
 * wallet), so a conflict past the first attempt's version says nothing of a later attempt still in flight;
 * and a VersionConflict whose actualVersion is still expectedVersion (the service gave up on a contended
 * transaction) rules out nothing. `specExpectedVersion` is the version of an attempt that names none.
 */
export function settle(attempts: readonly Attempt[], specExpectedVersion?: number): Outcome | 'retry' {
  const answers = attempts.map((attempt) => attempt.answer);
  if (answers.some((answer) => answer.kind === 'success')) return 'ok';
  const inFlight = attempts.filter((attempt) => attempt.answer.kind === 'unknown');
  if (inFlight.length === 0) return 'failed';
  const versionOf = (attempt: Attempt) => sentVersionOf(attempt, specExpectedVersion);
  const rulesOutAll = (refused: Attempt) =>
    isDefinitiveFailure(refused.answer) && inFlight.every((unknown) => rulesOut(refused.answer, versionOf(refused), versionOf(unknown)));
  return attempts.some(rulesOutAll) ? 'failed' : 'retry';
}

/** Whether a definitive refusal of an attempt sent at `version` proves one sent at `inFlightVersion` cannot commit. */
function rulesOut(answer: Answer, version: number | undefined, inFlightVersion: number | undefined): boolean {
  if (answer.kind !== 'error') return true;
  if (answer.code !== 'VERSION_CONFLICT') return version === inFlightVersion;
  return answer.actualVersion !== undefined && (inFlightVersion === undefined || answer.actualVersion > inFlightVersion);
}

export function isDefinitiveFailure(answer: Answer): boolean {
  if (answer.kind === 'unexpected') return true;
  if (answer.kind !== 'error') return false;
  if (answer.code !== 'VERSION_CONFLICT') return true;
  return answer.actualVersion !== undefined && answer.expectedVersion !== undefined && answer.actualVersion > answer.expectedVersion;
}
