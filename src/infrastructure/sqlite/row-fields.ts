import { Currency, isCurrency } from '../../domain/currency';
import { Row } from './node-sqlite';

/** A stored row that does not have the shape this code wrote: a bug, a foreign writer or a damaged file. */
export class CorruptRowError extends Error {
  constructor(table: string, problem: string) {
    super(`Corrupt row in ${table}: ${problem}`);
    this.name = 'CorruptRowError';
  }
}

/**
 * Typed, validated reads of one row's columns: rows are checked, never cast. INTEGER columns are read
 * as bigint (statements are prepared with setReadBigInts), so money never passes through a float.
 */
export function rowReader(table: string, row: Row) {
  const fail = (problem: string) => new CorruptRowError(table, problem);
  const reader = {
    string(name: string): string {
      const value = row[name];
      if (typeof value !== 'string') throw fail(`${name} is not text`);
      return value;
    },
    optionalString(name: string): string | undefined {
      return row[name] === null || row[name] === undefined ? undefined : reader.string(name);
    },
    bigint(name: string): bigint {
      const value = row[name];
      if (typeof value !== 'bigint') throw fail(`${name} is not an integer`);
      return value;
    },
    optionalBigint(name: string): bigint | undefined {
      return row[name] === null || row[name] === undefined ? undefined : reader.bigint(name);
    },
    int(name: string): number {
      const value = Number(reader.bigint(name));
      if (!Number.isSafeInteger(value)) throw fail(`${name} is out of range`);
      return value;
    },
    currency(name: string): Currency {
      const value = row[name];
      if (!isCurrency(value)) throw fail(`${name} is not a known currency`);
      return value;
    },
    oneOf<T extends string>(name: string, allowed: readonly T[]): T {
      const value = row[name];
      const match = allowed.find((candidate) => candidate === value);
      if (match === undefined) throw fail(`${name} is not one of ${allowed.join(', ')}`);
      return match;
    },
  };
  return reader;
}
