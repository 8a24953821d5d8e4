import { GetCommandInput, QueryCommandInput, TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { HoldIdParts } from '../../domain/hold-id';
import { IdempotencyRecord } from '../../domain/idempotency';
import { LedgerEntry } from '../../domain/ledger-entry';
import { HoldWrite, WalletChange } from '../../domain/wallet';
import { assertVersions } from '../../domain/wallet-steps';
import { TransferRecordWrite } from '../../domain/transfer-record';
import { EntryRange, HistoryPage, WalletsPage } from '../../domain/wallet-repository.port';
import {
  entryKey,
  HOLD_SORT_PREFIX,
  holdKey,
  idempotencyKey,
  OWNER_INDEX,
  OWNER_KEY,
  OWNER_SORT,
  ownerIndexKey,
  ownerIndexSort,
  TIME_INDEX,
  TIME_KEY,
  TIME_SORT,
  timeIndexKey,
  transferKey,
  walletKey,
} from './table-keys';
import { transferItem } from './transfer-item.mapper';
import { entryItem, holdItem, idempotencyItem, walletItem } from './wallet-item.mapper';

/**
 * Pure builders of the requests the repository sends: key and expression building is tested
 * without a client. Every transaction item that guards a condition asks for ALL_OLD on failure,
 * so a lost race is classified from DynamoDB's own answer, with no second request.
 */

/** What each item of a TransactWriteItems stands for, by position (CancellationReasons are positional). */
export type TransactionSlot =
  | { readonly kind: 'wallet'; readonly walletId: string }
  | { readonly kind: 'entry'; readonly walletId: string }
  | { readonly kind: 'hold'; readonly holdId: string }
  | { readonly kind: 'idempotency' }
  | { readonly kind: 'transfer' };

/** DynamoDB's limit of items in one TransactWriteItems; MAX_PENDING_HOLDS keeps every change well inside it. */
export const MAX_TRANSACTION_ITEMS = 100;

export interface CommitRequest {
  readonly input: TransactWriteCommandInput;
  readonly slots: readonly TransactionSlot[];
}

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

export function commitRequest(
  tableName: string,
  changes: readonly WalletChange[],
  record?: IdempotencyRecord,
  transfer?: TransferRecordWrite,
): CommitRequest {
  const items: TransactItem[] = [];
  const slots: TransactionSlot[] = [];
  for (const change of changes) {
    // The domain asserted it; asserted again here, where a broken change would be written.
    assertVersions(change);
    items.push(walletWrite(tableName, change));
    slots.push({ kind: 'wallet', walletId: change.after.id });
    for (const entry of change.entries) {
      items.push(entryWrite(tableName, entry));
      slots.push({ kind: 'entry', walletId: change.after.id });
    }
    for (const write of change.holds ?? []) {
      items.push(holdWrite(tableName, write));
      slots.push({ kind: 'hold', holdId: write.hold.id });
    }
  }
  if (record) {
    items.push(idempotencyWrite(tableName, record));
    slots.push({ kind: 'idempotency' });
  }
  if (transfer) {
    items.push(transferWrite(tableName, transfer));
    slots.push({ kind: 'transfer' });
  }
  if (items.length > MAX_TRANSACTION_ITEMS) throw new Error(`A commit of ${items.length} items exceeds one transaction`);
  return { input: { TransactItems: items }, slots };
}

/**
 * Opening a wallet must not overwrite one; changing it is allowed only from the state it was computed
 * from: that version and that balance. The version alone would do if a store never lost an
 * acknowledged write; DynamoDB Local can, in a crash, and then one version can name two states (the
 * one a process remembers and the one written again after the loss). The balance in the condition
 * keeps a remembered state from being built on in that case: the write is rejected, and ALL_OLD
 * corrects the memory.
 */
function walletWrite(TableName: string, { before, after }: WalletChange): TransactItem {
  if (!before) {
    return {
      Put: {
        TableName,
        Item: walletItem.from(after),
        ConditionExpression: 'attribute_not_exists(pk)',
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      },
    };
  }
  // Every attribute a change may touch, from the mapper's one declaration of the wallet item: a new field is written too.
  const changed = Object.entries(walletItem.changeable(after));
  return {
    Update: {
      TableName,
      Key: walletKey(after.id),
      UpdateExpression: `SET ${changed.map(([name]) => `#${name} = :${name}`).join(', ')}`,
      ConditionExpression: '#version = :expectedVersion AND #balance = :expectedBalance',
      ExpressionAttributeNames: Object.fromEntries(changed.map(([name]) => [`#${name}`, name])),
      ExpressionAttributeValues: {
        ...Object.fromEntries(changed.map(([name, value]) => [`:${name}`, value])),
        ':expectedVersion': before.version,
        ':expectedBalance': before.balance,
      },
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    },
  };
}

/** History is append-only: an entry is never overwritten. */
function entryWrite(TableName: string, entry: LedgerEntry): TransactItem {
  return { Put: { TableName, Item: entryItem.from(entry), ConditionExpression: 'attribute_not_exists(pk)' } };
}

const HOLD_CONDITIONS: Record<HoldWrite['expect'], string> = {
  NEW: 'attribute_not_exists(pk)',
  PENDING: '#status = :pending',
  // The store, not only the caller's memory, refuses a capture or a void once the writer's clock passed the expiry.
  PENDING_UNEXPIRED: '#status = :pending AND #holdExpiresAt > :now',
};

/**
 * The hold record as the change leaves it (a Put of the whole item: every field but status, capturedAmount
 * and resolvedAt is fixed at placing, and the mapper declares the item once), guarded by what the change expects.
 */
function holdWrite(TableName: string, { hold, expect }: HoldWrite): TransactItem {
  const guarded = expect !== 'NEW';
  const unexpired = expect === 'PENDING_UNEXPIRED';
  if (unexpired && hold.resolvedAt === undefined) throw new Error(`Hold ${hold.id} is resolved without a resolvedAt`);
  return {
    Put: {
      TableName,
      Item: holdItem.from(hold),
      ConditionExpression: HOLD_CONDITIONS[expect],
      ...(guarded && {
        ExpressionAttributeNames: { '#status': 'status', ...(unexpired && { '#holdExpiresAt': 'holdExpiresAt' }) },
        ExpressionAttributeValues: { ':pending': 'PENDING', ...(unexpired && { ':now': hold.resolvedAt }) },
      }),
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    },
  };
}

/** A key is free when no record holds it, or when its record had expired when this one was made (TTL deletion lags). */
function idempotencyWrite(TableName: string, record: IdempotencyRecord): TransactItem {
  return {
    Put: {
      TableName,
      Item: idempotencyItem.from(record),
      ConditionExpression: 'attribute_not_exists(pk) OR #expiresAt <= :now',
      ExpressionAttributeNames: { '#expiresAt': 'expiresAt' },
      ExpressionAttributeValues: { ':now': record.storedAt },
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    },
  };
}

/**
 * A transfer's record: new with its transfer (never overwriting one), or moved on by a reversal only
 * while its reversed sum is still the one the reversal was planned from (racing reversals cannot both land).
 */
function transferWrite(TableName: string, { record, expectedReversed }: TransferRecordWrite): TransactItem {
  if (expectedReversed === undefined) {
    return { Put: { TableName, Item: transferItem.from(record), ConditionExpression: 'attribute_not_exists(pk)' } };
  }
  return {
    Put: {
      TableName,
      Item: transferItem.from(record),
      ConditionExpression: '#reversed = :expectedReversed AND #amount = :amount',
      ExpressionAttributeNames: { '#reversed': 'reversed', '#amount': 'amount' },
      ExpressionAttributeValues: { ':expectedReversed': expectedReversed, ':amount': record.amount },
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    },
  };
}

export function getWalletRequest(TableName: string, walletId: string): GetCommandInput {
  return { TableName, Key: walletKey(walletId), ConsistentRead: true };
}

export function getIdempotencyRecordRequest(TableName: string, owner: string, key: string): GetCommandInput {
  return { TableName, Key: idempotencyKey(owner, key), ConsistentRead: true };
}

/**
 * One owner's wallets, newest first, from the owner index: one Query, never a Scan. Index reads
 * cannot be strongly consistent; a listed wallet's version is checked by the write that uses it.
 */
export function walletsRequest(TableName: string, ownerId: string, page: WalletsPage): QueryCommandInput {
  return {
    TableName,
    IndexName: OWNER_INDEX,
    KeyConditionExpression: page.after ? '#owner = :owner AND #sort < :after' : '#owner = :owner',
    ExpressionAttributeNames: { '#owner': OWNER_KEY, ...(page.after && { '#sort': OWNER_SORT }) },
    ExpressionAttributeValues: { ':owner': ownerIndexKey(ownerId), ...(page.after && { ':after': ownerIndexSort(page.after) }) },
    ScanIndexForward: false,
    Limit: page.first,
  };
}

/** Entries of one wallet, newest first; one more than asked, so the caller knows if a next page exists. */
export function historyRequest(TableName: string, walletId: string, page: HistoryPage): QueryCommandInput {
  const oldest = entryKey(walletId, 0);
  const newest = entryKey(walletId, page.beforeVersion === undefined ? Number.MAX_SAFE_INTEGER : page.beforeVersion - 1);
  return {
    TableName,
    KeyConditionExpression: 'pk = :pk AND sk BETWEEN :oldest AND :newest',
    ExpressionAttributeValues: { ':pk': oldest.pk, ':oldest': oldest.sk, ':newest': newest.sk },
    ScanIndexForward: false,
    ConsistentRead: true,
    Limit: page.first,
  };
}

/** A version range of one wallet's entries: a key range of its partition, strongly consistent. */
export function entriesRequest(TableName: string, walletId: string, range: EntryRange): QueryCommandInput {
  const oldest = entryKey(walletId, range.fromVersion);
  const newest = entryKey(walletId, range.toVersion);
  return {
    TableName,
    KeyConditionExpression: 'pk = :pk AND sk BETWEEN :oldest AND :newest',
    ExpressionAttributeValues: { ':pk': oldest.pk, ':oldest': oldest.sk, ':newest': newest.sk },
    ScanIndexForward: range.order === 'oldestFirst',
    ConsistentRead: true,
    Limit: range.limit,
  };
}

export function getEntryRequest(TableName: string, walletId: string, version: number): GetCommandInput {
  return { TableName, Key: entryKey(walletId, version), ConsistentRead: true };
}

export function getTransferRequest(TableName: string, transferId: string): GetCommandInput {
  return { TableName, Key: transferKey(transferId), ConsistentRead: true };
}

/**
 * The last entry strictly before `at`: one Query on the time index, newest first, one item. A sort key
 * `<occurredAt>#<version>` is below `at` exactly when occurredAt is (fixed-width ISO instants).
 * Index reads are eventually consistent (see positionAt for how the newest entries avoid it).
 */
export function lastEntryBeforeRequest(TableName: string, walletId: string, at: string): QueryCommandInput {
  return {
    TableName,
    IndexName: TIME_INDEX,
    KeyConditionExpression: '#wallet = :wallet AND #sort < :at',
    ExpressionAttributeNames: { '#wallet': TIME_KEY, '#sort': TIME_SORT },
    ExpressionAttributeValues: { ':wallet': timeIndexKey(walletId), ':at': at },
    ScanIndexForward: false,
    Limit: 1,
  };
}

export function getHoldRequest(TableName: string, parts: HoldIdParts): GetCommandInput {
  return { TableName, Key: holdKey(parts.walletId, parts.ordinal), ConsistentRead: true };
}

/** The condition that keeps the holds shown with one status at `now` (a stored PENDING past its expiry shows EXPIRED). */
const STATUS_FILTERS = {
  PENDING: '#status = :pending AND #holdExpiresAt > :now',
  EXPIRED: '#status = :expired OR (#status = :pending AND #holdExpiresAt <= :now)',
  CAPTURED: '#status = :captured',
  VOIDED: '#status = :voided',
} as const;

/**
 * One wallet's hold records, newest first, below `HOLD#<afterOrdinal>` ('~' sorts after every ordinal; inclusive: BETWEEN is, so the caller
 * drops the cursor's own hold) or from `startKey` (exclusive, DynamoDB's own resume point). A status
 * filter is applied after `Limit` items are read: a page may come back short, and the caller reads on.
 */
export function holdsRequest(
  TableName: string,
  walletId: string,
  page: { readonly afterOrdinal?: string; readonly status?: keyof typeof STATUS_FILTERS; readonly now: string },
  limit: number,
  startKey?: Record<string, unknown>,
): QueryCommandInput {
  const low = holdKey(walletId, '');
  const high = page.afterOrdinal === undefined ? `${HOLD_SORT_PREFIX}~` : holdKey(walletId, page.afterOrdinal).sk;
  const filter = page.status && {
    FilterExpression: STATUS_FILTERS[page.status],
    ExpressionAttributeNames: {
      '#status': 'status',
      ...(/holdExpiresAt/.test(STATUS_FILTERS[page.status]) && { '#holdExpiresAt': 'holdExpiresAt' }),
    },
  };
  const values: Record<string, unknown> = { ':pk': low.pk, ':low': low.sk, ':high': high };
  if (page.status === 'PENDING' || page.status === 'EXPIRED') Object.assign(values, { ':pending': 'PENDING', ':now': page.now });
  if (page.status && page.status !== 'PENDING') values[`:${page.status.toLowerCase()}`] = page.status;
  return {
    TableName,
    KeyConditionExpression: 'pk = :pk AND sk BETWEEN :low AND :high',
    ExpressionAttributeValues: values,
    ...filter,
    ScanIndexForward: false,
    ConsistentRead: true,
    Limit: limit,
    ...(startKey && { ExclusiveStartKey: startKey }),
  };
}
