import { FinalWallet } from './final-wallet';
import { OpRecord, WalletState } from './op-log';

/** A kill -9 of the store: from the kill to the moment it answered again. */
export interface StoreCrash {
  readonly startedAtMs: number;
  readonly healedAtMs: number;
}

/**
 * How long before a crash an acknowledged write may still be lost by the store (DynamoDB Local
 * acknowledges a write before it is safely on disk). A loss older than this counts against the service.
 */
const LOSS_WINDOW_MS = 5_000;

/**
 * Telling the store's losses from the service's: a write the service acknowledged and the store
 * then lost in a crash is not a broken promise of the service (the lock did its job; the store
 * broke its own). It is recognised narrowly: an `ok` change none of whose entries is in the final
 * table, acknowledged at most LOSS_WINDOW_MS before a kill -9 of the store (or during it). A wallet
 * state shown to a client in the same window that the final ledger does not have is excused alike.
 * Everything else stays a service violation.
 */
export class StoreLosses {
  readonly lostOps: OpRecord[] = [];
  readonly lostStates: Array<{ opId: number; state: WalletState }> = [];

  constructor(
    private readonly crashes: readonly StoreCrash[],
    private readonly wallets: readonly FinalWallet[],
  ) {}

  /** The op log as the checker should judge it: lost acknowledged writes become unknown outcomes. */
  excuseLostWrites(ops: readonly OpRecord[]): OpRecord[] {
    if (this.crashes.length === 0) return [...ops];
    const keys = new Set(this.wallets.flatMap((wallet) => wallet.entries.map((line) => line.idempotencyKey)));
    return ops.map((op) => {
      if (op.outcome !== 'ok' || op.spec.type === 'read' || keys.has(op.spec.key)) return op;
      const ack = op.attempts.find((attempt) => attempt.answer.kind === 'success');
      if (!ack || !this.inLossWindow(ack.endedAt)) return op;
      this.lostOps.push(op);
      return { ...op, outcome: 'unknown' };
    });
  }

  /**
   * A capture or void of a hold whose placing the store lost (one of lostOps): its HoldNotFound is that loss showing,
   * already counted, not the service's. Only a hold the lost placing's own answer named.
   */
  lostHold(holdId: string): boolean {
    return this.lostOps.some(
      (op) => op.spec.type === 'placeHold' && op.attempts.some(({ answer }) => answer.kind === 'success' && answer.hold?.id === holdId),
    );
  }

  /** The op is an acknowledged write the store lost (one of lostOps). */
  isLostWrite(opId: number): boolean {
    return this.lostOps.some((op) => op.id === opId);
  }

  /** A state a client was shown that the ledger does not have: excused (and counted) when the store crashed right after. */
  excuseLostState(opId: number, state: WalletState, shownAt: number): boolean {
    if (!this.inLossWindow(shownAt)) return false;
    this.lostStates.push({ opId, state });
    return true;
  }

  private inLossWindow(at: number): boolean {
    return this.crashes.some((crash) => at >= crash.startedAtMs - LOSS_WINDOW_MS && at <= crash.healedAtMs);
  }
}
