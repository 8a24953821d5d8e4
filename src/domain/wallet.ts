import { Currency } from './currency';
import { Hold, PendingHold } from './hold';
import { LedgerEntryType } from './ledger-entry';
import { availableAt } from './wallet-figures';
import { changeOf, WalletChange } from './wallet-steps';
import { currencyMismatch, CurrencyMismatch, insufficientBalance, InsufficientBalance } from './wallet-errors';
import { Metadata } from './metadata';
import { Money } from './money';

export { availableAt, heldAt } from './wallet-figures';
export type { HoldWrite, WalletChange } from './wallet-steps';
export { unexpiredCheckAt } from './wallet-steps';

/**
 * A wallet: one currency, a balance in minor units, its pending holds and a version that counts its
 * ledger entries. Immutable: every change yields a new Wallet whose version is higher by the number
 * of entries the change wrote, so the pair (id, version) names one state forever. The optimistic lock
 * rests on that fact, and covers the pending holds, which the wallet carries inline.
 */
export interface Wallet {
  readonly id: string;
  /** The caller (token subject) the wallet belongs to. Set when it is opened, never changed. */
  readonly ownerId: string;
  readonly currency: Currency;
  /** The posted balance: what captures, decreases and transfers have left. Holds do not change it. */
  readonly balance: bigint;
  /** Oldest first; each removed when captured, voided or released after its expiry. */
  readonly pendingHolds: readonly PendingHold[];
  readonly version: number;
  /**
   * Running totals of all money in and out: balance = inTotal - outTotal, always. A wallet opened before
   * they were kept starts them at (balance, 0) when first read; only their differences carry meaning.
   */
  readonly inTotal: bigint;
  readonly outTotal: bigint;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** What the entry of a change carries besides the amounts: who, why, which request. */
export interface EntryContext {
  readonly entryId: string;
  /** Who made the change (the caller's id): the audit trail. */
  readonly actor: string;
  /** The service's clock: what is decided by time (a hold's expiry, what is available) is decided at it. */
  readonly now: string;
  /**
   * The instant its entries are recorded at, when the change is one wallet's part of a movement between wallets
   * (never earlier than `now`): every entry of the movement has it (ChangeSteps.add). Absent: `now`.
   */
  readonly recordedAt?: string;
  readonly transferId?: string;
  readonly counterpartyWalletId?: string;
  readonly idempotencyKey?: string;
  readonly reversalOf?: string;
  readonly metadata?: Metadata;
  readonly holdId?: string;
}

export type ChangeResult<E> = { readonly ok: true; readonly change: WalletChange } | { readonly ok: false; readonly error: E };

/** A change that placed, captured or voided a hold, with the hold's record as the change left it. */
export type HoldChangeResult<E> =
  | { readonly ok: true; readonly change: WalletChange; readonly hold: Hold }
  | { readonly ok: false; readonly error: E };

export function isVersion(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

export function openWallet(id: string, ownerId: string, currency: Currency, context: EntryContext): WalletChange {
  const wallet: Wallet = {
    id,
    ownerId,
    currency,
    balance: 0n,
    pendingHolds: [],
    version: 0,
    inTotal: 0n,
    outTotal: 0n,
    createdAt: context.now,
    updatedAt: context.now,
  };
  return changeOf(undefined, wallet).opened(context);
}

/** Policy: a wallet works with a single currency. Expired holds are released first (as by every change). */
export function increaseBalance(
  wallet: Wallet,
  amount: Money,
  context: EntryContext,
  type: LedgerEntryType = 'BALANCE_INCREASED',
): ChangeResult<CurrencyMismatch> {
  if (amount.currency !== wallet.currency) return { ok: false, error: currencyMismatch(wallet.id, wallet.currency, amount.currency) };
  const steps = changeOf(wallet, wallet).releaseExpired(context.now);
  steps.add(type, amount.minor, { balance: steps.current.balance + amount.minor }, context);
  return { ok: true, change: steps.change() };
}

/**
 * Policies: a single currency, and the AVAILABLE balance (the balance minus pending holds) must cover
 * the amount (it may reach exactly 0).
 */
export function decreaseBalance(
  wallet: Wallet,
  amount: Money,
  context: EntryContext,
  type: LedgerEntryType = 'BALANCE_DECREASED',
): ChangeResult<CurrencyMismatch | InsufficientBalance> {
  if (amount.currency !== wallet.currency) return { ok: false, error: currencyMismatch(wallet.id, wallet.currency, amount.currency) };
  const available = availableAt(wallet, context.now);
  if (available < amount.minor) return { ok: false, error: insufficientBalance(wallet, amount, available) };
  const steps = changeOf(wallet, wallet).releaseExpired(context.now);
  steps.add(type, amount.minor, { balance: steps.current.balance - amount.minor }, context);
  return { ok: true, change: steps.change() };
}
