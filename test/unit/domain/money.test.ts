import { Currency } from '../../../src/domain/currency';
import { canonicalDecimal, formatMinor, MAX_AMOUNT_MAJOR, parseAmount } from '../../../src/domain/money';

describe('parseAmount', () => {
  it.each([
    ['100.50', Currency.GBP, 10050n],
    ['100.5', Currency.GBP, 10050n],
    ['0.01', Currency.EUR, 1n],
    ['007', Currency.USD, 700n],
    ['1.230', Currency.GBP, 123n],
    ['150', Currency.JPY, 150n],
    ['150.0', Currency.JPY, 150n],
    ['1500', Currency.KRW, 1500n],
    ['1.234', Currency.KWD, 1234n],
    ['0.005', Currency.BHD, 5n],
    ['2.5', Currency.KWD, 2500n],
    ['1000000000', Currency.GBP, 100000000000n],
  ])('reads %s %s as %s minor units, exactly', (text, currency, minor) => {
    expect(parseAmount(text, currency)).toEqual({ ok: true, money: { currency, minor } });
  });

  it('keeps decimal sums exact where binary floats do not (0.1 + 0.2)', () => {
    const sum = [parseAmount('0.1', Currency.GBP), parseAmount('0.2', Currency.GBP)].reduce(
      (total, parsed) => total + (parsed.ok ? parsed.money.minor : 0n),
      0n,
    );
    expect(formatMinor(sum, Currency.GBP)).toBe('0.30');
  });

  it.each([
    ['0', 'NOT_POSITIVE'],
    ['0.00', 'NOT_POSITIVE'],
    ['-5', 'NOT_POSITIVE'],
    ['-0.01', 'NOT_POSITIVE'],
    ['1.001', 'TOO_MANY_DECIMALS'],
    ['1000000000.01', 'ABOVE_MAXIMUM'],
    ['99999999999999999999999', 'ABOVE_MAXIMUM'],
    ['abc', 'NOT_A_DECIMAL'],
    ['1e3', 'NOT_A_DECIMAL'],
    ['', 'NOT_A_DECIMAL'],
    ['12,50', 'NOT_A_DECIMAL'],
    ['+5', 'NOT_A_DECIMAL'],
    ['.5', 'NOT_A_DECIMAL'],
  ])('rejects %j in GBP as %s', (text, problem) => {
    expect(parseAmount(text, Currency.GBP)).toEqual({ ok: false, problem });
  });

  it('rejects a fraction in a currency without minor units, and a fourth decimal in one of three', () => {
    expect(parseAmount('1.5', Currency.JPY)).toEqual({ ok: false, problem: 'TOO_MANY_DECIMALS' });
    expect(parseAmount('1.5', Currency.KRW)).toEqual({ ok: false, problem: 'TOO_MANY_DECIMALS' });
    expect(parseAmount('1.2345', Currency.KWD)).toEqual({ ok: false, problem: 'TOO_MANY_DECIMALS' });
  });

  it('accepts exactly the maximum', () => {
    expect(parseAmount(String(MAX_AMOUNT_MAJOR), Currency.JPY)).toEqual({
      ok: true,
      money: { currency: Currency.JPY, minor: MAX_AMOUNT_MAJOR },
    });
  });
});

describe('formatMinor', () => {
  it.each([
    [10050n, Currency.GBP, '100.50'],
    [0n, Currency.GBP, '0.00'],
    [5n, Currency.EUR, '0.05'],
    [5n, Currency.KWD, '0.005'],
    [1234n, Currency.BHD, '1.234'],
    [-5n, Currency.KWD, '-0.005'],
    [150n, Currency.JPY, '150'],
    [0n, Currency.JPY, '0'],
    [-125n, Currency.USD, '-1.25'],
    [123456789012345678901234567890n, Currency.CHF, '1234567890123456789012345678.90'],
  ])('writes %s %s as %s', (minor, currency, text) => {
    expect(formatMinor(minor, currency)).toBe(text);
  });
});

describe('canonicalDecimal', () => {
  it('spells one decimal value one way, and leaves text that is no plain decimal as it is', () => {
    for (const text of ['10', '10.0', '10.00', '010', '0010.000']) expect(canonicalDecimal(text)).toBe('10');
    expect(canonicalDecimal('0.50')).toBe('0.5');
    expect(canonicalDecimal('000.05')).toBe('0.05');
    expect(canonicalDecimal('-0.00')).toBe('0');
    expect(canonicalDecimal('-1.10')).toBe('-1.1');
    expect(canonicalDecimal('1e3')).toBe('1e3');
    expect(canonicalDecimal(' 10')).toBe(' 10');
  });
});
