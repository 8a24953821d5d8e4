import { Readable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createDynamoClients, withFastProperties } from '../../../src/infrastructure/dynamodb/dynamodb-client';

// V8's own answer to "does this object have fast properties?" (a runtime function, reachable only with this flag).
setFlagsFromString('--allow-natives-syntax');
const hasFastProperties = new Function('object', 'return %HasFastProperties(object)') as (object: object) => boolean;
setFlagsFromString('--no-allow-natives-syntax');

describe("the DynamoDB client's config, read and copied by the SDK's middlewares on every request", () => {
  const local = { endpoint: 'http://127.0.0.1:1', region: 'local' };
  const clients: DynamoDBClient[] = [];
  afterAll(() => {
    for (const client of clients) client.destroy();
  });

  // A canary as much as a check: should an SDK release build its config with fast properties, its first line fails.
  it("is left by the SDK as a hash table (so there is something to gain), and createDynamoClients's has fast properties", () => {
    const plain = new DynamoDBClient(local);
    const { client } = createDynamoClients(local);
    clients.push(plain, client);
    expect(hasFastProperties(plain.config)).toBe(false);
    expect(hasFastProperties(client.config)).toBe(true);
  });

  it('keeps fast properties through requests (the SDK reads and copies it on each)', async () => {
    // A handler that answers every request at once with an empty JSON body, in place of the network.
    const answering = {
      handle: async () => ({
        response: { statusCode: 200, headers: { 'content-type': 'application/x-amz-json-1.0' }, body: Readable.from([Buffer.from('{}')]) },
      }),
    };
    const { client, items } = createDynamoClients(local, { requestHandler: answering });
    clients.push(client);
    for (let i = 0; i < 3; i++) expect(await items.get({ TableName: 'wallets', Key: { pk: 'WALLET#w', sk: 'WALLET' } })).toBeUndefined();
    expect(hasFastProperties(client.config)).toBe(true);
  });

  it('keeps every property, its getter included', () => {
    const plain = new DynamoDBClient(local);
    clients.push(plain);
    const config = plain.config;
    const before = Object.getOwnPropertyDescriptors(config);
    withFastProperties(config);
    expect(Object.getOwnPropertyDescriptors(config)).toEqual(before);
    expect(Object.getOwnPropertyDescriptor(config, 'credentials')?.get).toBeDefined();
    expect(hasFastProperties(config)).toBe(true);
  });
});
