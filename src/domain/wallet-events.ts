import { Hold } from './hold';
import { Money } from './money';
import { Wallet } from './wallet';
import { DomainError } from './wallet-errors';

/** What happened when a command succeeded (the orange notes of the event storming). */
export type WalletEvent =
  | WalletCreated
  | BalanceIncreased
  | BalanceDecreased
  | MoneyTransferred
  | TransferReversed
  | HoldPlaced
  | HoldCaptured
  | HoldVoided;

export interface WalletCreated {
  readonly type: 'WALLET_CREATED';
  readonly wallet: Wallet;
}
export interface BalanceIncreased {
  readonly type: 'BALANCE_INCREASED';
  readonly wallet: Wallet;
  readonly amount: Money;
}
export interface BalanceDecreased {
  readonly type: 'BALANCE_DECREASED';
  readonly wallet: Wallet;
  readonly amount: Money;
}
export interface MoneyTransferred {
  readonly type: 'MONEY_TRANSFERRED';
  readonly transferId: string;
  readonly from: Wallet;
  readonly to: Wallet;
  readonly amount: Money;
}
export interface HoldPlaced {
  readonly type: 'HOLD_PLACED';
  readonly hold: Hold;
  readonly wallet: Wallet;
}
export interface HoldCaptured {
  readonly type: 'HOLD_CAPTURED';
  readonly hold: Hold;
  /** The held wallet after the capture. */
  readonly wallet: Wallet;
  readonly amount: Money;
  /**
   * The id the capture's entries share; for a capture to another wallet, the transfer a refund names. (Absent from a
   * capture of no payee that an idempotency key stored before it was answered.)
   */
  readonly transferId?: string;
  /** A capture to another wallet: that wallet after it was credited. */
  readonly to?: Wallet;
}
export interface HoldVoided {
  readonly type: 'HOLD_VOIDED';
  readonly hold: Hold;
  readonly wallet: Wallet;
}

/** Money went back from a transfer's payee (`from`) to its payer (`to`). */
export interface TransferReversed {
  readonly type: 'TRANSFER_REVERSED';
  /** The reversal's own id (the `transferId` of its two entries). */
  readonly reversalId: string;
  /** The transfer it reverses (`reversalOf` on its two entries). */
  readonly transferId: string;
  readonly from: Wallet;
  readonly to: Wallet;
  readonly amount: Money;
  /** What is left to reverse of the transfer after this reversal. */
  readonly remaining: Money;
}

/** The answer to a command: the event it caused, or the domain error that stopped it. */
export type Outcome<E extends WalletEvent, F extends DomainError = DomainError> = E | F;

/** Tells a domain error (it has a `code`) from a wallet or an event. */
export function isDomainError<T extends object>(value: T): value is Extract<T, DomainError> {
  return 'code' in value;
}
