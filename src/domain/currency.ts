/**
 * The currencies a wallet can hold, each with its ISO 4217 minor unit: the number of decimal
 * places an amount may have (JPY has none, the others two). A wallet holds exactly one currency.
 */
export enum Currency {
  GBP = 'GBP',
  EUR = 'EUR',
  USD = 'USD',
  CAD = 'CAD',
  CHF = 'CHF',
  JPY = 'JPY',
  AUD = 'AUD',
  PLN = 'PLN',
}

const MINOR_UNITS: Record<Currency, number> = {
  GBP: 2,
  EUR: 2,
  USD: 2,
  CAD: 2,
  CHF: 2,
  JPY: 0,
  AUD: 2,
  PLN: 2,
};

export function minorUnitsOf(currency: Currency): number {
  return MINOR_UNITS[currency];
}

export function isCurrency(value: unknown): value is Currency {
  return typeof value === 'string' && Object.hasOwn(MINOR_UNITS, value);
}
