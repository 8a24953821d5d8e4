import { randomUUID } from 'node:crypto';
import { DeleteTableCommand, DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { LedgerEntry } from '../../src/domain/ledger-entry';
import { createDynamoClients } from '../../src/infrastructure/dynamodb/dynamodb-client';
import { unmarshallOptions } from '../../src/infrastructure/dynamodb/item-fields';
import { walletKey } from '../../src/infrastructure/dynamodb/table-keys';
import { entryItem } from '../../src/infrastructure/dynamodb/entry-item.mapper';
import { walletItem } from '../../src/infrastructure/dynamodb/wallet-item.mapper';
import { ensureWalletTable } from '../../src/infrastructure/dynamodb/wallet-table';
import { StoredLedger } from './ledger';

/** The endpoint of the DynamoDB Local jest's global setup started; refuses any other (tests create and drop tables). */
export function testDynamoEndpoint(): string {
  const endpoint = process.env.TEST_DYNAMODB_ENDPOINT;
  if (!endpoint || !/^http:\/\/(127\.0\.0\.1|localhost):\d+$/.test(endpoint)) {
    throw new Error(`Integration tests run only against the DynamoDB Local started by jest's global setup; got ${endpoint}`);
  }
  return endpoint;
}

/**
 * A fresh wallet table in the test run's DynamoDB Local. Refuses any endpoint but a local one:
 * these tests create and drop tables.
 */
export async function freshTable() {
  const endpoint = testDynamoEndpoint();
  const tableName = `wallets-test-${randomUUID()}`;
  const { client, items } = createDynamoClients({ endpoint, region: 'local' });
  await ensureWalletTable(client, tableName);
  const { documents, close: closeDocuments } = documentClientAt(endpoint);
  return {
    endpoint,
    tableName,
    client,
    /** The repository's own client (the one under test). */
    items,
    /** Reads and tampering that must not go through the repository's path: lib-dynamodb on a client of its own. */
    documents,
    /** A wallet and its whole ledger, read straight from the table (not through the repository under test). */
    readLedger: (walletId: string) => readDynamoLedger({ documents, tableName }, walletId),
    /** Every item in the table: wallets, entries and idempotency records. */
    async countItems(): Promise<number> {
      const { Count } = await client.send(new ScanCommand({ TableName: tableName, Select: 'COUNT', ConsistentRead: true }));
      return Count ?? 0;
    },
    tamper: {
      async setInTotal(walletId: string, inTotal: bigint) {
        const update = { UpdateExpression: 'SET inTotal = :inTotal', ExpressionAttributeValues: { ':inTotal': inTotal } };
        await documents.send(new UpdateCommand({ TableName: tableName, Key: walletKey(walletId), ...update }));
      },
      async putEntry(entry: LedgerEntry) {
        await documents.send(new PutCommand({ TableName: tableName, Item: entryItem.from(entry) }));
      },
    },
    async drop() {
      await client.send(new DeleteTableCommand({ TableName: tableName }));
      client.destroy();
      closeDocuments();
    },
  };
}

/**
 * lib-dynamodb's document client on a plain low-level client: an independent way into the table. `close` destroys
 * the low-level client (the document client's own destroy() does nothing).
 */
export function documentClientAt(endpoint: string): { documents: DynamoDBDocumentClient; close: () => void } {
  const client = new DynamoDBClient({ endpoint, region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  const documents = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
    unmarshallOptions: unmarshallOptions(),
  });
  return { documents, close: () => client.destroy() };
}

export type TestTable = Awaited<ReturnType<typeof freshTable>>;

/** A wallet and its ledger straight from a table (one Query on its partition), for the ledger checks. */
export async function readDynamoLedger(
  { documents, tableName }: { documents: DynamoDBDocumentClient; tableName: string },
  walletId: string,
): Promise<StoredLedger> {
  const items: Record<string, unknown>[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await documents.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': walletKey(walletId).pk },
        ConsistentRead: true,
        ExclusiveStartKey,
      }),
    );
    items.push(...(page.Items ?? []));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  const isWallet = (item: Record<string, unknown>) => item.sk === walletKey(walletId).sk;
  const isEntry = (item: Record<string, unknown>) => typeof item.sk === 'string' && item.sk.startsWith('ENTRY#');
  const wallet = items.find(isWallet);
  return {
    wallet: wallet && walletItem.toWallet(wallet),
    entries: items.filter(isEntry).map((item) => entryItem.toEntry(item)),
  };
}
