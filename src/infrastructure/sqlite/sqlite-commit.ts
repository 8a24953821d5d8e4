import { IdempotencyRecord } from '../../domain/idempotency';
import { checkedWallet } from '../../domain/read-invariants';
import { TransferRecord, TransferRecordWrite } from '../../domain/transfer-record';
import { HoldWrite, unexpiredCheckAt, WalletChange } from '../../domain/wallet';
import { CommitOutcome, StaleHold, StaleWallet } from '../../domain/wallet-repository.port';
import { holdRow } from './hold-row.mapper';
import { idempotencyRow } from './idempotency-row.mapper';
import { Statements } from './sqlite-statements';
import { entryRow, walletRow } from './sqlite-row.mapper';
import { transferRow } from './transfer-row.mapper';

/**
 * The body of a commit, inside the transaction the repository opened: each guarded write that changes no
 * row is a lost race; the row as it is now (read in the same transaction, SQLite's counterpart of ALL_OLD)
 * says who won. Any loss rejects all, and the repository rolls back.
 */
export function writeCommit(
  sql: Statements,
  changes: readonly WalletChange[],
  record?: IdempotencyRecord,
  transfer?: TransferRecordWrite,
  sentAt?: string,
): CommitOutcome {
  const stale: StaleWallet[] = [];
  const staleHolds: StaleHold[] = [];
  for (const change of changes) {
    const { before, after } = change;
    const written = before
      ? sql.changeWallet.run(...walletRow.changeParams(before, after))
      : sql.openWallet.run(...walletRow.params(after));
    if (Number(written.changes) === 0) {
      const row = sql.findWallet.get(after.id);
      stale.push({ walletId: after.id, current: row && checkedWallet(walletRow.toWallet(row)) });
    }
    for (const write of change.holds ?? []) {
      if (writeHold(sql, write, sentAt)) continue;
      const row = sql.findHold.get(write.hold.id);
      staleHolds.push({ holdId: write.hold.id, current: row && holdRow.toHold(row) });
    }
  }
  let takenBy: IdempotencyRecord | undefined;
  if (record && Number(sql.claimKey.run(...idempotencyRow.params(record)).changes) === 0) {
    const row = sql.findRecord.get(record.owner, record.key);
    takenBy = row && idempotencyRow.toRecord(row);
  }
  const transferNow = transfer && moveTransfer(sql, transfer);
  if (stale.length > 0 || takenBy || transferNow || staleHolds.length > 0) {
    return {
      status: 'rejected',
      stale,
      ...(takenBy && { takenBy }),
      ...(transferNow && { transferNow }),
      ...(staleHolds.length > 0 && { staleHolds }),
    };
  }
  // Every wallet moved from the version it was read at, so its next entries cannot exist: a failure here is corruption.
  for (const { entries } of changes) for (const entry of entries) sql.insertEntry.run(...entryRow.params(entry));
  return { status: 'committed' };
}

/** Writes a transfer's record; the record as it is now when a reversal's condition on it failed. */
function moveTransfer(sql: Statements, { record, expectedReversed }: TransferRecordWrite): TransferRecord | undefined {
  if (expectedReversed === undefined) {
    sql.insertTransfer.run(...transferRow.params(record));
    return undefined;
  }
  if (Number(sql.moveTransfer.run(record.reversed, record.transferId, expectedReversed, record.amount).changes) > 0) return undefined;
  const row = sql.findTransfer.get(record.transferId);
  if (!row) throw new Error(`Transfer ${record.transferId} has no record to move on`);
  return transferRow.toRecord(row);
}

/**
 * The hold record as the change leaves it, if it is as the change expects: the DynamoDB conditions, as WHERE
 * clauses; a capture or a void by the writer's clock as the attempt is sent (`sentAt`, see unexpiredCheckAt).
 */
function writeHold(sql: Statements, write: HoldWrite, sentAt?: string): boolean {
  const { hold, expect } = write;
  if (expect === 'NEW') return Number(sql.insertHold.run(...holdRow.params(hold)).changes) === 1;
  const set = [hold.status, hold.capturedAmount, hold.resolvedAt ?? null, hold.id] as const;
  if (expect === 'PENDING') return Number(sql.releaseHold.run(...set).changes) === 1;
  return Number(sql.resolveHold.run(...set, unexpiredCheckAt(write, sentAt)).changes) === 1;
}
