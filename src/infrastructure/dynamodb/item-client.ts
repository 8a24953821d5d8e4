import { AttributeValue, DynamoDBClient, GetItemCommand, QueryCommand, TransactWriteItemsCommand } from '@aws-sdk/client-dynamodb';
import { GetCommandInput, QueryCommandInput, TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { Item, unmarshallOptions } from './item-fields';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];
type Values = Record<string, unknown> | undefined;

/** Requests one query may make when DynamoDB's 1 MB page ends it early (a page of 100 entries is at most ~1.5 MB). */
export const MAX_QUERY_PAGES = 4;

/** The request builders' plain items go out as attribute values; an undefined field is left out, never stored. */
const MARSHALL = { removeUndefinedValues: true } as const;

/**
 * The repository's three kinds of DynamoDB request, with items in plain JavaScript: the request
 * builders (wallet-requests.ts, read-requests.ts) write lib-dynamodb's input shapes, and util-dynamodb
 * marshalls them here; numbers come back exact (item-fields.ts).
 *
 * Why not lib-dynamodb's document client: it resolves the SDK's middleware stack twice on every
 * request, and it refuses the client's `cacheMiddleware` (aws-sdk-js-v3 PRs #7762 and #7801), which
 * resolves it once per command class. Resolving cost about 7% of the service's CPU per increase. So the
 * client given here has `cacheMiddleware` on (dynamodb-client.ts), and its middleware is added before
 * its first request.
 */
export class ItemClient {
  constructor(readonly client: DynamoDBClient) {}

  async get(input: GetCommandInput): Promise<Item | undefined> {
    const { Item: found } = await this.client.send(new GetItemCommand({ ...input, Key: values(input.Key) }));
    return found && unmarshall(found, unmarshallOptions());
  }

  /**
   * Up to `Limit` items. DynamoDB also ends a page after 1 MB read: 100 entries with large metadata are
   * more. A page that stopped there (fewer items examined than asked, and a key to go on from) is read on,
   * at most MAX_QUERY_PAGES requests; a page that stopped at its Limit, or after a filter, is as asked.
   */
  async query(input: QueryCommandInput): Promise<{ items: Item[]; lastKey?: Item }> {
    const items: Item[] = [];
    const ExpressionAttributeValues = input.ExpressionAttributeValues && values(input.ExpressionAttributeValues);
    let start = input.ExclusiveStartKey && values(input.ExclusiveStartKey);
    let left = input.Limit;
    for (let page = 1; ; page++) {
      const answer = await this.client.send(
        new QueryCommand({ ...input, ExpressionAttributeValues, ExclusiveStartKey: start, Limit: left }),
      );
      for (const item of answer.Items ?? []) items.push(unmarshall(item, unmarshallOptions()));
      start = answer.LastEvaluatedKey;
      const examined = answer.ScannedCount ?? answer.Count ?? 0;
      if (!start || left === undefined || examined >= left || page >= MAX_QUERY_PAGES) break;
      left -= examined;
    }
    return { items, lastKey: start && unmarshall(start, unmarshallOptions()) };
  }

  /** A cancelled transaction throws the SDK's TransactionCanceledException; its reasons' items stay marshalled. */
  async transactWrite(input: TransactWriteCommandInput): Promise<void> {
    await this.client.send(new TransactWriteItemsCommand({ ...input, TransactItems: input.TransactItems?.map(transactItem) }));
  }
}

/** One item of a transaction, its one request marshalled (Put, Update, Delete or ConditionCheck). */
function transactItem({ Put, Update, Delete, ConditionCheck }: TransactItem) {
  if (Put) return { Put: { ...Put, Item: values(Put.Item), ExpressionAttributeValues: optionalValues(Put.ExpressionAttributeValues) } };
  if (Update)
    return { Update: { ...Update, Key: values(Update.Key), ExpressionAttributeValues: optionalValues(Update.ExpressionAttributeValues) } };
  if (Delete)
    return { Delete: { ...Delete, Key: values(Delete.Key), ExpressionAttributeValues: optionalValues(Delete.ExpressionAttributeValues) } };
  if (ConditionCheck) {
    const { Key, ExpressionAttributeValues } = ConditionCheck;
    return {
      ConditionCheck: { ...ConditionCheck, Key: values(Key), ExpressionAttributeValues: optionalValues(ExpressionAttributeValues) },
    };
  }
  throw new Error('A transaction item names no request');
}

function values(record: Values): Record<string, AttributeValue> {
  return marshall(record ?? {}, MARSHALL);
}

function optionalValues(record: Values): Record<string, AttributeValue> | undefined {
  return record && values(record);
}
