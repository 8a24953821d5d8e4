import { setTimeout as sleep } from 'node:timers/promises';
import { UseCaseDeps } from './use-case-deps';

/**
 * Times a change that credits a wallet it does not guard (a transfer's payee, a capture's payee, a refund's payer) is
 * planned, when only that wallet moved meanwhile (others credited it) or a refund's record moved on, before it gives
 * up with a VersionConflict. Each re-plan takes the store's own answer (no read) and costs one request.
 */
export const MAX_PLANS = 30;

/** Waits before planning again: a random share of the back-off, growing with the attempt (up to 8 times): the tries spread out. */
export function beforeReplanning(deps: UseCaseDeps, attempt: number): Promise<void> {
  return sleep(Math.random() * deps.options.backoffMs * Math.min(attempt, 8));
}
