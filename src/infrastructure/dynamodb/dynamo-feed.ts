import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { LocalWalletFeed } from '../../application/local-wallet-feed';
import { NO_METRICS, ServiceMetrics } from '../../application/service-metrics.port';
import { Logger } from '../../logger';
import { DynamoConnection, sdkClientConfig } from './dynamodb-client';
import { reportDynamoRequests } from './dynamodb-metrics';
import { DEFAULT_POLLING, DynamoStreamSource, StreamPolling } from './wallet-feed';
import { ensureWalletStream } from './wallet-stream';

/**
 * The live feed of a wallet table: its stream enabled (start-up), read by this process while anyone here
 * subscribes. Each process reads the whole stream and serves its own subscribers: no bus between them. Its reads are
 * counted as the table's requests are (wallet_dynamodb_requests_total: GetRecords, throttled with two readers or more).
 */
export async function openDynamoFeed(
  connection: DynamoConnection,
  client: DynamoDBClient,
  tableName: string,
  logger: Logger,
  polling: StreamPolling = DEFAULT_POLLING,
  metrics: ServiceMetrics = NO_METRICS,
): Promise<{ readonly feed: LocalWalletFeed; close(): void }> {
  const streamArn = await ensureWalletStream(client, tableName);
  const streams = new DynamoDBStreamsClient(sdkClientConfig(connection));
  reportDynamoRequests(streams, metrics, logger, 'debug');
  const source = new DynamoStreamSource(streams, streamArn, logger, polling);
  return {
    feed: new LocalWalletFeed(source),
    close() {
      source.stop();
      streams.destroy();
    },
  };
}
