import { randomUUID } from 'node:crypto';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { createDynamoClients } from '../../src/infrastructure/dynamodb/dynamodb-client';
import { RequestCounter } from '../../src/infrastructure/dynamodb/request-counter';
import { ensureWalletTable } from '../../src/infrastructure/dynamodb/wallet-table';
import { testDynamoEndpoint } from '../support/dynamo';

/**
 * Start-up against a table made beforehand sends only reads, so the least-privilege role of
 * docs/deploying-to-aws.md (no CreateTable, UpdateTable or UpdateTimeToLive) is enough to start.
 */
describe('ensureWalletTable', () => {
  const endpoint = testDynamoEndpoint();
  const { client } = createDynamoClients({ endpoint, region: 'local' });
  const tableName = `wallets-table-${randomUUID()}`;
  afterAll(async () => {
    await client.send(new DeleteTableCommand({ TableName: tableName }));
    client.destroy();
  });

  it('makes a missing table once, and on an existing one only asks', async () => {
    await ensureWalletTable(client, tableName);
    // A service starting again: a client of its own, counted from its first request.
    const restarted = createDynamoClients({ endpoint, region: 'local' }).client;
    const counter = new RequestCounter();
    counter.attach(restarted);
    try {
      await ensureWalletTable(restarted, tableName);
    } finally {
      restarted.destroy();
    }
    expect(Object.keys(counter.snapshot()).sort()).toEqual(['DescribeTable', 'DescribeTimeToLive']);
  });
});
