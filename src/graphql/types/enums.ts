import { registerEnumType } from 'type-graphql';
import { Currency, minorUnitsOf } from '../../domain/currency';
import { HoldStatus } from '../../domain/hold';
import { LedgerEntryType } from '../../domain/ledger-entry';
import { ErrorCode } from '../../domain/wallet-errors';

registerEnumType(Currency, {
  name: 'Currency',
  description: 'ISO 4217 currency of a wallet. A wallet holds exactly one.',
  valuesConfig: Object.fromEntries(
    Object.values(Currency).map((currency) => [currency, { description: `${minorUnitsOf(currency)} decimal places` }]),
  ),
});

/** One value per DomainError type: clients switch on it. */
export const ErrorCodeEnum: { readonly [Code in ErrorCode]: Code } = {
  INVALID_AMOUNT: 'INVALID_AMOUNT',
  WALLET_NOT_FOUND: 'WALLET_NOT_FOUND',
  VERSION_CONFLICT: 'VERSION_CONFLICT',
  CURRENCY_MISMATCH: 'CURRENCY_MISMATCH',
  INSUFFICIENT_BALANCE: 'INSUFFICIENT_BALANCE',
  SAME_WALLET: 'SAME_WALLET',
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  TRANSFER_NOT_FOUND: 'TRANSFER_NOT_FOUND',
  REVERSAL_EXCEEDS_TRANSFER: 'REVERSAL_EXCEEDS_TRANSFER',
  HOLD_LIMIT_REACHED: 'HOLD_LIMIT_REACHED',
  HOLD_NOT_FOUND: 'HOLD_NOT_FOUND',
  HOLD_NOT_PENDING: 'HOLD_NOT_PENDING',
  CAPTURE_EXCEEDS_HOLD: 'CAPTURE_EXCEEDS_HOLD',
};
registerEnumType(ErrorCodeEnum, { name: 'ErrorCode', description: 'What kind of DomainError a result is.' });

export const LedgerEntryTypeEnum: { readonly [Type in LedgerEntryType]: Type } = {
  WALLET_CREATED: 'WALLET_CREATED',
  BALANCE_INCREASED: 'BALANCE_INCREASED',
  BALANCE_DECREASED: 'BALANCE_DECREASED',
  TRANSFER_IN: 'TRANSFER_IN',
  TRANSFER_OUT: 'TRANSFER_OUT',
  REVERSAL_IN: 'REVERSAL_IN',
  REVERSAL_OUT: 'REVERSAL_OUT',
  HOLD_PLACED: 'HOLD_PLACED',
  HOLD_CAPTURED: 'HOLD_CAPTURED',
  HOLD_RELEASED: 'HOLD_RELEASED',
  HOLD_EXPIRED: 'HOLD_EXPIRED',
};
registerEnumType(LedgerEntryTypeEnum, {
  name: 'LedgerEntryType',
  description: 'What a ledger entry records.',
  valuesConfig: {
    REVERSAL_IN: { description: "Money given back to a transfer's payer (the entry's reversalOf names the transfer)." },
    REVERSAL_OUT: { description: "Money given back by a transfer's payee (the entry's reversalOf names the transfer)." },
    HOLD_PLACED: { description: 'A hold was placed: the balance is unchanged, the available balance drops by `amount`.' },
    HOLD_CAPTURED: { description: 'A hold was captured: the balance drops by `amount`; the available balance does not (it was held).' },
    HOLD_RELEASED: { description: 'A hold was voided, or the rest of a partial capture released: available again.' },
    HOLD_EXPIRED: { description: "A hold's expiry came: released with the wallet's next change. Available again." },
  },
});

export const HoldStatusEnum: { readonly [Status in HoldStatus]: Status } = {
  PENDING: 'PENDING',
  CAPTURED: 'CAPTURED',
  VOIDED: 'VOIDED',
  EXPIRED: 'EXPIRED',
};
registerEnumType(HoldStatusEnum, {
  name: 'HoldStatus',
  description: 'Where a hold stands. A pending hold whose expiry has come is shown EXPIRED at once, released in the ledger or not.',
});

export { Currency };
