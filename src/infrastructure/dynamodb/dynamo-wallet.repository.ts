import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { IdempotencyRecord } from '../../domain/idempotency';
import { LedgerEntry } from '../../domain/ledger-entry';
import { Wallet, WalletChange } from '../../domain/wallet';
import { TransferRecord, TransferRecordWrite } from '../../domain/transfer-record';
import {
  CommitOutcome,
  EntryRange,
  HistoryNotIndexedError,
  HistoryPage,
  WalletRepository,
  WalletsPage,
} from '../../domain/wallet-repository.port';
import { classifyCancellation } from './cancellation';
import {
  commitRequest,
  entriesRequest,
  getEntryRequest,
  getIdempotencyRecordRequest,
  getTransferRequest,
  getWalletRequest,
  historyRequest,
  lastEntryBeforeRequest,
  walletsRequest,
} from './wallet-requests';
import { transferItem } from './transfer-item.mapper';
import { entryItem, idempotencyItem, walletItem } from './wallet-item.mapper';

/**
 * The only code that talks to DynamoDB. One request per call: a commit is a single
 * TransactWriteItems, reads are single strongly consistent GetItem / Query requests.
 */
export class DynamoWalletRepository implements WalletRepository {
  constructor(
    private readonly documents: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async find(walletId: string): Promise<Wallet | undefined> {
    const { Item } = await this.documents.send(new GetCommand(getWalletRequest(this.tableName, walletId)));
    return Item && walletItem.toWallet(Item);
  }

  async commit(changes: readonly WalletChange[], record?: IdempotencyRecord, transfer?: TransferRecordWrite): Promise<CommitOutcome> {
    const request = commitRequest(this.tableName, changes, record, transfer);
    try {
      await this.documents.send(new TransactWriteCommand(request.input));
      return { status: 'committed' };
    } catch (error) {
      if (error instanceof TransactionCanceledException) return classifyCancellation(request.slots, error.CancellationReasons);
      throw error;
    }
  }

  async findIdempotencyRecord(owner: string, key: string): Promise<IdempotencyRecord | undefined> {
    const { Item } = await this.documents.send(new GetCommand(getIdempotencyRecordRequest(this.tableName, owner, key)));
    return Item && idempotencyItem.toRecord(Item);
  }

  async history(walletId: string, page: HistoryPage): Promise<LedgerEntry[]> {
    if (page.first <= 0 || (page.beforeVersion !== undefined && page.beforeVersion <= 0)) return [];
    const { Items = [] } = await this.documents.send(new QueryCommand(historyRequest(this.tableName, walletId, page)));
    return Items.map((item) => entryItem.toEntry(item));
  }

  async entries(walletId: string, range: EntryRange): Promise<LedgerEntry[]> {
    if (range.limit <= 0 || range.fromVersion > range.toVersion || range.toVersion < 0) return [];
    const { Items = [] } = await this.documents.send(new QueryCommand(entriesRequest(this.tableName, walletId, range)));
    return Items.map((item) => entryItem.toEntry(item));
  }

  async entryAt(walletId: string, version: number): Promise<LedgerEntry | undefined> {
    const { Item } = await this.documents.send(new GetCommand(getEntryRequest(this.tableName, walletId, version)));
    return Item && entryItem.toEntry(Item);
  }

  /** No hit may mean the wallet's entries before `at` predate the index: its opening entry (one GetItem) tells. */
  async lastEntryBefore(walletId: string, at: string): Promise<LedgerEntry | undefined> {
    const { Items = [] } = await this.documents.send(new QueryCommand(lastEntryBeforeRequest(this.tableName, walletId, at)));
    if (Items.length > 0) return entryItem.toEntry(Items[0]);
    const { Item: opening } = await this.documents.send(new GetCommand(getEntryRequest(this.tableName, walletId, 0)));
    if (opening && entryItem.isUnindexed(opening) && entryItem.toEntry(opening).occurredAt < at) throw new HistoryNotIndexedError(walletId);
    return undefined;
  }

  async findTransfer(transferId: string): Promise<TransferRecord | undefined> {
    const { Item } = await this.documents.send(new GetCommand(getTransferRequest(this.tableName, transferId)));
    return Item && transferItem.toRecord(Item);
  }

  async walletsOf(ownerId: string, page: WalletsPage): Promise<Wallet[]> {
    if (page.first <= 0) return [];
    const { Items = [] } = await this.documents.send(new QueryCommand(walletsRequest(this.tableName, ownerId, page)));
    return Items.map((item) => walletItem.toWallet(item));
  }
}
