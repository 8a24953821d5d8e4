import { storedInstant } from './instant';
import { Currency } from './currency';
import { LedgerEntry } from './ledger-entry';

/** The longest window a statement (or its CSV) may span: a year and a day, so any calendar year fits. */
const MAX_STATEMENT_DAYS = 366;

/**
 * A wallet as of an instant: after every entry that occurred strictly before it. `entry` is that last
 * entry; absent when the wallet did not exist yet (then the balance is nothing, not zero).
 */
export interface Position {
  readonly at: string;
  readonly entry?: LedgerEntry;
}

/** The version a position stands at; -1 before the wallet existed (its opening entry is version 0). */
export const versionOf = (position: Position): number => position.entry?.version ?? -1;
export const balanceOf = (position: Position): bigint => position.entry?.balanceAfter ?? 0n;

/**
 * What moved in a window [from, to): opening + moneyIn - moneyOut = closing, always (see statementOf).
 * The entries are the versions (opening, closing], read page by page.
 */
export interface Statement {
  readonly walletId: string;
  readonly currency: Currency;
  readonly opening: Position;
  readonly closing: Position;
  readonly moneyIn: bigint;
  readonly moneyOut: bigint;
}

/** Builds a statement and asserts that it adds up: a statement that does not is a bug, never an answer. */
export function statementOf(
  walletId: string,
  currency: Currency,
  opening: Position,
  closing: Position,
  moneyIn: bigint,
  moneyOut: bigint,
): Statement {
  if (versionOf(opening) > versionOf(closing)) throw new Error(`Statement of ${walletId}: opening is after closing`);
  if (balanceOf(opening) + moneyIn - moneyOut !== balanceOf(closing)) {
    throw new Error(
      `Statement of ${walletId}: opening ${balanceOf(opening)} + in ${moneyIn} - out ${moneyOut} != closing ${balanceOf(closing)}`,
    );
  }
  return { walletId, currency, opening, closing, moneyIn, moneyOut };
}

/** Why a window is refused, or undefined: from before to, at most MAX_STATEMENT_DAYS apart. */
export function windowProblem(from: string, to: string): string | undefined {
  if (Number.isNaN(Date.parse(from)) || Number.isNaN(Date.parse(to))) return 'from and to must be ISO-8601 instants';
  const span = Date.parse(storedInstant(to)) - Date.parse(storedInstant(from));
  if (!(span > 0)) return 'from must be earlier than to, by a millisecond at least';
  if (span > MAX_STATEMENT_DAYS * 24 * 3600 * 1000) return `the window may span at most ${MAX_STATEMENT_DAYS} days`;
  return undefined;
}
