import { registerEnumType } from 'type-graphql';
import { AmountProblem } from '../../domain/money';

/**
 * Why an amount was refused, in the API's words. The domain's ABOVE_MAXIMUM is TOO_LARGE here: a client
 * reads it beside TOO_MANY_DECIMALS. NOT_A_DECIMAL is listed because the domain can say it, though the
 * Decimal scalar already refuses such input as BAD_USER_INPUT before any resolver runs.
 */
export enum InvalidAmountReason {
  NOT_A_DECIMAL = 'NOT_A_DECIMAL',
  NOT_POSITIVE = 'NOT_POSITIVE',
  TOO_MANY_DECIMALS = 'TOO_MANY_DECIMALS',
  TOO_LARGE = 'TOO_LARGE',
}
registerEnumType(InvalidAmountReason, {
  name: 'InvalidAmountReason',
  description: 'Why an amount was refused.',
  valuesConfig: {
    NOT_A_DECIMAL: {
      description:
        'Not a decimal number in plain notation. Not answered today: the Decimal scalar refuses such input as BAD_USER_INPUT first.',
    },
    NOT_POSITIVE: { description: 'Zero or negative: an amount must be greater than 0.' },
    TOO_MANY_DECIMALS: { description: "More decimal places than the currency's minor unit (GBP 2, JPY 0)." },
    TOO_LARGE: { description: 'Above the maximum of one operation, 1,000,000,000 major units.' },
  },
});

/** A record, not a switch: a new AmountProblem without a reason is a compile error. */
export const REASON_OF: Record<AmountProblem, InvalidAmountReason> = {
  NOT_A_DECIMAL: InvalidAmountReason.NOT_A_DECIMAL,
  NOT_POSITIVE: InvalidAmountReason.NOT_POSITIVE,
  TOO_MANY_DECIMALS: InvalidAmountReason.TOO_MANY_DECIMALS,
  ABOVE_MAXIMUM: InvalidAmountReason.TOO_LARGE,
};
