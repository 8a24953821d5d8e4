import { IdempotencyRecord } from './idempotency';
import { LedgerEntry } from './ledger-entry';
import { TransferRecord, TransferRecordWrite } from './transfer-record';
import { Wallet, WalletChange } from './wallet';

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

/** The storage the wallet domain needs. Implementations own all knowledge of the database. */
export interface WalletRepository {
  /** A strongly consistent read. */
  find(walletId: string): Promise<Wallet | undefined>;
  /**
   * Stores every change with its ledger entry, and the idempotency record if given, atomically.
   * Each change is written only if its wallet is still in its `before` state (or absent, when
   * the change opens a wallet); the record only if its key is free or expired.
   */
  commit(changes: readonly WalletChange[], record?: IdempotencyRecord, transfer?: TransferRecordWrite): Promise<CommitOutcome>;
  /** A strongly consistent read of one caller's key; expired records are returned too (the caller decides). */
  findIdempotencyRecord(owner: string, key: string): Promise<IdempotencyRecord | undefined>;
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
