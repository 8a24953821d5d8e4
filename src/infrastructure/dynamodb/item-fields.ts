import { Currency, isCurrency } from '../../domain/currency';

/** An item as the document client returns it, numbers wrapped (never a lossy JS number). */
export type Item = Record<string, unknown>;

/**
 * A DynamoDB number exactly as stored (its decimal text). Items are unmarshalled with
 * `wrapNumbers: ExactNumber.of`, so no stored number ever passes through a binary float.
 */
export class ExactNumber {
  private constructor(readonly text: string) {}
  static of(this: void, text: string): ExactNumber {
    return new ExactNumber(text);
  }
}

/**
 * A fresh options object on every call: the document client writes its own defaults
 * (convertWithoutMapWrapper) into the object it is given, which would change how a shared one unmarshalls.
 */
export const unmarshallOptions = () => ({ wrapNumbers: ExactNumber.of });

/** A stored item that does not have the shape this code wrote: a bug or a foreign writer. */
export class CorruptItemError extends Error {
  constructor(item: Item, problem: string) {
    super(`Corrupt item ${String(item.pk)}/${String(item.sk)}: ${problem}`);
    this.name = 'CorruptItemError';
  }
}

const INTEGER = /^-?\d+$/;

/** Typed, validated reads of item attributes: rows from the database are checked, never cast. */
export const read = {
  string(item: Item, name: string): string {
    const value = item[name];
    if (typeof value !== 'string') throw new CorruptItemError(item, `${name} is not a string`);
    return value;
  },
  optionalString(item: Item, name: string): string | undefined {
    return item[name] === undefined ? undefined : read.string(item, name);
  },
  bigint(item: Item, name: string): bigint {
    const value = item[name];
    if (!(value instanceof ExactNumber) || !INTEGER.test(value.text)) throw new CorruptItemError(item, `${name} is not an integer`);
    return BigInt(value.text);
  },
  int(item: Item, name: string): number {
    const value = Number(read.bigint(item, name));
    if (!Number.isSafeInteger(value)) throw new CorruptItemError(item, `${name} is out of range`);
    return value;
  },
  currency(item: Item, name: string): Currency {
    const value = item[name];
    if (!isCurrency(value)) throw new CorruptItemError(item, `${name} is not a known currency`);
    return value;
  },
  oneOf<T extends string>(item: Item, name: string, allowed: readonly T[]): T {
    const value = item[name];
    const match = allowed.find((candidate) => candidate === value);
    if (match === undefined) throw new CorruptItemError(item, `${name} is not one of ${allowed.join(', ')}`);
    return match;
  },
};
