import { Currency } from './currency';
import { Metadata } from './metadata';

export const LEDGER_ENTRY_TYPES = [
  'WALLET_CREATED',
  'BALANCE_INCREASED',
  'BALANCE_DECREASED',
  'TRANSFER_IN',
  'TRANSFER_OUT',
  'REVERSAL_IN',
  'REVERSAL_OUT',
] as const;
export type LedgerEntryType = (typeof LEDGER_ENTRY_TYPES)[number];

/** The entry types that take money out of their wallet; every other type puts money in (or, on opening, 0). */
const MONEY_OUT: ReadonlySet<LedgerEntryType> = new Set(['BALANCE_DECREASED', 'TRANSFER_OUT', 'REVERSAL_OUT']);

export const isMoneyOut = (type: LedgerEntryType): boolean => MONEY_OUT.has(type);

/**
 * One immutable line of a wallet's history, written in the same transaction as the change it
 * records. `amount` is unsigned; the type says its direction (see `signedAmount`).
 */
export interface LedgerEntry {
  readonly id: string;
  readonly walletId: string;
  readonly type: LedgerEntryType;
  /** The wallet version this entry produced (0 for WALLET_CREATED). */
  readonly version: number;
  readonly currency: Currency;
  readonly amount: bigint;
  readonly balanceAfter: bigint;
  /**
   * Running totals of money in and out after this entry (balanceAfter = inTotalAfter - outTotalAfter),
   * so the money in and out of any window is two reads. Absent on entries written before they existed.
   */
  readonly inTotalAfter?: bigint;
  readonly outTotalAfter?: bigint;
  /** Never earlier than the entry before it: times are ordered like versions, per wallet. */
  readonly occurredAt: string;
  /** The caller who made the change (for a transfer, the payer, on both entries). */
  readonly actor: string;
  readonly transferId?: string;
  readonly counterpartyWalletId?: string;
  readonly idempotencyKey?: string;
  /** On the two entries of a reversal: the transfer it gives money back for. */
  readonly reversalOf?: string;
  /** The client's metadata of the movement (empty when none was given); sorted by key. */
  readonly metadata: Metadata;
}

export function signedAmount(entry: Pick<LedgerEntry, 'type' | 'amount'>): bigint {
  return isMoneyOut(entry.type) ? -entry.amount : entry.amount;
}
