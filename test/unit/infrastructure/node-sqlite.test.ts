import { supportsNodeSqlite } from '../../../src/infrastructure/sqlite/node-sqlite';

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
});
