import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  ExpiredIteratorException,
  GetRecordsCommand,
  GetShardIteratorCommand,
  Shard,
  ShardIteratorType,
  TrimmedDataAccessException,
} from '@aws-sdk/client-dynamodb-streams';
import { setTimeout as sleep } from 'node:timers/promises';
import { FeedSource } from '../../application/wallet-feed.port';
import { LedgerEntry } from '../../domain/ledger-entry';
import { Logger } from '../../logger';
import { entryOfRecord } from './stream-records';

export interface StreamPolling {
  /** Wait after a poll that found nothing (every reader of a shard shares AWS's 5 GetRecords a second). */
  readonly idleMs: number;
  /** The longest wait after failures (doubling from 200 ms). */
  readonly maxBackoffMs: number;
  /** How often the shard list is read again for new shards (splits) when no shard closed meanwhile. */
  readonly shardRefreshMs: number;
}

export const DEFAULT_POLLING: StreamPolling = { idleMs: 250, maxBackoffMs: 5_000, shardRefreshMs: 30_000 };

/**
 * The table's DynamoDB stream, read whole by this process while anyone here listens: every open shard from
 * LATEST at start (what came before is the subscriptions' store replay), shards that appear later (splits)
 * from their start, closed shards dropped. Each reading is a generation: stop() ends it, start() begins a
 * fresh one, so a reading that was still waiting for an answer publishes nothing after its stop.
 */
export class DynamoStreamSource implements FeedSource {
  private generation = 0;

  constructor(
    private readonly streams: DynamoDBStreamsClient,
    private readonly streamArn: string,
    private readonly logger: Logger,
    private readonly polling: StreamPolling = DEFAULT_POLLING,
  ) {}

  async start(publish: (entry: LedgerEntry) => void): Promise<void> {
    const generation = ++this.generation;
    const shards = await this.shards();
    const cursors = new Map<string, string>();
    for (const shard of shards) {
      if (shard.ShardId && !shard.SequenceNumberRange?.EndingSequenceNumber)
        cursors.set(shard.ShardId, await this.iterator(shard.ShardId, 'LATEST'));
    }
    const seen = new Set(shards.flatMap((shard) => (shard.ShardId ? [shard.ShardId] : [])));
    void this.read(generation, cursors, seen, publish).catch((error: unknown) =>
      this.logger.error('DynamoDB stream reading stopped', { error: String(error) }),
    );
  }

  stop(): void {
    this.generation += 1;
  }

  private async read(generation: number, cursors: Map<string, string>, seen: Set<string>, publish: (entry: LedgerEntry) => void) {
    let failures = 0;
    let refreshedAt = Date.now();
    while (generation === this.generation) {
      let received = 0;
      let closed = false;
      try {
        for (const [shardId, iterator] of cursors) {
          const next = await this.poll(shardId, iterator, (entry) => generation === this.generation && publish(entry));
          received += next.received;
          if (next.iterator) cursors.set(shardId, next.iterator);
          else closed = cursors.delete(shardId);
        }
        if (closed || Date.now() - refreshedAt > this.polling.shardRefreshMs) {
          refreshedAt = Date.now();
          await this.followNewShards(cursors, seen);
        }
        failures = 0;
      } catch (error) {
        failures += 1;
        this.logger.error('DynamoDB stream read failed; retrying', { error: String(error), failures });
      }
      const wait = failures > 0 ? Math.min(this.polling.maxBackoffMs, 200 * 2 ** (failures - 1)) : received > 0 ? 0 : this.polling.idleMs;
      await sleep(wait);
    }
  }

  /** One GetRecords on a shard; an iterator that expired or points at trimmed data restarts at LATEST (the store fills what it skips). */
  private async poll(shardId: string, iterator: string, publish: (entry: LedgerEntry) => void) {
    try {
      const { Records = [], NextShardIterator } = await this.streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 1000 }));
      for (const record of Records) {
        const entry = entryOfRecord(record);
        if (entry) publish(entry);
      }
      return { received: Records.length, iterator: NextShardIterator };
    } catch (error) {
      if (!(error instanceof ExpiredIteratorException) && !(error instanceof TrimmedDataAccessException)) throw error;
      this.logger.info?.('DynamoDB stream iterator restarted at LATEST', { shardId, reason: error.name });
      return { received: 0, iterator: await this.iterator(shardId, 'LATEST') };
    }
  }

  /** Shards that did not exist when reading began are read from their first record: all of it is new. */
  private async followNewShards(cursors: Map<string, string>, seen: Set<string>): Promise<void> {
    for (const shard of await this.shards()) {
      if (!shard.ShardId || seen.has(shard.ShardId)) continue;
      seen.add(shard.ShardId);
      cursors.set(shard.ShardId, await this.iterator(shard.ShardId, 'TRIM_HORIZON'));
    }
  }

  private async shards(): Promise<Shard[]> {
    const shards: Shard[] = [];
    let after: string | undefined;
    do {
      const { StreamDescription } = await this.streams.send(
        new DescribeStreamCommand({ StreamArn: this.streamArn, ExclusiveStartShardId: after }),
      );
      shards.push(...(StreamDescription?.Shards ?? []));
      after = StreamDescription?.LastEvaluatedShardId;
    } while (after);
    return shards;
  }

  private async iterator(shardId: string, type: ShardIteratorType): Promise<string> {
    const { ShardIterator } = await this.streams.send(
      new GetShardIteratorCommand({ StreamArn: this.streamArn, ShardId: shardId, ShardIteratorType: type }),
    );
    if (!ShardIterator) throw new Error(`No ${type} iterator for shard ${shardId}`);
    return ShardIterator;
  }
}
