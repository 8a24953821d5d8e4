/**
 * The currencies a wallet can hold, each with its ISO 4217 minor unit: the number of decimal
 * places an amount may have (JPY and KRW have none, KWD and BHD three, the others two). A wallet holds exactly one
 * currency. New ones are added at the end.
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
  SEK = 'SEK',
  NOK = 'NOK',
  DKK = 'DKK',
  CZK = 'CZK',
  NZD = 'NZD',
  SGD = 'SGD',
  HKD = 'HKD',
  CNY = 'CNY',
  INR = 'INR',
  BRL = 'BRL',
  MXN = 'MXN',
  ZAR = 'ZAR',
  KRW = 'KRW',
  KWD = 'KWD',
  BHD = 'BHD',
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
  SEK: 2,
  NOK: 2,
  DKK: 2,
  CZK: 2,
  NZD: 2,
  SGD: 2,
  HKD: 2,
  CNY: 2,
  INR: 2,
  BRL: 2,
  MXN: 2,
  ZAR: 2,
  KRW: 0,
  KWD: 3,
  BHD: 3,
};

export function minorUnitsOf(currency: Currency): number {
  return MINOR_UNITS[currency];
}

export function isCurrency(value: unknown): value is Currency {
  return typeof value === 'string' && Object.hasOwn(MINOR_UNITS, value);
}
