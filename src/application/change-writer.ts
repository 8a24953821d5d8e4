import { setTimeout as sleep } from 'node:timers/promises';
import { StoreUnavailable } from '../domain/store-unavailable';
import { IdempotencyRecord, IdempotentRequest, isExpired, recordOf, sameIntent } from '../domain/idempotency';
import { TransferRecord, TransferRecordWrite } from '../domain/transfer-record';
import { Wallet, WalletChange } from '../domain/wallet';
import { DomainError, IdempotencyKeyReused, idempotencyKeyReused } from '../domain/wallet-errors';
import { WalletEvent } from '../domain/wallet-events';
import { StaleHold, StaleWallet, WalletRepository } from '../domain/wallet-repository.port';
import { KnownWallets } from './known-wallets';
import { ServiceMetrics } from './service-metrics.port';
import { WalletQueue } from './wallet-queue';

const QUEUED_BEHIND_FAILURE = 'Not sent: the write before it on the same wallet found the store unavailable';

/** What a use case decided: the changes to store, and the event to answer with once they are. */
export interface Plan<E extends WalletEvent> {
  readonly changes: readonly WalletChange[];
  readonly event: E;
  /** A transfer's record, written (or, by a reversal, moved on under a condition) in the same transaction. */
  readonly transfer?: TransferRecordWrite;
}

export type Written<E extends WalletEvent> =
  | { readonly status: 'done'; readonly outcome: E | IdempotencyKeyReused }
  | {
      readonly status: 'rejected';
      readonly stale: readonly StaleWallet[];
      readonly transferNow?: TransferRecord;
      readonly staleHolds?: readonly StaleHold[];
    }
  | { readonly status: 'contended' };

export interface WriterOptions {
  readonly now: () => Date;
  /** Attempts of one transaction cancelled by a TransactionConflict, before giving up. */
  readonly contendedAttempts: number;
  /** Base of the exponential, fully jittered back-off between those attempts. */
  readonly backoffMs: number;
  /** Counts idempotent replays. */
  readonly metrics: ServiceMetrics;
}

/**
 * Stores the use cases' plans: one transaction per plan, bounded retries while another transaction
 * holds an item, and the idempotency rules (a key answers with its first success). Keeps the known
 * wallet states up to date with everything the store tells it (DynamoDB or SQLite).
 */
export class ChangeWriter {
  private readonly queue = new WalletQueue();
  /** Orders arrivals and sends: a write may trust an answer to a request sent after it arrived. */
  private clock = 0;

  constructor(
    private readonly repository: WalletRepository,
    private readonly known: KnownWallets,
    private readonly options: WriterOptions,
  ) {}

  /**
   * Stores a plan, retrying a bounded number of times while another transaction holds its items.
   * The idempotency record, if any, is written in the same transaction as the effect it records.
   * Writes on one wallet take turns in this process (WalletQueue), and a plan that waited may be
   * refused at once, without a request (see movedOn). A plan that waited behind a write that found the store
   * unavailable fails with it (StoreUnavailable, nothing sent): on a hung store each write's own timeout would
   * otherwise come after the previous one's, the Nth answered after N of them.
   */
  write<E extends WalletEvent>(plan: Plan<E>, request?: IdempotentRequest): Promise<Written<E>> {
    const arrived = ++this.clock;
    const walletIds = plan.changes.map((change) => change.after.id);
    return this.queue.exclusive(walletIds, () => this.writeInTurn(plan, walletIds, arrived, request));
  }

