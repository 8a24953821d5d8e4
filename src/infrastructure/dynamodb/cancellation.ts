import { CancellationReason } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { IdempotencyRecord } from '../../domain/idempotency';
import { CommitOutcome, StaleHold, StaleWallet } from '../../domain/wallet-repository.port';
import { unmarshallOptions } from './item-fields';
import { TransactionSlot } from './wallet-requests';
import { TransferRecord } from '../../domain/transfer-record';
import { transferItem } from './transfer-item.mapper';
import { checkedWallet } from '../../domain/read-invariants';
import { holdItem } from './hold-item.mapper';
import { idempotencyItem } from './idempotency-item.mapper';
import { walletItem } from './wallet-item.mapper';

/** Reasons that say "not now" rather than "no": the same transaction may succeed when sent again. */
const RETRYABLE = new Set(['TransactionConflict', 'ThrottlingError', 'ProvisionedThroughputExceeded', 'RequestLimitExceeded']);

/** A cancelled transaction this code cannot explain as a lost race: an infrastructure failure. */
export class UnexpectedCancellationError extends Error {
  constructor(readonly codes: readonly string[]) {
    super(`Transaction cancelled for reasons [${codes.join(', ')}]`);
    this.name = 'UnexpectedCancellationError';
  }
}

/**
 * Turns the positional CancellationReasons of a TransactionCanceledException into a commit outcome.
 * The document client leaves `Item` marshalled here, so it is unmarshalled explicitly.
 *
 * - A failed wallet condition: the wallet is not at the expected version; ALL_OLD is its current
 *   state, or nothing when it does not exist.
 * - A failed hold condition: the hold record is not as the change expected (resolved already, or its
 *   expiry passed by the writer's clock); ALL_OLD is the record as it is, or nothing when it is absent.
 * - A failed idempotency condition: the key is taken; ALL_OLD is the record holding it.
 * - A failed transfer-record condition: another reversal moved it on; ALL_OLD is the record now.
 * - TransactionConflict (another transaction held an item) or throttling: nothing failed for good;
 *   try again (the SDK does not retry a cancelled transaction itself).
 * - Anything else (validation, an entry whose wallet did not move): not a domain outcome.
 */
export function classifyCancellation(slots: readonly TransactionSlot[], reasons: readonly CancellationReason[] | undefined): CommitOutcome {
  const codes = slots.map((_slot, position) => reasons?.[position]?.Code ?? 'None');
  const stale: StaleWallet[] = [];
  const staleHolds: StaleHold[] = [];
  let takenBy: IdempotencyRecord | undefined;
  let transferNow: TransferRecord | undefined;
  const failedEntries: string[] = [];
  slots.forEach((slot, position) => {
    if (codes[position] !== 'ConditionalCheckFailed') return;
    const old = reasons?.[position]?.Item;
    const item = old ? unmarshall(old, unmarshallOptions()) : undefined;
    if (slot.kind === 'wallet') stale.push({ walletId: slot.walletId, current: item && checkedWallet(walletItem.toWallet(item)) });
    else if (slot.kind === 'entry') failedEntries.push(slot.walletId);
    else if (slot.kind === 'transfer') transferNow = item && transferItem.toRecord(item);
    else if (slot.kind === 'hold') staleHolds.push({ holdId: slot.holdId, current: item && holdItem.toHold(item) });
    else if (item) takenBy = idempotencyItem.toRecord(item);
  });
  // An entry exists already only when its wallet moved past the version too; alone, it is corruption.
  const unexplained = failedEntries.some((walletId) => !stale.some((s) => s.walletId === walletId));
  // A transfer record that failed its condition and is gone (or was never there) is not a race: corruption.
  const transferFailed = slots.some((slot, position) => slot.kind === 'transfer' && codes[position] === 'ConditionalCheckFailed');
  if (transferFailed && !transferNow) throw new UnexpectedCancellationError(codes);
  if (!unexplained && (stale.length > 0 || takenBy || transferNow || staleHolds.length > 0)) {
    return { status: 'rejected', stale, takenBy, ...(transferNow && { transferNow }), ...(staleHolds.length > 0 && { staleHolds }) };
  }
  if (!unexplained && codes.every((code) => code === 'None' || RETRYABLE.has(code)) && codes.some((code) => RETRYABLE.has(code))) {
    return { status: 'contended' };
  }
  throw new UnexpectedCancellationError(codes);
}
