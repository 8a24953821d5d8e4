import { Currency } from './currency';

export const LEDGER_ENTRY_TYPES = [
  'WALLET_CREATED',
  'BALANCE_INCREASED',
  'BALANCE_DECREASED',
  'TRANSFER_IN',
  'TRANSFER_OUT',
  'HOLD_PLACED',
  'HOLD_CAPTURED',
  'HOLD_RELEASED',
  'HOLD_EXPIRED',
] as const;
export type LedgerEntryType = (typeof LEDGER_ENTRY_TYPES)[number];

/**
 * One immutable line of a wallet's history, written in the same transaction as the change it
 * records. `amount` is unsigned; the type says its direction (see `signedAmount`, `signedAvailable`).
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
   * balanceAfter minus the holds the ledger still has pending after this entry. Entries written before
   * holds existed read it as balanceAfter (no hold could be pending then).
   */
  readonly availableAfter: bigint;
  readonly occurredAt: string;
  /** The caller who made the change (for a transfer, the payer, on both entries; for an expiry, who placed the hold). */
  readonly actor: string;
  readonly transferId?: string;
  readonly counterpartyWalletId?: string;
  readonly idempotencyKey?: string;
  /** The hold a HOLD_* entry is about (never on a payee's TRANSFER_IN: the payee does not see the hold). */
  readonly holdId?: string;
}

const BALANCE_OUT: ReadonlySet<LedgerEntryType> = new Set(['BALANCE_DECREASED', 'TRANSFER_OUT', 'HOLD_CAPTURED']);
const BALANCE_UNCHANGED: ReadonlySet<LedgerEntryType> = new Set(['HOLD_PLACED', 'HOLD_RELEASED', 'HOLD_EXPIRED']);

/** What the entry did to the posted balance: a hold moves no money until it is captured. */
export function signedAmount(entry: Pick<LedgerEntry, 'type' | 'amount'>): bigint {
  if (BALANCE_UNCHANGED.has(entry.type)) return 0n;
  return BALANCE_OUT.has(entry.type) ? -entry.amount : entry.amount;
}

/** What the entry did to the available balance: a capture takes money that was already held. */
export function signedAvailable(entry: Pick<LedgerEntry, 'type' | 'amount'>): bigint {
  switch (entry.type) {
    case 'HOLD_PLACED':
      return -entry.amount;
    case 'HOLD_CAPTURED':
      return 0n;
    case 'HOLD_RELEASED':
    case 'HOLD_EXPIRED':
      return entry.amount;
    default:
      return signedAmount(entry);
  }
}
