import { GetCommandInput, TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { IdempotencyRecord } from '../../domain/idempotency';
import { LedgerEntry } from '../../domain/ledger-entry';
import { WalletChange } from '../../domain/wallet';
import { assertChangeWritable } from '../../domain/wallet-invariants';
import { TransferRecordWrite } from '../../domain/transfer-record';
import { entryItem } from './entry-item.mapper';
import { holdWrite, idempotencyWrite, TransactItem, transferWrite } from './record-writes';
import { walletKey } from './table-keys';
import { walletItem } from './wallet-item.mapper';

/**
 * The requests of the write path, pure (key and expression building is tested without a client): the
 * strongly consistent read of the wallet a change is computed from, and the one TransactWriteItems that
 * stores the change. Every transaction item that guards a condition asks for ALL_OLD on failure, so a
 * lost race is classified from DynamoDB's own answer, with no second request.
 */

export function getWalletRequest(TableName: string, walletId: string): GetCommandInput {
  return { TableName, Key: walletKey(walletId), ConsistentRead: true };
}

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

export function commitRequest(
  tableName: string,
  changes: readonly WalletChange[],
  record?: IdempotencyRecord,
  transfer?: TransferRecordWrite,
  sentAt?: string,
): CommitRequest {
  const items: TransactItem[] = [];
  const slots: TransactionSlot[] = [];
  for (const change of changes) {
    // The domain computed it; its facts are asserted again here, where a broken change would become history.
    assertChangeWritable(change);
    items.push(walletWrite(tableName, change));
    slots.push({ kind: 'wallet', walletId: change.after.id });
    for (const entry of change.entries) {
      items.push(entryWrite(tableName, entry));
      slots.push({ kind: 'entry', walletId: change.after.id });
    }
    for (const write of change.holds ?? []) {
      items.push(holdWrite(tableName, write, sentAt));
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
 * from: that version, that balance and that time of change. The version alone would do if a store never lost an
 * acknowledged write; DynamoDB Local can, in a crash, and then one version can name two states (the
 * one a process remembers and the one written again after the loss). The balance and the time in the condition
 * keep a remembered state from being built on in that case (the time for a change that left the balance as it was,
 * a hold: a review found a hold written again at the same version and balance built on): the write is rejected, and
 * ALL_OLD corrects the memory.
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
  // One loop, no spreads: every change sends this, and spreads of built objects are slow in V8 (see entryItem.from).
  const sets: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(walletItem.changeable(after))) {
    sets.push(`#${name} = :${name}`);
    names[`#${name}`] = name;
    values[`:${name}`] = value;
  }
  values[':expectedVersion'] = before.version;
  values[':expectedBalance'] = before.balance;
  values[':expectedUpdatedAt'] = before.updatedAt;
  return {
    Update: {
      TableName,
      Key: walletKey(after.id),
      UpdateExpression: `SET ${sets.join(', ')}`,
      ConditionExpression: '#version = :expectedVersion AND #balance = :expectedBalance AND #updatedAt = :expectedUpdatedAt',
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    },
  };
}

/** History is append-only: an entry is never overwritten. */
function entryWrite(TableName: string, entry: LedgerEntry): TransactItem {
  return { Put: { TableName, Item: entryItem.from(entry), ConditionExpression: 'attribute_not_exists(pk)' } };
}
