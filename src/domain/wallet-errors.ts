import { Currency } from './currency';
import { AmountProblem, formatMinor, MAX_AMOUNT_MAJOR, Money } from './money';
import type { CaptureExceedsHold, HoldLimitReached, HoldNotFound, HoldNotPending } from './hold-errors';
import type { ReversalExceedsTransfer, TransferNotFound } from './transfer-errors';
import type { Wallet } from './wallet';

/**
 * The expected, recoverable failures of the wallet domain (those of holds in hold-errors.ts, of reversals
 * in transfer-errors.ts). They are data, not exceptions: each is
 * a result a client can switch on (`code`), and each carries what the client needs to recover.
 */
export type DomainError =
  | InvalidAmount
  | WalletNotFound
  | VersionConflict
  | CurrencyMismatch
  | InsufficientBalance
  | SameWallet
  | IdempotencyKeyReused
  | TransferNotFound
  | ReversalExceedsTransfer
  | HoldLimitReached
  | HoldNotFound
  | HoldNotPending
  | CaptureExceedsHold;

export type ErrorCode = DomainError['code'];

/** What any change of a balance may answer instead: a bad amount, an unknown (or foreign) wallet, a stale version, another currency, a reused key. */
export type ChangeRefusal = InvalidAmount | WalletNotFound | VersionConflict | CurrencyMismatch | IdempotencyKeyReused;

export interface InvalidAmount {
  readonly code: 'INVALID_AMOUNT';
  readonly message: string;
  readonly amount: string;
  readonly problem: AmountProblem;
}
export interface WalletNotFound {
  readonly code: 'WALLET_NOT_FOUND';
  readonly message: string;
  readonly walletId: string;
}
export interface VersionConflict {
  readonly code: 'VERSION_CONFLICT';
  readonly message: string;
  readonly walletId: string;
  readonly expectedVersion: number;
  readonly actualVersion: number;
  readonly wallet: Wallet;
}
export interface CurrencyMismatch {
  readonly code: 'CURRENCY_MISMATCH';
  readonly message: string;
  /** Which wallet holds another currency (in a transfer: the source or the destination). */
  readonly walletId: string;
  /** Absent when the wallet is not the caller's (a transfer's destination): nothing of it is revealed. */
  readonly walletCurrency?: Currency;
  readonly givenCurrency: Currency;
}
export interface InsufficientBalance {
  readonly code: 'INSUFFICIENT_BALANCE';
  readonly message: string;
  readonly walletId: string;
  /** The posted balance. */
  readonly balance: Money;
  /** The balance minus the wallet's pending holds: what a decrease, a transfer or a new hold may take. */
  readonly available: Money;
  readonly requested: Money;
  /** The wallet as it is (confirmed current): a client can decide again from it. */
  readonly wallet: Wallet;
}
export interface SameWallet {
  readonly code: 'SAME_WALLET';
  readonly message: string;
  readonly walletId: string;
}
export interface IdempotencyKeyReused {
  readonly code: 'IDEMPOTENCY_KEY_REUSED';
  readonly message: string;
  readonly idempotencyKey: string;
}

const AMOUNT_PROBLEMS: Record<AmountProblem, string> = {
  NOT_A_DECIMAL: 'is not a decimal number',
  NOT_POSITIVE: 'must be greater than zero',
  TOO_MANY_DECIMALS: "has more decimal places than the currency's minor unit allows",
  ABOVE_MAXIMUM: `is above the maximum amount of one operation, ${MAX_AMOUNT_MAJOR.toLocaleString('en')} in major units`,
};

export const invalidAmount = (amount: string, problem: AmountProblem): InvalidAmount => ({
  code: 'INVALID_AMOUNT',
  message: `Amount "${amount}" ${AMOUNT_PROBLEMS[problem]}.`,
  amount,
  problem,
});

export const walletNotFound = (walletId: string): WalletNotFound => ({
  code: 'WALLET_NOT_FOUND',
  message: `Wallet ${walletId} does not exist.`,
  walletId,
});

/**
 * Also the answer when other transactions kept the wallet busy past the retries (it may then still be
 * at the expected version): either way nothing changed, and the client retries from `wallet`.
 */
export const versionConflict = (expectedVersion: number, wallet: Wallet): VersionConflict => ({
  code: 'VERSION_CONFLICT',
  message:
    wallet.version === expectedVersion
      ? `Wallet ${wallet.id} is at version ${wallet.version}, but other transactions kept it busy: try again.`
      : `Wallet ${wallet.id} is at version ${wallet.version}, not ${expectedVersion}: re-read it and try again.`,
  walletId: wallet.id,
  expectedVersion,
  actualVersion: wallet.version,
  wallet,
});

export const currencyMismatch = (walletId: string, walletCurrency: Currency, givenCurrency: Currency): CurrencyMismatch => ({
  code: 'CURRENCY_MISMATCH',
  message: `Wallet ${walletId} holds ${walletCurrency}, not ${givenCurrency}.`,
  walletId,
  walletCurrency,
  givenCurrency,
});

/** `available`: the balance minus the holds pending at the time of the decision. */
export const insufficientBalance = (wallet: Wallet, requested: Money, available: bigint): InsufficientBalance => ({
  code: 'INSUFFICIENT_BALANCE',
  message:
    `The available balance ${formatMinor(available, wallet.currency)} ${wallet.currency} ` +
    `(balance ${formatMinor(wallet.balance, wallet.currency)} minus ${formatMinor(wallet.balance - available, wallet.currency)} held) ` +
    `does not cover ${formatMinor(requested.minor, requested.currency)}.`,
  walletId: wallet.id,
  balance: { currency: wallet.currency, minor: wallet.balance },
  available: { currency: wallet.currency, minor: available },
  requested,
  wallet,
});

/** The same refusal about a wallet the caller may not see: it does not say which currency the wallet holds. */
export const currencyNotAccepted = (walletId: string, givenCurrency: Currency): CurrencyMismatch => ({
  code: 'CURRENCY_MISMATCH',
  message: `Wallet ${walletId} does not accept ${givenCurrency}.`,
  walletId,
  givenCurrency,
});

export const sameWallet = (walletId: string): SameWallet => ({
  code: 'SAME_WALLET',
  message: `A transfer needs two different wallets; both are ${walletId}.`,
  walletId,
});

export const idempotencyKeyReused = (idempotencyKey: string): IdempotencyKeyReused => ({
  code: 'IDEMPOTENCY_KEY_REUSED',
  message: `Idempotency key "${idempotencyKey}" was already used for a different request.`,
  idempotencyKey,
});
