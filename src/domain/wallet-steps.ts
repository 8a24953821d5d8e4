import { Hold, holdRecord, isLiveAt, PendingHold } from './hold';
import { isMoneyIn, isMoneyOut, LedgerEntry, LedgerEntryType } from './ledger-entry';
import { entryFor } from './step-entry';
import type { EntryContext, Wallet } from './wallet';

/**
 * A hold record written with a change, guarded by what the change expects it to be:
 * `NEW` (placing: no such record), `PENDING` (an expiry's release), or `PENDING_UNEXPIRED` (a capture or
 * a void: still pending and its expiry later than the hold's `resolvedAt`, the writer's clock).
 */
export interface HoldWrite {
  readonly hold: Hold;
  readonly expect: 'NEW' | 'PENDING' | 'PENDING_UNEXPIRED';
}

/**
 * The instant a capture or a void (PENDING_UNEXPIRED) must find its hold unexpired at, in the store's own
 * condition: the later of when it was decided (the hold's resolvedAt) and when its request is sent (`sentAt`,
 * the writer's clock at each attempt). A write that waited its turn on a wallet, or retried, past the expiry is
 * refused, though it was decided before. Without `sentAt` (a store test writing a change directly), the decision's.
 */
export function unexpiredCheckAt({ hold }: HoldWrite, sentAt?: string): string {
  if (hold.resolvedAt === undefined) throw new Error(`Hold ${hold.id} is resolved without a resolvedAt`);
  return sentAt !== undefined && sentAt > hold.resolvedAt ? sentAt : hold.resolvedAt;
}

/**
 * A wallet before and after one change, with the ledger entries that record it: one per version the
 * change adds (`after.version = before.version + entries.length`; opening writes the one entry of
 * version 0). `before` is the state the change was computed from (absent when the change opens the
 * wallet): storing the change is allowed only while the stored wallet is still exactly that state.
 */
export interface WalletChange {
  readonly before?: Wallet;
  readonly after: Wallet;
  readonly entries: readonly LedgerEntry[];
  readonly holds?: readonly HoldWrite[];
}

/** What one step leaves different: the posted balance and/or the pending holds. */
interface StepEffect {
  readonly balance?: bigint;
  readonly pendingHolds?: readonly PendingHold[];
}

/**
 * Builds a change one version at a time, one ledger entry per version, so history, cursors and the
 * ledger checks keep "each version has exactly one entry" when a change takes several steps.
 */
export class ChangeSteps {
  private readonly entries: LedgerEntry[] = [];
  private readonly holds: HoldWrite[] = [];

  constructor(
    private readonly before: Wallet | undefined,
    public current: Wallet,
  ) {}

  /**
   * Lazy expiry: each pending hold whose expiry has come is released with a HOLD_EXPIRED entry (its own
   * version, the actor who placed it, no idempotency key) before the change itself. No background job:
   * the write conditions and the read-time figures already ignore expired holds; this writes it down.
   */
  releaseExpired(now: string): this {
    for (const pending of this.current.pendingHolds.filter((hold) => !isLiveAt(hold, now))) {
      const pendingHolds = this.current.pendingHolds.filter((hold) => hold.id !== pending.id);
      this.add(
        'HOLD_EXPIRED',
        pending.amount,
        { pendingHolds },
        { entryId: `${pending.id}/expired`, actor: pending.actor, now, holdId: pending.id },
      );
      this.hold(holdRecord(this.current, pending, { status: 'EXPIRED', capturedAmount: 0n, resolvedAt: now }), 'PENDING');
    }
    return this;
  }

  /**
   * One version, one entry. Its time is never earlier than the wallet's last change (the clocks of two
   * instances may disagree): entry times are then ordered like versions, per wallet, which is what lets
   * a point in time be found with one index query. The running totals move with the posted balance.
   */
  add(type: LedgerEntryType, amount: bigint, effect: StepEffect, context: EntryContext): this {
    const before = this.current;
    const recorded = context.recordedAt ?? context.now;
    // biome-ignore lint/complexity/useMathMinMax: ISO instants are compared as text; Math.max would turn them into NaN.
    const now = recorded < before.updatedAt ? before.updatedAt : recorded;
    const after: Wallet = {
      ...before,
      ...effect,
      version: before.version + 1,
      inTotal: isMoneyIn(type) ? before.inTotal + amount : before.inTotal,
      outTotal: isMoneyOut(type) ? before.outTotal + amount : before.outTotal,
      updatedAt: now,
    };
    if (after.balance < 0n) throw new Error(`Step ${type} would take wallet ${after.id} below 0`);
    if (after.inTotal - after.outTotal !== after.balance) throw new Error(`Wallet ${after.id}: running totals disagree with the balance`);
    this.entries.push(entryFor(after, type, amount, { ...context, now }));
    this.current = after;
    return this;
  }

  hold(hold: Hold, expect: HoldWrite['expect']): this {
    this.holds.push({ hold, expect });
    return this;
  }

  opened(context: EntryContext): WalletChange {
    return { after: this.current, entries: [entryFor(this.current, 'WALLET_CREATED', 0n, context)] };
  }

  /** Asserts the invariant the stores assert again before writing. */
  change(): WalletChange {
    const change: WalletChange = { before: this.before, after: this.current, entries: [...this.entries], holds: [...this.holds] };
    assertVersions(change);
    return change;
  }
}

export const changeOf = (before: Wallet | undefined, current: Wallet) => new ChangeSteps(before, current);

/** after.version = before.version + entries.length, each entry naming its version in order (opening: version 0, one entry). */
export function assertVersions({ before, after, entries }: WalletChange): void {
  const first = before ? before.version + 1 : 0;
  const ok =
    entries.length > 0 &&
    after.version === first + entries.length - 1 &&
    entries.every((entry, index) => entry.version === first + index && entry.walletId === after.id);
  if (!ok)
    throw new Error(
      `Change of wallet ${after.id} breaks one entry per version (from ${first}, to ${after.version}, ${entries.length} entries)`,
    );
}
