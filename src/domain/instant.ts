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
  if (Number.isNaN(Date.parse(text))) return false;
  // Within years 0000 to 9999 in UTC too: "9999-12-31T23:30:00-01:00" is in the year 10000, which the stores'
  // text order cannot place ("+010000-..." sorts before "2026-...").
  return /^\d{4}-/.test(storedInstant(text));
}

/**
 * The instant as the stores write and compare it (toISOString: UTC, milliseconds), for a question about the
 * entries strictly before it (a balance at, a window's ends). A finer fraction is rounded up to the next
 * millisecond, so that such a question keeps its meaning: an entry at .768 is before .7681, and still counts.
 */
export function storedInstant(text: string): string {
  const finer = /\.\d{3}(\d+)/.exec(text)?.[1];
  const roundUp = finer !== undefined && /[1-9]/.test(finer) ? 1 : 0;
  return new Date(Date.parse(text) + roundUp).toISOString();
}

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
