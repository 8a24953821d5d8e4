import { Currency, minorUnitsOf } from './currency';

/**
 * An exact amount of one currency, held as an integer count of minor units (pence, cents, yen).
 * A bigint, never a binary float: 0.1 + 0.2 must be 0.3 on the money path.
 */
export interface Money {
  readonly currency: Currency;
  readonly minor: bigint;
}

/** The largest amount one operation may move, in major units. Documented in docs/api.md. */
export const MAX_AMOUNT_MAJOR = 1_000_000_000n;

/** A decimal written in plain notation: digits, an optional fraction, an optional leading minus. */
export const DECIMAL_PATTERN = /^-?\d+(\.\d+)?$/;

export type AmountProblem = 'NOT_A_DECIMAL' | 'NOT_POSITIVE' | 'TOO_MANY_DECIMALS' | 'ABOVE_MAXIMUM';

export type AmountParse = { readonly ok: true; readonly money: Money } | { readonly ok: false; readonly problem: AmountProblem };

/**
 * Reads an amount given in major units ("100.50") for a currency. Pure string arithmetic: the
 * text is never converted to a JavaScript number.
 */
export function parseAmount(text: string, currency: Currency): AmountParse {
  if (!DECIMAL_PATTERN.test(text)) return { ok: false, problem: 'NOT_A_DECIMAL' };
  const negative = text.startsWith('-');
  const [whole, fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const trimmedFraction = fraction.replace(/0+$/, '');
  const digits = minorUnitsOf(currency);
  if (trimmedFraction.length > digits) return { ok: false, problem: 'TOO_MANY_DECIMALS' };
  const minor = BigInt(whole + trimmedFraction.padEnd(digits, '0'));
  if (negative || minor === 0n) return { ok: false, problem: 'NOT_POSITIVE' };
  if (minor > MAX_AMOUNT_MAJOR * 10n ** BigInt(digits)) return { ok: false, problem: 'ABOVE_MAXIMUM' };
  return { ok: true, money: { currency, minor } };
}

/**
 * One spelling per decimal value, for what an idempotency key stands for when the currency is not yet known:
 * "10", "10.0" and "010.00" are all "10". Text that is no plain decimal is returned as it is (it is refused anyway).
 */
export function canonicalDecimal(text: string): string {
  if (!DECIMAL_PATTERN.test(text)) return text;
  const negative = text.startsWith('-');
  const [whole, fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const trimmedWhole = whole.replace(/^0+(?=\d)/, '');
  const trimmedFraction = fraction.replace(/0+$/, '');
  const value = trimmedFraction ? `${trimmedWhole}.${trimmedFraction}` : trimmedWhole;
  return negative && value !== '0' ? `-${value}` : value;
}

/** Writes minor units in major units with exactly the currency's digits: "100.50", "0.00", JPY "150". */
export function formatMinor(minor: bigint, currency: Currency): string {
  const digits = minorUnitsOf(currency);
  const sign = minor < 0n ? '-' : '';
  const text = (minor < 0n ? -minor : minor).toString().padStart(digits + 1, '0');
  if (digits === 0) return sign + text;
  return `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

export function formatMoney(money: Money): string {
  return formatMinor(money.minor, money.currency);
}
