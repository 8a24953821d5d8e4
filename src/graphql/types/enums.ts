import { registerEnumType } from 'type-graphql';
import { Currency, minorUnitsOf } from '../../domain/currency';
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
};
registerEnumType(LedgerEntryTypeEnum, {
  name: 'LedgerEntryType',
  description: 'What a ledger entry records.',
  valuesConfig: {
    REVERSAL_IN: { description: "Money given back to a transfer's payer (the entry's reversalOf names the transfer)." },
    REVERSAL_OUT: { description: "Money given back by a transfer's payee (the entry's reversalOf names the transfer)." },
  },
});

export { Currency };
