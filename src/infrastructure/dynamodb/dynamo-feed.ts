import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { LocalWalletFeed } from '../../application/local-wallet-feed';
import { Logger } from '../../logger';
import { DynamoConnection, sdkClientConfig } from './dynamodb-client';
import { DEFAULT_POLLING, DynamoStreamSource, StreamPolling } from './wallet-feed';
import { ensureWalletStream } from './wallet-stream';

/**
 * The live feed of a wallet table: its stream enabled (start-up), read by this process while anyone here
 * subscribes. Each process reads the whole stream and serves its own subscribers: no bus between them.
 */
export async function openDynamoFeed(
  connection: DynamoConnection,
  client: DynamoDBClient,
  tableName: string,
  logger: Logger,
  polling: StreamPolling = DEFAULT_POLLING,
): Promise<{ readonly feed: LocalWalletFeed; close(): void }> {
  const streamArn = await ensureWalletStream(client, tableName);
  const streams = new DynamoDBStreamsClient(sdkClientConfig(connection));
  const source = new DynamoStreamSource(streams, streamArn, logger, polling);
  return {
    feed: new LocalWalletFeed(source),
    close() {
      source.stop();
      streams.destroy();
    },
  };
}
