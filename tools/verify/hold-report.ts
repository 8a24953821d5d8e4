import { FinalWallet } from './final-wallet';
import { capturedBy } from './hold-ops';
import { OpRecord } from './op-log';

/** The hold figures of a run, from the op log and the final ledger. */
export interface HoldFigures {
  readonly placed: number;
  readonly capturedFull: number;
  readonly capturedPartial: number;
  readonly voided: number;
  /** HOLD_EXPIRED entries: released in the ledger by a later change of their wallet. */
  readonly expiredReleased: number;
  /** Records still PENDING past their expiry at the end: expired, shown EXPIRED, not yet released in the ledger. */
  readonly expiredPending: number;
  /** Operations of a deliberate race (capture vs void, one key sent twice at once, capture at expiry) that lost it. */
  readonly racesLost: number;
  readonly races: number;
  /** Refusals of hold operations, by code. */
  readonly refusals: Readonly<Record<string, number>>;
}

export function holdFigures(ops: readonly OpRecord[], wallets: readonly FinalWallet[], nowMs = Date.now()): HoldFigures {
  const ok = (type: string) => ops.filter((op) => op.spec.type === type && op.outcome === 'ok');
  const captures = ok('captureHold').flatMap((op) => (op.spec.type === 'captureHold' ? [op.spec] : []));
  const full = captures.filter((spec) => capturedBy(spec) === spec.heldAmount).length;
  const raced = ops.filter((op) => (op.spec.type === 'captureHold' || op.spec.type === 'voidHold') && op.spec.race !== undefined);
  const refusals: Record<string, number> = {};
  for (const op of ops) {
    if (!['placeHold', 'captureHold', 'voidHold'].includes(op.spec.type) || op.outcome !== 'failed') continue;
    const last = [...op.attempts]
      .reverse()
      .find((attempt) => attempt.answer.kind === 'error' || attempt.answer.kind === 'unexpected')?.answer;
    const code = last?.kind === 'error' ? last.code : 'UNEXPECTED';
    refusals[code] = (refusals[code] ?? 0) + 1;
  }
  return {
    placed: ok('placeHold').length,
    capturedFull: full,
    capturedPartial: captures.length - full,
    voided: ok('voidHold').length,
    expiredReleased: wallets.flatMap((wallet) => wallet.entries).filter((line) => line.type === 'HOLD_EXPIRED').length,
    expiredPending: wallets
      .flatMap((wallet) => wallet.holds ?? [])
      .filter((hold) => hold.status === 'PENDING' && Date.parse(hold.expiresAt) <= nowMs).length,
    racesLost: raced.filter((op) => op.outcome === 'failed').length,
    races: raced.length,
    refusals,
  };
}

export function formatHoldFigures(figures: HoldFigures): string {
  const refusals = Object.entries(figures.refusals)
    .map(([code, n]) => `${n} x ${code}`)
    .join(', ');
  return (
    `Holds: ${figures.placed} placed, ${figures.capturedFull + figures.capturedPartial} captured ` +
    `(${figures.capturedFull} full, ${figures.capturedPartial} partial), ${figures.voided} voided, ` +
    `expired: ${figures.expiredReleased} released in the ledger, ${figures.expiredPending} still pending past expiry; ` +
    `${figures.racesLost} of ${figures.races} racing operations lost their race; refused: ${refusals || 'none'}`
  );
}