  private async writeInTurn<E extends WalletEvent>(
    plan: Plan<E>,
    walletIds: readonly string[],
    arrived: number,
    request?: IdempotentRequest,
  ): Promise<Written<E>> {
    // Waited its turn behind a write that found the store hung or down: answered with it, not after a timeout of its own.
    if (walletIds.some((walletId) => (this.queue.lastFailed(walletId) ?? 0) > arrived)) throw new StoreUnavailable(QUEUED_BEHIND_FAILURE);
    const movedOn = this.movedOn(plan.changes, arrived);
    // No takenBy: a keyed request refused here is checked for a replay by the use case (unlessReplayed).
    if (movedOn.length > 0) return { status: 'rejected', stale: movedOn };
    const nowSeconds = this.nowSeconds();
    const record = request && recordOf(request, plan.event, nowSeconds);
    for (let attempt = 1; ; attempt++) {
      const sent = ++this.clock;
      // The clock as this attempt leaves: a capture that waited its turn or retried past its hold's expiry is refused by the store.
      const sentAt = this.options.now().toISOString();
      const outcome = await this.repository.commit(plan.changes, record, plan.transfer, sentAt).catch((error: unknown) => {
        if (error instanceof StoreUnavailable) {
          const failed = ++this.clock;
          for (const walletId of walletIds) this.queue.failedAt(walletId, failed);
        }
        throw error;
      });
      if (outcome.status === 'committed') {
        for (const change of plan.changes) {
          this.known.correct(change.after);
          this.queue.toldAt(change.after.id, sent);
        }
        return { status: 'done', outcome: plan.event };
      }
      if (outcome.status === 'rejected') {
        for (const stale of outcome.stale) {
          if (stale.current) {
            this.known.correct(stale.current);
            this.queue.toldAt(stale.walletId, sent);
          } else this.known.forget(stale.walletId);
        }
        if (request && outcome.takenBy && !isExpired(outcome.takenBy, nowSeconds)) {
          return { status: 'done', outcome: this.replay<E>(request, outcome.takenBy) };
        }
        return {
          status: 'rejected',
          stale: outcome.stale,
          transferNow: outcome.transferNow,
          ...(outcome.staleHolds && { staleHolds: outcome.staleHolds }),
        };
      }
      if (attempt >= this.options.contendedAttempts) return outcome;
      await sleep(Math.random() * this.options.backoffMs * 2 ** attempt);
    }
  }

  /**
   * Wallets that moved past the version a change was computed from, as DynamoDB itself told this
   * process in answer to a request sent after this write arrived: the condition would refuse the
   * write (a version is never reused), and the state known (that answer, or a later one) is current
   * at a moment after the client asked, so the refusal reads as fresh as DynamoDB's own ALL_OLD,
   * whatever other instances do. A state told before the write arrived proves nothing of the
   * present: such a write goes to DynamoDB, and its answer then serves those queued behind it.
   */
  private movedOn(changes: readonly WalletChange[], arrived: number): StaleWallet[] {
    const stale: StaleWallet[] = [];
    for (const { before } of changes) {
      const told = before && this.queue.lastTold(before.id);
      if (!before || told === undefined || told < arrived) continue;
      const current = this.known.latest(before.id);
      if (current && current.version > before.version) stale.push({ walletId: before.id, current });
    }
    return stale;
  }

  /**
   * Once every write on the wallet queued before this call is answered: the wallet's state as DynamoDB
   * told it in answer to a request sent after this call (or a later state), else undefined. The same
   * rule as movedOn: such a state is current at a moment after the caller asked, whatever other
   * instances do, and a version a store lost cannot come back through it.
   */
  settled(walletId: string): Promise<Wallet | undefined> {
    const arrived = ++this.clock;
    return this.queue.exclusive([walletId], async () => {
      const told = this.queue.lastTold(walletId);
      return told !== undefined && told >= arrived ? this.known.latest(walletId) : undefined;
    });
  }

  /**
   * A request that changed nothing may still be a retry of one that succeeded (its own first try,
   * or a concurrent duplicate that won): with a key, the stored result answers instead.
   */
  async unlessReplayed<E extends WalletEvent, F extends DomainError>(
    request: IdempotentRequest | undefined,
    error: F,
    /** False: a key of the same intent answers the error itself (what it would show is out of the caller's sight). */
    mayReplay = true,
  ): Promise<E | F | IdempotencyKeyReused> {
    if (!request) return error;
    const record = await this.repository.findIdempotencyRecord(request.owner, request.key);
    if (!record || isExpired(record, this.nowSeconds())) return error;
    if (!mayReplay && sameIntent(record, request)) return error;
    return this.replay<E>(request, record);
  }

  private replay<E extends WalletEvent>(request: IdempotentRequest, record: IdempotencyRecord): E | IdempotencyKeyReused {
    if (!sameIntent(record, request)) return idempotencyKeyReused(request.key);
    this.options.metrics.idempotentReplay();
    // The fingerprint starts with the operation's name, so a matching record holds that operation's event.
    return record.event as E;
  }

  private nowSeconds(): number {
    return Math.floor(this.options.now().getTime() / 1000);
  }
}
