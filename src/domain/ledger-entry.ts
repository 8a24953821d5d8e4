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
  'HOLD_PLACED',
  'HOLD_CAPTURED',
  'HOLD_RELEASED',
  'HOLD_EXPIRED',
] as const;
export type LedgerEntryType = (typeof LEDGER_ENTRY_TYPES)[number];

/** The entry types that take money out of their wallet (a capture takes the held money for good). */
const MONEY_OUT: ReadonlySet<LedgerEntryType> = new Set(['BALANCE_DECREASED', 'TRANSFER_OUT', 'REVERSAL_OUT', 'HOLD_CAPTURED']);
/** The entry types that move no posted money: a hold only reserves it until it is captured. */
const MONEY_UNMOVED: ReadonlySet<LedgerEntryType> = new Set(['WALLET_CREATED', 'HOLD_PLACED', 'HOLD_RELEASED', 'HOLD_EXPIRED']);

export const isMoneyOut = (type: LedgerEntryType): boolean => MONEY_OUT.has(type);
/** The entry types about a hold: their `amount` is what the hold placed, captured, released or let expire. */
export const isHoldEntry = (type: LedgerEntryType): boolean => type.startsWith('HOLD_');
/** Every other type puts money in (a capture into another wallet is that wallet's TRANSFER_IN). */
export const isMoneyIn = (type: LedgerEntryType): boolean => !MONEY_OUT.has(type) && !MONEY_UNMOVED.has(type);

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
   * Running totals of money in and out after this entry (balanceAfter = inTotalAfter - outTotalAfter),
   * so the money in and out of any window is two reads. Absent on entries written before they existed.
   */
  readonly inTotalAfter?: bigint;
  readonly outTotalAfter?: bigint;
  /**
   * balanceAfter minus the holds the ledger still has pending after this entry. Entries written before
   * holds existed read it as balanceAfter (no hold could be pending then).
   */
  readonly availableAfter: bigint;
  /** Never earlier than the entry before it: times are ordered like versions, per wallet. */
  readonly occurredAt: string;
  /** The caller who made the change (for a transfer, the payer, on both entries; for an expiry, who placed the hold). */
  readonly actor: string;
  readonly transferId?: string;
  readonly counterpartyWalletId?: string;
  readonly idempotencyKey?: string;
  /** On the two entries of a reversal: the transfer it gives money back for. */
  readonly reversalOf?: string;
  /** The client's metadata of the movement (empty when none was given); sorted by key. */
  readonly metadata: Metadata;
  /** The hold a HOLD_* entry is about (never on a payee's TRANSFER_IN: the payee does not see the hold). */
  readonly holdId?: string;
}

/** What the entry did to the posted balance: a hold moves no money until it is captured. */
export function signedAmount(entry: Pick<LedgerEntry, 'type' | 'amount'>): bigint {
  if (isMoneyOut(entry.type)) return -entry.amount;
  return isMoneyIn(entry.type) ? entry.amount : 0n;
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
