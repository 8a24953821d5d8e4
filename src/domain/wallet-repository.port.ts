import { Hold, HoldStatus } from './hold';
import { IdempotencyRecord } from './idempotency';
import { LedgerEntry } from './ledger-entry';
import { TransferRecord, TransferRecordWrite } from './transfer-record';
import { Wallet, WalletChange } from './wallet';

/** A hold record whose stored state did not match what a change expected: as it is now, or absent. */
export interface StaleHold {
  readonly holdId: string;
  readonly current?: Hold;
}

/** A wallet whose stored state did not match the change's `before`: as it is now, or absent. */
export interface StaleWallet {
  readonly walletId: string;
  readonly current?: Wallet;
}

export type CommitOutcome =
  | { readonly status: 'committed' }
  /** Nothing was written: some wallets were not as expected, or the idempotency key was taken. */
  | {
      readonly status: 'rejected';
      readonly stale: readonly StaleWallet[];
      readonly takenBy?: IdempotencyRecord;
      /** The transfer record as it is now, when a reversal's condition on it failed (another reversal won). */
      readonly transferNow?: TransferRecord;
      /** Hold records not as the change expected (a capture after the hold's expiry, by the writer's clock). */
      readonly staleHolds?: readonly StaleHold[];
    }
  /** Nothing was written: another transaction held one of the items. Safe to try again. */
  | { readonly status: 'contended' };

export interface HistoryPage {
  readonly first: number;
  /** Only entries with a version below this one (the cursor of the previous page). */
  readonly beforeVersion?: number;
}

/** Entries of one wallet with versions in [fromVersion, toVersion], in one order, at most `limit` of them. */
export interface EntryRange {
  readonly fromVersion: number;
  readonly toVersion: number;
  readonly order: 'oldestFirst' | 'newestFirst';
  readonly limit: number;
}

/**
 * The wallet was opened before entries were indexed by time, and the moment asked for lies before its
 * first indexed entry: the store cannot answer it with one query, and says so rather than guess.
 */
export class HistoryNotIndexedError extends Error {
  constructor(readonly walletId: string) {
    super(`Wallet ${walletId}: entries this old were written before the time index and cannot be found by time`);
    this.name = 'HistoryNotIndexedError';
  }
}

export interface WalletsPage {
  readonly first: number;
  /** Only wallets older than this one (the cursor of the previous page). */
  readonly after?: WalletPosition;
}

/** Where a wallet stands in its owner's listing: newest first by creation time, then id. */
export interface WalletPosition {
  readonly createdAt: string;
  readonly id: string;
}

export interface HoldsPage {
  /** At most this many holds. */
  readonly first: number;
  /** Only holds placed before this one (its time-ordered id part, the `ordinal` of parseHoldId). */
  readonly afterOrdinal?: string;
  /** Only holds shown with this status at `now` (a stored PENDING past its expiry is EXPIRED). */
  readonly status?: HoldStatus;
  /** The reader's clock, ISO text: decides the status shown. */
  readonly now: string;
}

/**
 * A page of holds, newest first, as stored (the reader derives the status shown). `resumeAfter`: there may
 * be more; continue after this ordinal. A status filter may leave a page short, never silently drop a hold.
 */
export interface HoldsSlice {
  readonly holds: readonly Hold[];
  readonly resumeAfter?: string;
}

/** The storage the wallet domain needs. Implementations own all knowledge of the database. */
export interface WalletRepository {
  /** A strongly consistent read. */
  find(walletId: string): Promise<Wallet | undefined>;
  /**
   * Stores every change with its ledger entries and hold records, and the idempotency record if given,
   * atomically. Each change is written only if its wallet is still in its `before` state (or absent, when
   * the change opens a wallet), and each hold record only if it is as its HoldWrite expects; the
   * idempotency record only if its key is free or expired.
   * This is the optimistic lock's decisive check: `before.version` is the client's expectedVersion (or the
   * version the change was re-planned from), checked in the write itself: DynamoDB's ConditionExpression
   * `#version = :expectedVersion AND #balance = ... AND #updatedAt = ...` (dynamodb/wallet-requests.ts), SQLite's
   * `WHERE id = ? AND version = ? AND balance = ? AND updated_at = ?` (sqlite/sqlite-statements.ts); the balance and the
   * time too, so that a store which lost acknowledged writes (a version reached twice) is never built on. A lost race is `rejected` with the wallet as
   * it is now, never a lost update.
   * `sentAt`: the writer's clock as this attempt is sent (ISO text); a capture or a void is written only while its
   * hold is unexpired then (unexpiredCheckAt), not only when it was decided.
   */
  commit(
    changes: readonly WalletChange[],
    record?: IdempotencyRecord,
    transfer?: TransferRecordWrite,
    sentAt?: string,
  ): Promise<CommitOutcome>;
  /** A strongly consistent read of one caller's key; expired records are returned too (the caller decides). */
  findIdempotencyRecord(owner: string, key: string): Promise<IdempotencyRecord | undefined>;
  /** A strongly consistent read of a hold record, as stored (its status may lag its expiry). */
  findHold(holdId: string): Promise<Hold | undefined>;
  /** One wallet's holds, newest first, bounded: a fixed number of store requests per page. */
  holdsOf(walletId: string, page: HoldsPage): Promise<HoldsSlice>;
  /** Newest first. */
  history(walletId: string, page: HistoryPage): Promise<LedgerEntry[]>;
  /** One bounded read of a version range (a key range: never a scan). */
  entries(walletId: string, range: EntryRange): Promise<LedgerEntry[]>;
  /** The entry of one version, strongly consistent. */
  entryAt(walletId: string, version: number): Promise<LedgerEntry | undefined>;
  /**
   * The last entry that occurred strictly before `at` (an ISO instant as toISOString writes it), by one
   * query on the time index. The DynamoDB index may lag a write by a moment. Throws HistoryNotIndexedError.
   */
  lastEntryBefore(walletId: string, at: string): Promise<LedgerEntry | undefined>;
  /** A strongly consistent read of a transfer's record. */
  findTransfer(transferId: string): Promise<TransferRecord | undefined>;
  /** One owner's wallets, newest first; may lag a write by a moment (an index, not the wallet itself). */
  walletsOf(ownerId: string, page: WalletsPage): Promise<Wallet[]>;
}
