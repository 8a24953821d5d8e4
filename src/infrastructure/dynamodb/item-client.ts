import { AttributeValue, DynamoDBClient, GetItemCommand, QueryCommand, TransactWriteItemsCommand } from '@aws-sdk/client-dynamodb';
import { GetCommandInput, QueryCommandInput, TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { Item, unmarshallOptions } from './item-fields';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];
type Values = Record<string, unknown> | undefined;

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

  async query(input: QueryCommandInput): Promise<{ items: Item[]; lastKey?: Item }> {
    const { Items = [], LastEvaluatedKey } = await this.client.send(
      new QueryCommand({
        ...input,
        ExclusiveStartKey: input.ExclusiveStartKey && values(input.ExclusiveStartKey),
        ExpressionAttributeValues: input.ExpressionAttributeValues && values(input.ExpressionAttributeValues),
      }),
    );
    const items = Items.map((item) => unmarshall(item, unmarshallOptions()));
    return { items, lastKey: LastEvaluatedKey && unmarshall(LastEvaluatedKey, unmarshallOptions()) };
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
