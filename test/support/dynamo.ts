import { randomUUID } from 'node:crypto';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { createDynamoClients } from '../../src/infrastructure/dynamodb/dynamodb-client';
import { ensureWalletTable } from '../../src/infrastructure/dynamodb/wallet-table';

/**
 * A fresh wallet table in the test run's DynamoDB Local. Refuses any endpoint but a local one:
 * these tests create and drop tables.
 */
export async function freshTable() {
  const endpoint = process.env.TEST_DYNAMODB_ENDPOINT;
  if (!endpoint || !/^http:\/\/(127\.0\.0\.1|localhost):\d+$/.test(endpoint)) {
    throw new Error(`Integration tests run only against the DynamoDB Local started by jest's global setup; got ${endpoint}`);
  }
  const tableName = `wallets-test-${randomUUID()}`;
  const { client, documents } = createDynamoClients({ endpoint, region: 'local' });
  await ensureWalletTable(client, tableName);
  return {
    endpoint,
    tableName,
    client,
    documents,
    async drop() {
      await client.send(new DeleteTableCommand({ TableName: tableName }));
      client.destroy();
    },
  };
}

export type TestTable = Awaited<ReturnType<typeof freshTable>>;
