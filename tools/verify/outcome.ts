import { Answer, Attempt, Outcome } from './op-log';

/**
 * When a mutation's outcome is known. The rules rest on three facts of the service:
 * - an attempt that commits answers its success, and a later attempt with the same key replays that
 *   success (the key's record is written in the same transaction as the effect);
 * - every attempt of one operation names the same expectedVersion, and a wallet's state at a
 *   version never changes, so InsufficientBalance (or any other domain error decided from that
 *   state) would be the answer of every attempt;
 * - once the wallet is past expectedVersion, no attempt conditioned on it can commit any more.
 *
 * Hence: a success settles `ok`. Errors from every attempt settle `failed`. While some attempt is
 * unknown (it may still be in flight on the server, or have landed before a crash), only a
 * definitive error settles `failed`; a VersionConflict whose actualVersion is still expectedVersion
 * (the service gave up on a contended transaction) does not, since the attempt in flight may yet land.
 */
export function settle(attempts: readonly Attempt[]): Outcome | 'retry' {
  const answers = attempts.map((attempt) => attempt.answer);
  if (answers.some((answer) => answer.kind === 'success')) return 'ok';
  if (!answers.some((answer) => answer.kind === 'unknown')) return 'failed';
  return answers.some(isDefinitiveFailure) ? 'failed' : 'retry';
}

export function isDefinitiveFailure(answer: Answer): boolean {
  if (answer.kind === 'unexpected') return true;
  if (answer.kind !== 'error') return false;
  if (answer.code !== 'VERSION_CONFLICT') return true;
  return answer.actualVersion !== undefined && answer.expectedVersion !== undefined && answer.actualVersion > answer.expectedVersion;
}
