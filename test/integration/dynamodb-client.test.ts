import { randomUUID } from 'node:crypto';
import { CreateTableCommand, DeleteTableCommand, DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { createDynamoClients } from '../../src/infrastructure/dynamodb/dynamodb-client';
import { LOCAL_CREDENTIALS } from '../../src/infrastructure/dynamodb/local-signer';
import { testDynamoEndpoint } from '../support/dynamo';

type Client = ReturnType<typeof createDynamoClients>['client'];

/** The headers of the request `client` sends, read after every finalize step (signing included); nothing leaves. */
async function sentHeaders(client: Client): Promise<Record<string, string>> {
  let headers: Record<string, string> | undefined;
  client.middlewareStack.add(
    () => async (args) => {
      headers = { ...(args.request as { headers: Record<string, string> }).headers };
      throw new Error('stopped before sending');
    },
    { step: 'deserialize', name: 'captureSentHeaders' },
  );
  await expect(client.send(new ListTablesCommand({}))).rejects.toThrow('stopped before sending');
  client.destroy();
  if (!headers) throw new Error('no request was built');
  return headers;
}

describe('the DynamoDB clients, for AWS or for DynamoDB Local', () => {
  const day = () => new Date().toISOString().slice(0, 10).replaceAll('-', '');

  it('signs every request to AWS with SigV4', async () => {
    const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
    const headers = await sentHeaders(createDynamoClients({ region: 'eu-west-1' }, { credentials }).client);
    expect(headers.authorization).toMatch(
      new RegExp(
        `^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/${day()}/eu-west-1/dynamodb/aws4_request, SignedHeaders=\\S+, Signature=[0-9a-f]{64}$`,
      ),
    );
    expect(headers['x-amz-date']).toMatch(/^\d{8}T\d{6}Z$/);
    expect(headers['x-amz-user-agent']).toMatch(/^aws-sdk-js\//);
  });

  it('names the key and region to DynamoDB Local, unsigned: no signature is computed for a store that checks none', async () => {
    const headers = await sentHeaders(createDynamoClients({ endpoint: 'http://127.0.0.1:9', region: 'local' }).client);
    expect(headers.authorization).toBe(
      `AWS4-HMAC-SHA256 Credential=local/${day()}/local/dynamodb/aws4_request, SignedHeaders=host, Signature=unsigned`,
    );
    expect(headers['x-amz-date']).toBeUndefined();
    // Nor the user-agent headers, which only AWS reads; the SDK's user agent is still sent to AWS (above).
    expect(headers['x-amz-user-agent']).toBeUndefined();
  });

  it('is answered by the real DynamoDB Local, in the database of that key and region', async () => {
    const endpoint = testDynamoEndpoint();
    const { client } = createDynamoClients({ endpoint, region: 'local' });
    // A client as the SDK makes it by default: the same key and region, signed.
    const signed = new DynamoDBClient({ endpoint, region: 'local', credentials: LOCAL_CREDENTIALS });
    const TableName = `unsigned-${randomUUID()}`;
    try {
      await client.send(
        new CreateTableCommand({
          TableName,
          AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
          KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
          BillingMode: 'PAY_PER_REQUEST',
        }),
      );
      // The same key and region, signed as before: DynamoDB Local shows the same database.
      expect((await signed.send(new ListTablesCommand({}))).TableNames).toContain(TableName);
      await client.send(new DeleteTableCommand({ TableName }));
      expect((await signed.send(new ListTablesCommand({}))).TableNames).not.toContain(TableName);
    } finally {
      client.destroy();
      signed.destroy();
    }
  });
});
