import { FinalWallet, LedgerLine } from './final-wallet';

/** A hold as the wallet's own ledger has it so far: what is still held, and whether a capture took part of it. */
export interface LedgerHold {
  readonly id: string;
  remaining: bigint;
  captured: boolean;
  resolved: boolean;
}

/** Why a HOLD_* entry cannot be applied to the holds the ledger has so far; undefined when it can. */
export type HoldStepProblem =
  | { readonly kind: 'hold-resolved-twice' | 'capture-exceeds-hold' | 'held-not-pending-sum'; readonly detail: string }
  | undefined;

/**
 * Replays a wallet's HOLD_* entries, one version at a time, and says after each entry which holds the
 * ledger still has pending: HOLD_PLACED adds one; HOLD_CAPTURED takes the captured part of it (the rest
 * stays held until the HOLD_RELEASED that follows); HOLD_RELEASED and HOLD_EXPIRED give back exactly
 * what was still held. The ledger's own entries define "pending", so the replay needs no hold record.
 */
export class HoldLedger {
  readonly holds = new Map<string, LedgerHold>();

  apply(line: LedgerLine): HoldStepProblem {
    if (!line.type.startsWith('HOLD_')) return undefined;
    const id = line.holdId ?? '(no holdId)';
    const hold = this.holds.get(id);
    if (line.type === 'HOLD_PLACED') {
      if (hold) return { kind: 'hold-resolved-twice', detail: `${where(line)} places hold ${id} again` };
      this.holds.set(id, { id, remaining: line.amount, captured: false, resolved: false });
      return undefined;
    }
    const capturedRest = line.type === 'HOLD_RELEASED' && hold?.captured;
    if (!hold || hold.resolved || (hold.captured && !capturedRest))
      return { kind: 'hold-resolved-twice', detail: `${where(line)} ${line.type} of hold ${id}, which the ledger holds no more` };
    if (line.type === 'HOLD_CAPTURED') {
      const held = hold.remaining;
      hold.remaining = held > line.amount ? held - line.amount : 0n;
      hold.captured = true;
      hold.resolved = hold.remaining === 0n;
      if (line.amount > held)
        return { kind: 'capture-exceeds-hold', detail: `${where(line)} captures ${line.amount} of hold ${id}, which held ${held}` };
      return undefined;
    }
    const held = hold.remaining;
    hold.remaining = 0n;
    hold.resolved = true;
    if (line.amount !== held)
      return {
        kind: 'held-not-pending-sum',
        detail: `${where(line)} ${line.type} gives back ${line.amount} of hold ${id}, which held ${held}`,
      };
    return undefined;
  }

  pending(): LedgerHold[] {
    return [...this.holds.values()].filter((hold) => !hold.resolved);
  }

  held(): bigint {
    return this.pending().reduce((sum, hold) => sum + hold.remaining, 0n);
  }
}

/** The holds the ledger has pending right after `version` (the state (walletId, version) names). */
export function pendingAtVersion(wallet: FinalWallet, version: number): LedgerHold[] {
  const ledger = new HoldLedger();
  for (const line of wallet.entries) {
    if (line.version > version) break;
    ledger.apply(line);
  }
  return ledger.pending();
}

export const availableOf = (line: LedgerLine): bigint => line.availableAfter ?? line.balanceAfter;
export const where = (line: LedgerLine) => `${line.walletId} v${line.version}`;
