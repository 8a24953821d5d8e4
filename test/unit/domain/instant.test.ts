import { isCalendarInstant, storedInstant } from '../../../src/domain/instant';

describe('an instant as a client writes it', () => {
  it.each([
    '2026-02-28T23:59:59.999Z',
    '2024-02-29T00:00:00Z',
    '2000-02-29T12:00:00+01:00',
    '2026-12-31T23:59:59-23:59',
    '2026-04-30T00:00:00.123456789Z',
  ])('takes %s, a moment that exists', (text) => {
    expect(isCalendarInstant(text)).toBe(true);
  });

  it.each([
    ['2026-02-29T00:00:00Z', '2026 is no leap year'],
    ['1900-02-29T00:00:00Z', 'nor is 1900'],
    ['2026-02-30T00:00:00Z', 'February has no 30th'],
    ['2026-04-31T00:00:00Z', 'April has 30 days'],
    ['2026-00-10T00:00:00Z', 'no month 0'],
    ['2026-13-01T00:00:00Z', 'no month 13'],
    ['2026-01-00T00:00:00Z', 'no day 0'],
    ['2026-01-01T24:00:00Z', 'no hour 24 (Date reads it as the next day)'],
    ['2026-01-01T23:60:00Z', 'no minute 60'],
    ['2026-01-01T23:59:60Z', 'no leap second'],
    ['2026-01-01T00:00:00+24:00', 'no offset of 24 hours'],
    ['2026-01-01T00:00:00+01:60', 'no offset minute 60'],
    ['2026-01-01 00:00:00Z', 'a space for the T'],
    ['2026-01-01T00:00:00', 'no zone'],
    ['yesterday', 'not an instant'],
    ['9999-12-31T23:30:00-01:00', 'in the year 10000 in UTC (the stores order instants as text)'],
    ['0000-01-01T00:30:00+01:00', 'in the year -1 in UTC'],
    ['9999-12-31T23:59:59.9999Z', 'in the year 10000 once rounded up to the millisecond'],
  ])('refuses %s: %s', (text) => {
    expect(isCalendarInstant(text)).toBe(false);
  });

  it('takes at most 9 digits after the second', () => {
    expect(isCalendarInstant('2026-01-01T00:00:00.123456789Z')).toBe(true);
    expect(isCalendarInstant('2026-01-01T00:00:00.1234567890Z')).toBe(false);
  });

  it('takes the first and the last millisecond of years 0000 to 9999', () => {
    expect(isCalendarInstant('0000-01-01T00:00:00Z')).toBe(true);
    expect(isCalendarInstant('9999-12-31T23:59:59.999Z')).toBe(true);
  });
});

describe('an instant as the stores compare it', () => {
  it.each([
    ['2026-03-01T12:00:03.768Z', '2026-03-01T12:00:03.768Z'],
    ['2026-03-01T12:00:03Z', '2026-03-01T12:00:03.000Z'],
    ['2026-03-01T13:00:03.5+01:00', '2026-03-01T12:00:03.500Z'],
    ['2026-03-01T12:00:03.768000000Z', '2026-03-01T12:00:03.768Z'],
    // Rounded up: a question about the entries strictly before .7681 counts the entry at .768.
    ['2026-03-01T12:00:03.7681Z', '2026-03-01T12:00:03.769Z'],
    ['2026-03-01T12:00:03.427999999Z', '2026-03-01T12:00:03.428Z'],
    ['2026-12-31T23:59:59.999000001Z', '2027-01-01T00:00:00.000Z'],
  ])('writes %s as %s', (text, stored) => {
    expect(storedInstant(text)).toBe(stored);
  });
});
