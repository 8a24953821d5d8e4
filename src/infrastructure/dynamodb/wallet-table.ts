import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  GlobalSecondaryIndex,
  ResourceInUseException,
  ResourceNotFoundException,
  UpdateTableCommand,
  DescribeTimeToLiveCommand,
  UpdateTimeToLiveCommand,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';
import { setTimeout as sleep } from 'node:timers/promises';
import { OWNER_INDEX, OWNER_KEY, OWNER_SORT, PARTITION_KEY, SORT_KEY, TIME_INDEX, TIME_KEY, TIME_SORT, TTL_ATTRIBUTE } from './table-keys';

const OWNER_INDEX_DEFINITION: GlobalSecondaryIndex = {
  IndexName: OWNER_INDEX,
  KeySchema: [
    { AttributeName: OWNER_KEY, KeyType: 'HASH' },
    { AttributeName: OWNER_SORT, KeyType: 'RANGE' },
  ],
  // A listing shows balances and versions without a second read per wallet.
  Projection: { ProjectionType: 'ALL' },
};

/** Entries by time (sparse: only entry items carry its keys). ALL: a balance as of a moment is one Query. */
const TIME_INDEX_DEFINITION: GlobalSecondaryIndex = {
  IndexName: TIME_INDEX,
  KeySchema: [
    { AttributeName: TIME_KEY, KeyType: 'HASH' },
    { AttributeName: TIME_SORT, KeyType: 'RANGE' },
  ],
  Projection: { ProjectionType: 'ALL' },
};

const INDEXES = [OWNER_INDEX_DEFINITION, TIME_INDEX_DEFINITION];

const ATTRIBUTES = [
  { AttributeName: PARTITION_KEY, AttributeType: 'S' as const },
  { AttributeName: SORT_KEY, AttributeType: 'S' as const },
  { AttributeName: OWNER_KEY, AttributeType: 'S' as const },
  { AttributeName: OWNER_SORT, AttributeType: 'S' as const },
  { AttributeName: TIME_KEY, AttributeType: 'S' as const },
  { AttributeName: TIME_SORT, AttributeType: 'S' as const },
];

/**
 * Creates the wallet table if it is missing (on-demand capacity, TTL on idempotency records) and
 * waits until it is active. Safe to call from several processes at once. Asks before creating, so a
 * role allowed only to use a table made beforehand (docs/deploying-to-aws.md) starts without CreateTable.
 */
export async function ensureWalletTable(client: DynamoDBClient, tableName: string): Promise<void> {
  if (!(await tableExists(client, tableName))) await createWalletTable(client, tableName);
  await waitUntilTableExists({ client, maxWaitTime: 60, minDelay: 1, maxDelay: 2 }, { TableName: tableName });
  for (const index of INDEXES) await ensureIndex(client, tableName, index);
  await ensureTimeToLive(client, tableName);
}

async function tableExists(client: DynamoDBClient, tableName: string): Promise<boolean> {
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
    return true;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return false;
    throw error;
  }
}

async function createWalletTable(client: DynamoDBClient, tableName: string): Promise<void> {
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        AttributeDefinitions: ATTRIBUTES,
        GlobalSecondaryIndexes: INDEXES,
        KeySchema: [
          { AttributeName: PARTITION_KEY, KeyType: 'HASH' },
          { AttributeName: SORT_KEY, KeyType: 'RANGE' },
        ],
        BillingMode: 'PAY_PER_REQUEST',
      }),
    );
  } catch (error) {
    // Another process made it a moment ago.
    if (!(error instanceof ResourceInUseException)) throw error;
  }
}

/**
 * TTL on the idempotency records' expiry. Asked first, so a restart sends no update; should the update
 * fail, the status is asked again: another process enabling it a moment ago is success, anything else is not.
 * (Typed answers only: no error message is parsed.)
 */
async function ensureTimeToLive(client: DynamoDBClient, tableName: string): Promise<void> {
  const enabled = async () => {
    const { TimeToLiveDescription } = await client.send(new DescribeTimeToLiveCommand({ TableName: tableName }));
    const status = TimeToLiveDescription?.TimeToLiveStatus;
    return TimeToLiveDescription?.AttributeName === TTL_ATTRIBUTE && (status === 'ENABLED' || status === 'ENABLING');
  };
  if (await enabled()) return;
  try {
    await client.send(
      new UpdateTimeToLiveCommand({ TableName: tableName, TimeToLiveSpecification: { AttributeName: TTL_ATTRIBUTE, Enabled: true } }),
    );
  } catch (error) {
    if (!(await enabled())) throw error;
  }
}

/**
 * A table made before an index existed gains it (the owner index, the time index) and waits until it can
 * be queried. Items written before do not carry the time index's keys: see HistoryNotIndexedError.
 */
async function ensureIndex(client: DynamoDBClient, tableName: string, definition: GlobalSecondaryIndex): Promise<void> {
  const indexStatus = async () => {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    return Table?.GlobalSecondaryIndexes?.find((index) => index.IndexName === definition.IndexName)?.IndexStatus;
  };
  if ((await indexStatus()) === undefined) {
    try {
      await client.send(
        new UpdateTableCommand({
          TableName: tableName,
          AttributeDefinitions: ATTRIBUTES,
          GlobalSecondaryIndexUpdates: [{ Create: definition }],
        }),
      );
    } catch (error) {
      // Another process added it a moment ago.
      if (!(error instanceof ResourceInUseException)) throw error;
    }
  }
  for (let waited = 0; (await indexStatus()) !== 'ACTIVE'; waited += 1) {
    if (waited >= 120) throw new Error(`Index ${definition.IndexName} of table ${tableName} did not become active within 2 minutes`);
    await sleep(1000);
  }
}

/**
 * A table's states in which it takes reads and writes: ACTIVE, and UPDATING (a change of capacity, stream, index or
 * settings on AWS, which can last minutes while the table serves: every instance unready then would be an outage).
 */
const SERVING_STATUSES = new Set(['ACTIVE', 'UPDATING']);

/**
 * True when the table answers and serves: the readiness probe behind GET /health. Otherwise it throws why (the
 * request's failure, or the table's status), which readiness logs.
 */
export async function isTableReachable(client: DynamoDBClient, tableName: string): Promise<boolean> {
  const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
  if (Table?.TableStatus !== undefined && SERVING_STATUSES.has(Table.TableStatus)) return true;
  throw new Error(`Table ${tableName} is ${Table?.TableStatus ?? 'without a status'}`);
}
