import { Currency } from './currency';

/**
 * What the store keeps of a transfer besides its two entries: who paid whom, how much, and how much of
 * it has been given back so far. Written in the transfer's own transaction; a reversal updates
 * `reversed` in its transaction, on the condition that it is still what the reversal was planned
 * from, so racing reversals can never give back more than the transfer moved. The entries themselves
 * are never changed.
 */
export interface TransferRecord {
  readonly transferId: string;
  readonly payerWalletId: string;
  readonly payeeWalletId: string;
  readonly currency: Currency;
  readonly amount: bigint;
  /** Minor units reversed so far: 0 <= reversed <= amount. */
  readonly reversed: bigint;
  readonly occurredAt: string;
}

/** A transfer record to store with a commit: created with the transfer, or moved on by a reversal. */
export interface TransferRecordWrite {
  readonly record: TransferRecord;
  /** The `reversed` the write was planned from; absent when the record is new. */
  readonly expectedReversed?: bigint;
}

/** A new transfer's record, from the entry that carries its amount and moment: nothing reversed yet. */
export function newTransferRecord(
  transferId: string,
  payerWalletId: string,
  payeeWalletId: string,
  { currency, amount, occurredAt }: { readonly currency: Currency; readonly amount: bigint; readonly occurredAt: string },
): TransferRecord {
  return { transferId, payerWalletId, payeeWalletId, currency, amount, reversed: 0n, occurredAt };
}

export const remainingOf = (record: TransferRecord): bigint => record.amount - record.reversed;
