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

/**
 * How long after its end a window's figures are final: no entry dated before the end can still be written or come
 * to light. It covers the time index's lag (DynamoDB's is eventually consistent, about a second), the clocks of the
 * service's instances disagreeing (NTP: a second or two, as holds.md assumes; an entry takes its writer's clock), and
 * a change's flight (an entry is dated when the change is decided; the AWS SDK may resend it for about 15 s on a
 * failing network), with room to spare. docs/finance.md says what a client is told.
 */
export const FINAL_AFTER_MS = 60_000;

/** Whether a balance as of `at` can no longer change: `at` had passed by FINAL_AFTER_MS at `now`. */
export function isFinalAt(at: string, now: Date): boolean {
  return Date.parse(storedInstant(at)) <= now.getTime() - FINAL_AFTER_MS;
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
  /** Its figures can no longer change: its end had passed by FINAL_AFTER_MS when it was read (isFinalAt). */
  readonly final: boolean;
}

/** Builds a statement and asserts that it adds up: a statement that does not is a bug, never an answer. */
export function statementOf(
  walletId: string,
  currency: Currency,
  opening: Position,
  closing: Position,
  moneyIn: bigint,
  moneyOut: bigint,
  final: boolean,
): Statement {
  if (versionOf(opening) > versionOf(closing)) throw new Error(`Statement of ${walletId}: opening is after closing`);
  if (balanceOf(opening) + moneyIn - moneyOut !== balanceOf(closing)) {
    throw new Error(
      `Statement of ${walletId}: opening ${balanceOf(opening)} + in ${moneyIn} - out ${moneyOut} != closing ${balanceOf(closing)}`,
    );
  }
  return { walletId, currency, opening, closing, moneyIn, moneyOut, final };
}

/** Why a window is refused, or undefined: from before to, at most MAX_STATEMENT_DAYS apart. */
export function windowProblem(from: string, to: string): string | undefined {
  if (Number.isNaN(Date.parse(from)) || Number.isNaN(Date.parse(to))) return 'from and to must be ISO-8601 instants';
  const span = Date.parse(storedInstant(to)) - Date.parse(storedInstant(from));
  if (!(span > 0)) return 'from must be earlier than to, by a millisecond at least';
  if (span > MAX_STATEMENT_DAYS * 24 * 3600 * 1000) return `the window may span at most ${MAX_STATEMENT_DAYS} days`;
  return undefined;
}
