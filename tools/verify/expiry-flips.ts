import { FinalWallet } from './final-wallet';
import { Answer, Attempt, OpRecord } from './op-log';

/** Refusals that depend on the clock as well as on the wallet's version: an expired hold stops counting. */
const CLOCK_DEPENDENT = new Set(['INSUFFICIENT_BALANCE', 'HOLD_LIMIT_REACHED']);

/**
 * Whether a refused attempt of this operation was overtaken by the clock rather than contradicted: a
 * refusal is not stored under the key (docs/api.md), so an attempt sent again with it is decided
 * afresh, and a hold of the wallet that expired in between frees what the refusal lacked. The later
 * success then released that hold in its own write: a HOLD_EXPIRED after the refused attempt's version,
 * at or before the version the success showed. Anything else is a contradiction.
 */
export function flippedByExpiry(op: OpRecord, refused: Attempt, wallets: ReadonlyMap<string, FinalWallet>): boolean {
  if (refused.answer.kind !== 'error' || !CLOCK_DEPENDENT.has(refused.answer.code)) return false;
  const walletId = sourceOf(op);
  const from = refused.expectedVersion ?? ('expectedVersion' in op.spec ? op.spec.expectedVersion : undefined);
  if (walletId === undefined || from === undefined) return false;
  const entries = wallets.get(walletId)?.entries ?? [];
  return op.attempts.some(({ answer }) => {
    const to = successVersion(answer, walletId);
    return to !== undefined && entries.some((line) => line.type === 'HOLD_EXPIRED' && line.version > from && line.version <= to);
  });
}

function sourceOf(op: OpRecord): string | undefined {
  const { spec } = op;
  if (spec.type === 'transfer') return spec.from;
  return spec.type === 'decrease' || spec.type === 'placeHold' ? spec.walletId : undefined;
}

function successVersion(answer: Answer, walletId: string): number | undefined {
  return answer.kind === 'success' ? answer.wallets.find((state) => state.walletId === walletId)?.version : undefined;
}
