import { Caller, mayAccess } from '../domain/caller';
import { formatMoney } from '../domain/money';
import { isDomainError, Outcome, WalletEvent } from '../domain/wallet-events';
import { errorResult } from './error-result.mapper';
import { WalletType } from './types/wallet.type';
import { HoldType } from './types/hold.type';
import { unreachable } from './unreachable';
import {
  BalanceDecreasedType,
  BalanceIncreasedType,
  HoldCapturedType,
  HoldPlacedType,
  HoldVoidedType,
  MoneyTransferredType,
  TransferReversedType,
  WalletCreatedType,
} from './types/wallet-events.types';

/**
 * A domain outcome as the union member a client receives: one switch per kind, exhaustive. The
 * caller decides what of a wallet that is not theirs (a transfer's destination) may be shown.
 */
export function toResult(outcome: Outcome<WalletEvent>, caller: Caller) {
  return isDomainError(outcome) ? errorResult(outcome) : eventResult(outcome, caller);
}

function eventResult(event: WalletEvent, caller: Caller) {
  switch (event.type) {
    case 'WALLET_CREATED':
      return Object.assign(new WalletCreatedType(), { wallet: WalletType.of(event.wallet) });
    case 'BALANCE_INCREASED':
      return Object.assign(new BalanceIncreasedType(), { wallet: WalletType.of(event.wallet), amount: formatMoney(event.amount) });
    case 'BALANCE_DECREASED':
      return Object.assign(new BalanceDecreasedType(), { wallet: WalletType.of(event.wallet), amount: formatMoney(event.amount) });
    case 'MONEY_TRANSFERRED':
      return Object.assign(new MoneyTransferredType(), {
        transferId: event.transferId,
        from: WalletType.of(event.from),
        toWalletId: event.to.id,
        to: mayAccess(caller, event.to) ? WalletType.of(event.to) : null,
        amount: formatMoney(event.amount),
      });
    case 'TRANSFER_REVERSED':
      return Object.assign(new TransferReversedType(), {
        reversalId: event.reversalId,
        reversalOf: event.transferId,
        from: WalletType.of(event.from),
        toWalletId: event.to.id,
        to: mayAccess(caller, event.to) ? WalletType.of(event.to) : null,
        amount: formatMoney(event.amount),
        remaining: formatMoney(event.remaining),
      });
    case 'HOLD_PLACED':
      return Object.assign(new HoldPlacedType(), { hold: HoldType.of(event.hold), wallet: WalletType.of(event.wallet) });
    case 'HOLD_CAPTURED':
      return Object.assign(new HoldCapturedType(), {
        hold: HoldType.of(event.hold),
        wallet: WalletType.of(event.wallet),
        amount: formatMoney(event.amount),
        transferId: event.transferId,
        toWalletId: event.to?.id,
        to: event.to && mayAccess(caller, event.to) ? WalletType.of(event.to) : null,
      });
    case 'HOLD_VOIDED':
      return Object.assign(new HoldVoidedType(), { hold: HoldType.of(event.hold), wallet: WalletType.of(event.wallet) });
    default:
      return unreachable(event);
  }
}
