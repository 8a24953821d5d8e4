import { Money } from './money';
import { Wallet } from './wallet';
import { DomainError } from './wallet-errors';

/** What happened when a command succeeded (the orange notes of the event storming). */
export type WalletEvent = WalletCreated | BalanceIncreased | BalanceDecreased | MoneyTransferred;

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

/** The answer to a command: the event it caused, or the domain error that stopped it. */
export type Outcome<E extends WalletEvent, F extends DomainError = DomainError> = E | F;

/** Tells a domain error (it has a `code`) from a wallet or an event. */
export function isDomainError<T extends object>(value: T): value is Extract<T, DomainError> {
  return 'code' in value;
}
