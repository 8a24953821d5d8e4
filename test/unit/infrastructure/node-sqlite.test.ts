import { isBusy, supportsNodeSqlite } from '../../../src/infrastructure/sqlite/node-sqlite';

describe('node:sqlite availability', () => {
  it.each([
    ['20.20.2', false],
    ['22.12.0', false],
    ['22.13.0', true],
    ['22.22.2', true],
    ['23.3.0', false],
    ['23.4.0', true],
    ['24.0.0', true],
    ['26.1.0', true],
  ])('Node %s: %s', (version, expected) => {
    expect(supportsNodeSqlite(version)).toBe(expected);
  });

  it('tells SQLITE_BUSY (and its extended codes) by the error code, not the message', () => {
    const error = (errcode: number) => Object.assign(new Error('any text'), { code: 'ERR_SQLITE_ERROR', errcode });
    expect(isBusy(error(5))).toBe(true);
    expect(isBusy(error(261))).toBe(true); // SQLITE_BUSY_RECOVERY
    expect(isBusy(error(6))).toBe(false); // SQLITE_LOCKED
    expect(isBusy(error(1555))).toBe(false); // SQLITE_CONSTRAINT_PRIMARYKEY
    expect(isBusy(new Error('database is locked'))).toBe(false);
  });
});
