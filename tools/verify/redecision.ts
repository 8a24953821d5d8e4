import { OpRecord } from './op-log';

/** As docs/clients.md tells a client to: after a VersionConflict, decide again from the wallet it returned, a few times. */
export const MAX_REDECISIONS = 3;

/** The operation failed, and its last answer was a VersionConflict: the client may decide again. */
export function endedInConflict(op: OpRecord): boolean {
  const last = op.attempts[op.attempts.length - 1]?.answer;
  return op.outcome === 'failed' && last?.kind === 'error' && last.code === 'VERSION_CONFLICT';
}
