import { Answer } from './op-log';

/** A hold the client placed and has not seen resolved. */
export interface BookedHold {
  readonly holdId: string;
  readonly walletId: string;
  readonly amount: bigint;
  /** Epoch ms, from the hold's expiresAt as the service answered it (the service shares this machine's clock). */
  readonly expiresAtMs: number;
  readonly toWalletId?: string;
}

/**
 * What one client knows of its own holds: those it placed (from the HoldPlaced answers), until it sees
 * them resolved, or gives up on them after their expiry (the service releases them lazily).
 */
export class HoldBook {
  private readonly holds = new Map<string, BookedHold>();
  /**
   * The client's first hold, placed with the shortest expiry and kept for one capture after it
   * expired: every run tries that (which must be refused), however the dice fall.
   */
  private kept?: { readonly holdId: string; tried: boolean };

  add(hold: BookedHold): void {
    this.holds.set(hold.holdId, hold);
    this.kept ??= { holdId: hold.holdId, tried: false };
  }

  /** True until the client has placed the hold it keeps for a capture after expiry. */
  needsKeptHold(): boolean {
    return this.kept === undefined;
  }

  /** The kept hold, once: the client then captures it just after its expiry. */
  takeKept(): BookedHold | undefined {
    const kept = this.kept;
    const hold = kept && !kept.tried ? this.holds.get(kept.holdId) : undefined;
    if (kept && hold) kept.tried = true;
    return hold;
  }

  remove(holdId: string): void {
    this.holds.delete(holdId);
  }

  all(): BookedHold[] {
    return [...this.holds.values()];
  }

  /** Holds whose expiry is more than `marginMs` away (not the kept one: it waits for its expiry). */
  live(nowMs: number, marginMs: number): BookedHold[] {
    return this.free().filter((hold) => hold.expiresAtMs > nowMs + marginMs);
  }

  /** Holds whose expiry is at most `marginMs` away, or past (not the kept one). */
  expiring(nowMs: number, marginMs: number): BookedHold[] {
    return this.free().filter((hold) => hold.expiresAtMs <= nowMs + marginMs);
  }

  private free(): BookedHold[] {
    const kept = this.kept?.tried ? undefined : this.kept?.holdId;
    return this.all().filter((hold) => hold.holdId !== kept);
  }

  /** The hold a settled answer placed, if it was a HoldPlaced. */
  static placedBy(answers: readonly Answer[], walletId: string, toWalletId?: string): BookedHold | undefined {
    const placed = answers.find((answer) => answer.kind === 'success' && answer.hold !== undefined);
    if (placed?.kind !== 'success' || !placed.hold) return undefined;
    const { id, amount, expiresAt } = placed.hold;
    return { holdId: id, walletId, amount, expiresAtMs: Date.parse(expiresAt), toWalletId };
  }
}
