import { Currency } from './currency';
import { Money } from './money';
import { currencyMismatch, CurrencyMismatch, insufficientBalance, InsufficientBalance } from './wallet-errors';
import { isMoneyOut, LedgerEntry, LedgerEntryType } from './ledger-entry';
import { Metadata } from './metadata';

/**
 * A wallet: one currency, a balance in minor units and a version that counts its changes.
 * Immutable: every change yields a new Wallet whose version is exactly one higher, so the pair
 * (id, version) names one state forever. The optimistic lock rests on that fact.
 */
export interface Wallet {
  readonly id: string;
  /** The caller (token subject) the wallet belongs to. Set when it is opened, never changed. */
  readonly ownerId: string;
  readonly currency: Currency;
  readonly balance: bigint;
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

/**
 * A wallet before and after one change, with the ledger entry that records it. `before` is the
 * state the change was computed from (absent when the change opens the wallet): storing the change
 * is allowed only while the stored wallet is still exactly that state.
 */
export interface WalletChange {
  readonly before?: Wallet;
  readonly after: Wallet;
  readonly entry: LedgerEntry;
}

/** What the entry of a change carries besides the amounts: who, why, which request. */
export interface EntryContext {
  readonly entryId: string;
  /** Who made the change (the caller's id): the audit trail. */
  readonly actor: string;
  readonly now: string;
  readonly transferId?: string;
  readonly counterpartyWalletId?: string;
  readonly idempotencyKey?: string;
  readonly reversalOf?: string;
  readonly metadata?: Metadata;
}

export type ChangeResult<E> = { readonly ok: true; readonly change: WalletChange } | { readonly ok: false; readonly error: E };

export function isVersion(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

export function openWallet(id: string, ownerId: string, currency: Currency, context: EntryContext): WalletChange {
  const wallet: Wallet = {
    id,
    ownerId,
    currency,
    balance: 0n,
    version: 0,
    inTotal: 0n,
    outTotal: 0n,
    createdAt: context.now,
    updatedAt: context.now,
  };
  return { after: wallet, entry: entryFor(wallet, 'WALLET_CREATED', 0n, context) };
}

/** Policy: a wallet works with a single currency. */
export function increaseBalance(
  wallet: Wallet,
  amount: Money,
  context: EntryContext,
  type: LedgerEntryType = 'BALANCE_INCREASED',
): ChangeResult<CurrencyMismatch> {
  if (amount.currency !== wallet.currency) return { ok: false, error: currencyMismatch(wallet.id, wallet.currency, amount.currency) };
  return { ok: true, change: changed(wallet, wallet.balance + amount.minor, type, amount.minor, context) };
}

/** Policies: a single currency, and the balance must cover the amount (it may reach exactly 0). */
export function decreaseBalance(
  wallet: Wallet,
  amount: Money,
  context: EntryContext,
  type: LedgerEntryType = 'BALANCE_DECREASED',
): ChangeResult<CurrencyMismatch | InsufficientBalance> {
  if (amount.currency !== wallet.currency) return { ok: false, error: currencyMismatch(wallet.id, wallet.currency, amount.currency) };
  if (wallet.balance < amount.minor) return { ok: false, error: insufficientBalance(wallet, amount) };
  return { ok: true, change: changed(wallet, wallet.balance - amount.minor, type, amount.minor, context) };
}

/**
 * The next state and its entry. The change's time is never earlier than the wallet's last change (the
 * clocks of two instances may disagree): entry times are then ordered like versions, per wallet, which
 * is what lets a point in time be found with one index query.
 */
function changed(before: Wallet, balance: bigint, type: LedgerEntryType, amount: bigint, context: EntryContext): WalletChange {
  // biome-ignore lint/complexity/useMathMinMax: ISO instants are compared as text; Math.max would turn them into NaN.
  const updatedAt = context.now < before.updatedAt ? before.updatedAt : context.now;
  const out = isMoneyOut(type);
  const after: Wallet = {
    ...before,
    balance,
    version: before.version + 1,
    inTotal: out ? before.inTotal : before.inTotal + amount,
    outTotal: out ? before.outTotal + amount : before.outTotal,
    updatedAt,
  };
  if (after.inTotal - after.outTotal !== after.balance) throw new Error(`Wallet ${after.id}: running totals disagree with the balance`);
  return { before, after, entry: entryFor(after, type, amount, { ...context, now: updatedAt }) };
}

function entryFor(after: Wallet, type: LedgerEntryType, amount: bigint, context: EntryContext): LedgerEntry {
  return {
    id: context.entryId,
    walletId: after.id,
    type,
    version: after.version,
    currency: after.currency,
    amount,
    balanceAfter: after.balance,
    inTotalAfter: after.inTotal,
    outTotalAfter: after.outTotal,
    occurredAt: context.now,
    actor: context.actor,
    transferId: context.transferId,
    counterpartyWalletId: context.counterpartyWalletId,
    idempotencyKey: context.idempotencyKey,
    reversalOf: context.reversalOf,
    metadata: context.metadata ?? [],
  };
}
