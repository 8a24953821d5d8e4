import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { Hold } from '../../domain/hold';
import { parseHoldId } from '../../domain/hold-id';
import { IdempotencyRecord } from '../../domain/idempotency';
import { LedgerEntry } from '../../domain/ledger-entry';
import { Wallet, WalletChange } from '../../domain/wallet';
import { TransferRecord, TransferRecordWrite } from '../../domain/transfer-record';
import {
  CommitOutcome,
  EntryRange,
  HistoryNotIndexedError,
  HistoryPage,
  HoldsPage,
  HoldsSlice,
  WalletRepository,
  WalletsPage,
} from '../../domain/wallet-repository.port';
import { classifyCancellation } from './cancellation';
import { checkedEntries, checkedEntry, checkedWallet } from '../../domain/read-invariants';
import { entryItem } from './entry-item.mapper';
import { holdItem } from './hold-item.mapper';
import { holdsRequest } from './holds-query';
import { idempotencyItem } from './idempotency-item.mapper';
import { ItemClient } from './item-client';
import {
  entriesRequest,
  getEntryRequest,
  getHoldRequest,
  getIdempotencyRecordRequest,
  getTransferRequest,
  historyRequest,
  lastEntryBeforeRequest,
  walletsRequest,
} from './read-requests';
import { transferItem } from './transfer-item.mapper';
import { walletItem } from './wallet-item.mapper';
import { commitRequest, getWalletRequest } from './wallet-requests';

/** Queries one page of holds may take when a status filter leaves pages short; then the page ends early. */
export const MAX_HOLD_QUERIES = 3;

/**
 * The wallets' reads and writes in DynamoDB (the table's creation, the change stream and the metrics' requests are
 * wallet-table.ts, wallet-stream.ts and dynamodb-metrics.ts). One request per call (a page of holds at most MAX_HOLD_QUERIES; a
 * query DynamoDB cut at 1 MB is read on, item-client.ts):
 * a commit is a single TransactWriteItems, reads are strongly consistent GetItem / Query requests. The
 * ledger's facts are asserted before a commit is sent (commitRequest) and of every wallet and entry read.
 */
export class DynamoWalletRepository implements WalletRepository {
  constructor(
    private readonly items: ItemClient,
    private readonly tableName: string,
  ) {}

  async find(walletId: string): Promise<Wallet | undefined> {
    const item = await this.items.get(getWalletRequest(this.tableName, walletId));
    return item && checkedWallet(walletItem.toWallet(item));
  }

  async commit(
    changes: readonly WalletChange[],
    record?: IdempotencyRecord,
    transfer?: TransferRecordWrite,
    sentAt?: string,
  ): Promise<CommitOutcome> {
    const request = commitRequest(this.tableName, changes, record, transfer, sentAt);
    try {
      await this.items.transactWrite(request.input);
      return { status: 'committed' };
    } catch (error) {
      if (error instanceof TransactionCanceledException) return classifyCancellation(request.slots, error.CancellationReasons);
      throw error;
    }
  }

  async findIdempotencyRecord(owner: string, key: string): Promise<IdempotencyRecord | undefined> {
    const item = await this.items.get(getIdempotencyRecordRequest(this.tableName, owner, key));
    return item && idempotencyItem.toRecord(item);
  }

  async history(walletId: string, page: HistoryPage): Promise<LedgerEntry[]> {
    if (page.first <= 0 || (page.beforeVersion !== undefined && page.beforeVersion <= 0)) return [];
    const { items } = await this.items.query(historyRequest(this.tableName, walletId, page));
    const entries = items.map((item) => entryItem.toEntry(item));
    return checkedEntries(walletId, entries);
  }

  async entries(walletId: string, range: EntryRange): Promise<LedgerEntry[]> {
    if (range.limit <= 0 || range.fromVersion > range.toVersion || range.toVersion < 0) return [];
    const { items } = await this.items.query(entriesRequest(this.tableName, walletId, range));
    const entries = items.map((item) => entryItem.toEntry(item));
    return checkedEntries(walletId, entries);
  }

  async entryAt(walletId: string, version: number): Promise<LedgerEntry | undefined> {
    const item = await this.items.get(getEntryRequest(this.tableName, walletId, version));
    return item && checkedEntry(walletId, entryItem.toEntry(item));
  }

  /** No hit may mean the wallet's entries before `at` predate the index: its opening entry (one GetItem) tells. */
  async lastEntryBefore(walletId: string, at: string): Promise<LedgerEntry | undefined> {
    const { items } = await this.items.query(lastEntryBeforeRequest(this.tableName, walletId, at));
    if (items.length > 0) return checkedEntry(walletId, entryItem.toEntry(items[0]));
    const opening = await this.items.get(getEntryRequest(this.tableName, walletId, 0));
    if (opening && entryItem.isUnindexed(opening) && entryItem.toEntry(opening).occurredAt < at) throw new HistoryNotIndexedError(walletId);
    return undefined;
  }

  async findTransfer(transferId: string): Promise<TransferRecord | undefined> {
    const item = await this.items.get(getTransferRequest(this.tableName, transferId));
    return item && transferItem.toRecord(item);
  }

  async walletsOf(ownerId: string, page: WalletsPage): Promise<Wallet[]> {
    if (page.first <= 0) return [];
    const { items } = await this.items.query(walletsRequest(this.tableName, ownerId, page));
    return items.map((item) => checkedWallet(walletItem.toWallet(item)));
  }

  async findHold(holdId: string): Promise<Hold | undefined> {
    const parts = parseHoldId(holdId);
    if (!parts) return undefined;
    const item = await this.items.get(getHoldRequest(this.tableName, parts));
    return item && holdItem.toHold(item);
  }

  /**
   * Newest first. Each query reads one more than needed (a next page exists) plus the cursor's own hold
   * (BETWEEN is inclusive). A status filter may leave queries short: after MAX_HOLD_QUERIES the page ends
   * where reading stopped, and `resumeAfter` says so (a short page, never a dropped hold).
   */
  async holdsOf(walletId: string, page: HoldsPage): Promise<HoldsSlice> {
    if (page.first <= 0) return { holds: [] };
    const found: Hold[] = [];
    let startKey: Record<string, unknown> | undefined;
    for (let query = 1; query <= MAX_HOLD_QUERIES; query++) {
      const request = holdsRequest(this.tableName, walletId, page, page.first + 2, startKey);
      const { items, lastKey } = await this.items.query(request);
      for (const item of items) {
        const hold = holdItem.toHold(item);
        if (parseHoldId(hold.id)?.ordinal !== page.afterOrdinal) found.push(hold);
      }
      if (found.length > page.first) return { holds: found.slice(0, page.first), resumeAfter: ordinalOf(found[page.first - 1]) };
      if (!lastKey) return { holds: found };
      startKey = lastKey;
    }
    const lastRead = startKey && typeof startKey.sk === 'string' ? startKey.sk.replace(/^HOLD#/, '') : undefined;
    return { holds: found, resumeAfter: lastRead };
  }
}

function ordinalOf(hold: Hold): string {
  const parts = parseHoldId(hold.id);
  if (!parts) throw new Error(`Stored hold id ${hold.id} is not well-formed`);
  return parts.ordinal;
}
