import {
  DescribeTableCommand,
  DynamoDBClient,
  ResourceInUseException,
  TableDescription,
  UpdateTableCommand,
} from '@aws-sdk/client-dynamodb';
import { setTimeout as sleep } from 'node:timers/promises';

/** Views of a stream that carry the new item: the feed reads ledger entries from NewImage. */
const USABLE_VIEWS = new Set(['NEW_IMAGE', 'NEW_AND_OLD_IMAGES']);

/**
 * The table's DynamoDB stream, enabled if it is not (NEW_IMAGE), and its ARN once the table is active
 * again. On AWS the same setting is `StreamSpecification: { StreamEnabled: true, StreamViewType: NEW_IMAGE }`
 * (docs/subscriptions.md). Safe to call from several processes at once: a concurrent enablement wins.
 */
export async function ensureWalletStream(client: DynamoDBClient, tableName: string): Promise<string> {
  const describe = async () => (await client.send(new DescribeTableCommand({ TableName: tableName }))).Table;
  let table = await describe();
  if (!table?.StreamSpecification?.StreamEnabled) {
    try {
      await client.send(
        new UpdateTableCommand({ TableName: tableName, StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' } }),
      );
    } catch (error) {
      // Another process is updating the table (enabling it too, or adding the index): see below what it became.
      if (!(error instanceof ResourceInUseException) && !(error instanceof Error && error.name === 'ValidationException')) throw error;
    }
  }
  for (let waited = 0; ; waited += 1) {
    table = await describe();
    const arn = usableStream(tableName, table);
    if (arn && table?.TableStatus === 'ACTIVE') return arn;
    if (waited >= 120) throw new Error(`The stream of table ${tableName} did not become usable within 2 minutes`);
    await sleep(waited < 10 ? 200 : 1000);
  }
}

function usableStream(tableName: string, table: TableDescription | undefined): string | undefined {
  const spec = table?.StreamSpecification;
  if (!spec?.StreamEnabled) return undefined;
  if (!USABLE_VIEWS.has(spec.StreamViewType ?? ''))
    throw new Error(`Table ${tableName} has a ${spec.StreamViewType} stream; subscriptions need NEW_IMAGE or NEW_AND_OLD_IMAGES`);
  return table?.LatestStreamArn;
}
