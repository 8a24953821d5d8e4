/**
 * An instant as a client writes it: RFC 3339 ("2026-02-28T23:59:59.999Z", or with an offset "+01:00"). The shape alone
 * lets through dates that do not exist, and JavaScript's Date reads them as others: "2026-02-30" as March 2nd,
 * "T24:00:00" as the next day. A statement or a balance asked for such a moment would silently be of another one.
 */
const SHAPE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(?:Z|[+-](\d{2}):(\d{2}))$/;

/**
 * True when `text` is an instant of that shape whose date and time exist (no February 30th, no hour 24, no second 60),
 * with at most 9 digits after the second (nanoseconds), for the `DateTime` scalar and the CSV statement alike.
 */
export function isCalendarInstant(text: string): boolean {
  const parts = SHAPE.exec(text);
  if (!parts) return false;
  const [year, month, day, hour, minute, second] = parts.slice(1, 7).map(Number);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return false;
  if (hour > 23 || minute > 59 || second > 59) return false;
  if (parts[8] !== undefined && (Number(parts[8]) > 23 || Number(parts[9]) > 59)) return false;
  return !Number.isNaN(Date.parse(text));
}

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
