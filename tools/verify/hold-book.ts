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

  add(hold: BookedHold): void {
    this.holds.set(hold.holdId, hold);
  }

  remove(holdId: string): void {
    this.holds.delete(holdId);
  }

  all(): BookedHold[] {
    return [...this.holds.values()];
  }

  /** Holds whose expiry is more than `marginMs` away. */
  live(nowMs: number, marginMs: number): BookedHold[] {
    return this.all().filter((hold) => hold.expiresAtMs > nowMs + marginMs);
  }

  /** The hold a settled answer placed, if it was a HoldPlaced. */
  static placedBy(answers: readonly Answer[], walletId: string, toWalletId?: string): BookedHold | undefined {
    const placed = answers.find((answer) => answer.kind === 'success' && answer.hold !== undefined);
    if (placed?.kind !== 'success' || !placed.hold) return undefined;
    const { id, amount, expiresAt } = placed.hold;
    return { holdId: id, walletId, amount, expiresAtMs: Date.parse(expiresAt), toWalletId };
  }
}
