import { QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { HOLD_SORT_PREFIX, holdKey } from './table-keys';

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
