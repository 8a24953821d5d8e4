import { Currency } from './currency';

export const LEDGER_ENTRY_TYPES = ['WALLET_CREATED', 'BALANCE_INCREASED', 'BALANCE_DECREASED', 'TRANSFER_IN', 'TRANSFER_OUT'] as const;
export type LedgerEntryType = (typeof LEDGER_ENTRY_TYPES)[number];

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
  readonly occurredAt: string;
  /** The caller who made the change (for a transfer, the payer, on both entries). */
  readonly actor: string;
  readonly transferId?: string;
  readonly counterpartyWalletId?: string;
  readonly idempotencyKey?: string;
}

export function signedAmount(entry: LedgerEntry): bigint {
  return entry.type === 'BALANCE_DECREASED' || entry.type === 'TRANSFER_OUT' ? -entry.amount : entry.amount;
}
