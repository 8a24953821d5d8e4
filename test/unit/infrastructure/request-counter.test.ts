import { DynamoDBClient, DynamoDBClientConfig, GetItemCommand, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { RequestCounter } from '../../../src/infrastructure/dynamodb/request-counter';

/** One canned DynamoDB answer (JSON 1.0 protocol), as the SDK's HTTP handler would return it. */
interface Answer {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

const ok: Answer = { status: 200, body: {} };
const serverError: Answer = { status: 500, body: { __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError', message: 'boom' } };
const cancelled = (...codes: string[]): Answer => ({
  status: 400,
  body: {
    __type: 'com.amazonaws.dynamodb.v20120810#TransactionCanceledException',
    message: 'Transaction cancelled',
    CancellationReasons: codes.map((Code) => ({ Code })),
  },
});

/**
 * A client whose HTTP handler answers from a script instead of the network: the counter is tested
 * on the SDK's real middleware stack, retries included, with no DynamoDB running.
 */
function scriptedClient(answers: Answer[]) {
  const requestHandler: DynamoDBClientConfig['requestHandler'] = {
    async handle() {
      const answer = answers.shift() ?? ok;
      return {
        response: {
          statusCode: answer.status,
          headers: { 'content-type': 'application/x-amz-json-1.0' },
          body: Buffer.from(JSON.stringify(answer.body)),
        },
      };
    },
    updateHttpClientConfig: () => undefined,
    httpHandlerConfigs: () => ({}),
  };
  const client = new DynamoDBClient({
    region: 'local',
    endpoint: 'http://127.0.0.1:1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 3,
    requestHandler,
  });
  const counter = new RequestCounter();
  counter.attach(client);
  return { client, documents: DynamoDBDocumentClient.from(client), counter };
}

const key = { pk: 'WALLET#w1', sk: 'WALLET' };
const transaction = { TransactItems: [{ ConditionCheck: { TableName: 't1', Key: key, ConditionExpression: 'attribute_exists(pk)' } }] };

describe('RequestCounter', () => {
  it('counts one command and one attempt per send, by DynamoDB operation name', async () => {
    const { client, documents, counter } = scriptedClient([]);
    await documents.send(new GetCommand({ TableName: 't1', Key: key }));
    await client.send(new GetItemCommand({ TableName: 't1', Key: { pk: { S: key.pk }, sk: { S: key.sk } } }));
    await documents.send(new TransactWriteCommand(transaction));
    expect(counter.snapshot()).toEqual({
      GetItem: { commands: 2, attempts: 2, failed: 0, cancellations: {} },
      TransactWriteItems: { commands: 1, attempts: 1, failed: 0, cancellations: {} },
    });
  });

  it("counts the SDK's own retries as attempts, not as commands", async () => {
    const { documents, counter } = scriptedClient([serverError, ok]);
    await documents.send(new GetCommand({ TableName: 't1', Key: key }));
    expect(counter.snapshot().GetItem).toEqual({ commands: 1, attempts: 2, failed: 0, cancellations: {} });
  });

  it('counts a cancelled transaction once, by each distinct reason code', async () => {
    const { documents, counter } = scriptedClient([
      cancelled('ConditionalCheckFailed', 'None'),
      cancelled('TransactionConflict', 'TransactionConflict'),
    ]);
    await expect(documents.send(new TransactWriteCommand(transaction))).rejects.toBeInstanceOf(TransactionCanceledException);
    await expect(documents.send(new TransactWriteCommand(transaction))).rejects.toBeInstanceOf(TransactionCanceledException);
    expect(counter.snapshot().TransactWriteItems).toEqual({
      commands: 2,
      attempts: 2,
      failed: 2,
      cancellations: { ConditionalCheckFailed: 1, TransactionConflict: 1 },
    });
  });

  it('hands out copies: a snapshot does not move with later requests', async () => {
    const { documents, counter } = scriptedClient([]);
    await documents.send(new GetCommand({ TableName: 't1', Key: key }));
    const before = counter.snapshot();
    await documents.send(new GetCommand({ TableName: 't1', Key: key }));
    expect(before.GetItem.commands).toBe(1);
    expect(counter.snapshot().GetItem.commands).toBe(2);
  });
});
