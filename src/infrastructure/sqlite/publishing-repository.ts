import { LocalWalletFeed } from '../../application/local-wallet-feed';
import { IdempotencyRecord } from '../../domain/idempotency';
import { WalletChange } from '../../domain/wallet';
import { TransferRecordWrite } from '../../domain/transfer-record';
import { CommitOutcome } from '../../domain/wallet-repository.port';
import { Statements } from './sqlite-statements';
import { SqliteFileWatch, SqliteWalletRepository } from './sqlite-wallet.repository';
import { WriteTurns } from './write-turns';

/**
 * The SQLite store on one node, announcing each committed entry to the in-process feed right after its
 * COMMIT. node:sqlite is synchronous, so the commit and the announcement happen in one turn of the event
 * loop: listeners hear the entries in commit order, and a subscription that joined the feed before its
 * store read misses none. (Writes by another process on the same file are not heard: one node only.)
 */
export class PublishingSqliteRepository extends SqliteWalletRepository {
  constructor(
    sql: Statements,
    turns: WriteTurns,
    private readonly feed: LocalWalletFeed,
    watch?: SqliteFileWatch,
  ) {
    super(sql, turns, watch);
  }

  override async commit(
    changes: readonly WalletChange[],
    record?: IdempotencyRecord,
    transfer?: TransferRecordWrite,
    sentAt?: string,
  ): Promise<CommitOutcome> {
    const outcome = await super.commit(changes, record, transfer, sentAt);
    if (outcome.status === 'committed') for (const change of changes) for (const entry of change.entries) this.feed.publish(entry);
    return outcome;
  }
}
