/**
 * Money as the harness sees it on the wire: GBP "12.34" <-> 1234n minor units. The harness parses
 * amounts itself rather than reusing the service's money code: a checker that shares the code
 * under test would share its bugs.
 */
const MINOR_DIGITS = 2;
const PATTERN = /^(-?)(\d+)\.(\d{2})$/;

export function toMinor(text: string): bigint {
  const match = PATTERN.exec(text);
  if (!match) throw new Error(`Not a GBP amount with ${MINOR_DIGITS} decimals: ${JSON.stringify(text)}`);
  const minor = BigInt(match[2] + match[3]);
  return match[1] === '-' ? -minor : minor;
}

export function toDecimal(minor: bigint): string {
  const sign = minor < 0n ? '-' : '';
  const digits = (minor < 0n ? -minor : minor).toString().padStart(MINOR_DIGITS + 1, '0');
  return `${sign}${digits.slice(0, -MINOR_DIGITS)}.${digits.slice(-MINOR_DIGITS)}`;
}
