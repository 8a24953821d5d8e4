import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DynamoDBDocumentClient,
  GetCommand,
  GetCommandInput,
  TransactWriteCommand,
  TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { Item, unmarshallOptions } from '../../../src/infrastructure/dynamodb/item-fields';
import { LOCAL_CREDENTIALS } from '../../../src/infrastructure/dynamodb/local-signer';

/**
 * The DynamoDB client a hand-written server has: the SDK as its documentation shows it, lib-dynamodb's
 * document client over a default DynamoDBClient (SigV4 signing, the user-agent headers, the middleware
 * stack resolved per request), with the dummy credentials DynamoDB Local takes. Only what exact money
 * needs is set: numbers come back exact, as every reader of this table must have them.
 * The peers on it are the bench's "SDK defaults" peers; the others share the service's tuned client.
 */
export function stockDynamoClients(endpoint: string): { client: DynamoDBClient; items: StockItems } {
  const client = new DynamoDBClient({ endpoint, region: 'local', credentials: LOCAL_CREDENTIALS });
  const document = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
    unmarshallOptions: unmarshallOptions(),
  });
  return { client, items: new StockItems(document) };
}

/** ItemClient's two requests the bench's increase makes (BaselineStore), sent through the document client. */
export class StockItems {
  constructor(private readonly document: DynamoDBDocumentClient) {}

  async get(input: GetCommandInput): Promise<Item | undefined> {
    return (await this.document.send(new GetCommand(input))).Item;
  }

  /** A cancelled transaction throws TransactionCanceledException, its reasons' items marshalled, as ItemClient's does. */
  async transactWrite(input: TransactWriteCommandInput): Promise<void> {
    await this.document.send(new TransactWriteCommand(input));
  }
}
