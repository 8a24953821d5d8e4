import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { signedAmount } from '../../src/domain/ledger-entry';
import { walletKey } from '../../src/infrastructure/dynamodb/table-keys';
import { entryItem, walletItem } from '../../src/infrastructure/dynamodb/wallet-item.mapper';
import { TestTable } from './dynamo';

/**
 * The ledger invariants, read straight from the table (not through the repository under test):
 * versions 0..N contiguous with one entry each, each balanceAfter the running sum of signed
 * amounts, and that sum equal to the wallet's balance at version N.
 */
export async function expectLedgerConsistent(table: Pick<TestTable, 'documents' | 'tableName'>, walletId: string): Promise<void> {
  const items: Record<string, unknown>[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await table.documents.send(new QueryCommand({
      TableName: table.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': walletKey(walletId).pk },
      ConsistentRead: true,
      ExclusiveStartKey,
    }));
    items.push(...(page.Items ?? []));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  const isWallet = (item: Record<string, unknown>) => item.sk === walletKey(walletId).sk;
  const wallet = walletItem.toWallet(items.find(isWallet) ?? {});
  const entries = items.filter((item) => !isWallet(item)).map((item) => entryItem.toEntry(item));
  expect(entries.map((entry) => entry.version)).toEqual(Array.from({ length: wallet.version + 1 }, (_, version) => version));
  expect(entries[0].type).toBe('WALLET_CREATED');
  let running = 0n;
  for (const entry of entries) {
    running += signedAmount(entry);
    expect({ version: entry.version, balanceAfter: entry.balanceAfter }).toEqual({ version: entry.version, balanceAfter: running });
  }
  expect(running).toBe(wallet.balance);
}
