import { GetCommandInput, QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { HoldIdParts } from '../../domain/hold-id';
import { EntryRange, HistoryPage, WalletsPage } from '../../domain/wallet-repository.port';
import {
  entryKey,
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
} from './table-keys';

/** Pure builders of the repository's reads: strongly consistent where DynamoDB allows it, never a Scan. */

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

/** Entries of one wallet, newest first, `page.first` of them (the resolver asks one more than it shows, to know if a next page exists). */
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
