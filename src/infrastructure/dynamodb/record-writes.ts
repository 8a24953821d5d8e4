import { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { IdempotencyRecord } from '../../domain/idempotency';
import { HoldWrite, unexpiredCheckAt } from '../../domain/wallet';
import { TransferRecordWrite } from '../../domain/transfer-record';
import { holdItem } from './hold-item.mapper';
import { idempotencyItem } from './idempotency-item.mapper';
import { transferItem } from './transfer-item.mapper';

/**
 * The items a commit writes besides the wallets and their entries: hold records, the idempotency record
 * and a transfer's record, each guarded by what the change expects it to be (ALL_OLD on failure).
 */

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

const HOLD_CONDITIONS: Record<HoldWrite['expect'], string> = {
  NEW: 'attribute_not_exists(pk)',
  PENDING: '#status = :pending',
  // The store, not only the caller's memory, refuses a capture or a void once the writer's clock passed the expiry.
  PENDING_UNEXPIRED: '#status = :pending AND #holdExpiresAt > :now',
};

/**
 * The hold record as the change leaves it (a Put of the whole item: every field but status, capturedAmount
 * and resolvedAt is fixed at placing, and the mapper declares the item once), guarded by what the change expects;
 * a capture or a void by the writer's clock as the request is sent (`sentAt`, see unexpiredCheckAt).
 */
export function holdWrite(TableName: string, write: HoldWrite, sentAt?: string): TransactItem {
  const { hold, expect } = write;
  const guarded = expect !== 'NEW';
  const unexpired = expect === 'PENDING_UNEXPIRED';
  return {
    Put: {
      TableName,
      Item: holdItem.from(hold),
      ConditionExpression: HOLD_CONDITIONS[expect],
      ...(guarded && {
        ExpressionAttributeNames: { '#status': 'status', ...(unexpired && { '#holdExpiresAt': 'holdExpiresAt' }) },
        ExpressionAttributeValues: { ':pending': 'PENDING', ...(unexpired && { ':now': unexpiredCheckAt(write, sentAt) }) },
      }),
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    },
  };
}

/** A key is free when no record holds it, or when its record had expired when this one was made (TTL deletion lags). */
export function idempotencyWrite(TableName: string, record: IdempotencyRecord): TransactItem {
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
export function transferWrite(TableName: string, { record, expectedReversed }: TransferRecordWrite): TransactItem {
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
