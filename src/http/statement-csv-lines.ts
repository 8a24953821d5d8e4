import { isHoldEntry, isMoneyIn, isMoneyOut, LedgerEntry } from '../domain/ledger-entry';
import { formatMinor } from '../domain/money';
import { balanceOf, Statement } from '../domain/statement';

/**
 * The CSV statement's lines: its columns, the opening and closing summaries, one line per ledger entry, the line that
 * ends a file cut short, and how a cell is written (quoting, and text a spreadsheet would run defused). Streaming them
 * to a client is statement-csv.ts's.
 */

/**
 * The columns, in order. Those after `metadata` were added later, at the end, so a spreadsheet that reads the first
 * ten by position keeps working: `held` (the amount a HOLD_* line places, captures, releases or lets expire),
 * `hold_id`, `available_after` (the balance minus the holds pending after the line), `currency`, `wallet_id`.
 */
export const COLUMNS = [
  'date',
  'version',
  'type',
  'money_in',
  'money_out',
  'balance_after',
  'transfer_id',
  'reversal_of',
  'counterparty_wallet_id',
  'metadata',
  'held',
  'hold_id',
  'available_after',
  'currency',
  'wallet_id',
] as const;
type Column = (typeof COLUMNS)[number];

/** A line by its columns' names, in COLUMNS' order: a cell not given is empty. */
function line(cells: Partial<Record<Column, string>>): string[] {
  return COLUMNS.map((column) => cells[column] ?? '');
}

/**
 * The file's name: the wallet, its currency and the window's days, so two wallets' statements of one month do not
 * take the same name. A wallet id is reduced to letters, digits, `.`, `_` and `-` there (the file's `wallet_id`
 * column has it exactly).
 */
export function csvFilename(statement: Statement): string {
  const wallet = statement.walletId.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 64);
  return `statement-${wallet}-${statement.currency}-${statement.opening.at.slice(0, 10)}-${statement.closing.at.slice(0, 10)}.csv`;
}

/** The last line of a file that reached its byte budget: the first entry left out is `from` for the rest. */
export function cutShortLine(statement: Statement, next: Pick<LedgerEntry, 'occurredAt' | 'version'>, maxBytes: number): string[] {
  const why = `The file reached ${maxBytes} bytes: ask again with from=${next.occurredAt} for the rest (versions from ${next.version})`;
  return line({
    date: next.occurredAt,
    version: String(next.version),
    type: 'CUT_SHORT',
    metadata: JSON.stringify({ reason: why }),
    currency: statement.currency,
    wallet_id: statement.walletId,
  });
}

export function summaryLine(statement: Statement, kind: 'OPENING_BALANCE' | 'CLOSING_BALANCE' | 'CLOSING_BALANCE_SO_FAR'): string[] {
  const money = (minor: bigint) => formatMinor(minor, statement.currency);
  const opening = kind === 'OPENING_BALANCE';
  const position = opening ? statement.opening : statement.closing;
  return line({
    date: position.at,
    type: kind,
    ...(!opening && { money_in: money(statement.moneyIn), money_out: money(statement.moneyOut) }),
    balance_after: money(balanceOf(position)),
    available_after: money(position.entry?.availableAfter ?? 0n),
    currency: statement.currency,
    wallet_id: statement.walletId,
  });
}

export function entryLine(entry: LedgerEntry): string[] {
  const amount = formatMinor(entry.amount, entry.currency);
  // A JSON object written pair by pair, in the stored order (sorted by key): built through a JavaScript object, keys
  // that read as whole numbers ("9", "10") would move first, and the cell would differ from the entry GraphQL shows.
  const metadata =
    entry.metadata.length === 0
      ? ''
      : `{${entry.metadata.map(({ key, value }) => `${JSON.stringify(key)}:${JSON.stringify(value)}`).join(',')}}`;
  return line({
    date: entry.occurredAt,
    version: String(entry.version),
    type: entry.type,
    // A hold placed, released or expired moves no posted money: neither column (`held` says what it held or freed).
    money_in: isMoneyIn(entry.type) ? amount : '',
    money_out: isMoneyOut(entry.type) ? amount : '',
    balance_after: formatMinor(entry.balanceAfter, entry.currency),
    transfer_id: entry.transferId,
    reversal_of: entry.reversalOf,
    counterparty_wallet_id: entry.counterpartyWalletId,
    metadata,
    held: isHoldEntry(entry.type) ? amount : '',
    hold_id: entry.holdId,
    available_after: formatMinor(entry.availableAfter, entry.currency),
    currency: entry.currency,
    wallet_id: entry.walletId,
  });
}

/**
 * Where a spreadsheet may start a cell: the cell's start, and after a `;` or a tab, which Excel takes as the separator
 * in many locales (de, fr, nl: the list separator is `;`), quotes or no quotes; then any spaces or quote marks. What
 * starts a formula: = + - @ and their fullwidth forms (＝ ＋ － ＠, which an East Asian keyboard types and a
 * spreadsheet may read as the ASCII ones), a tab or a carriage return.
 */
const FORMULA_START = /(^|[;\t])([\s"]*)(?=[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20])/g;

/**
 * RFC 4180 quoting; text a spreadsheet would run as a formula (= + - @, fullwidth too, where a cell may start) gets a quote mark
 * before it (OWASP's advice): `=1+1` is written `'=1+1`, and `x;=1+1` `x;'=1+1`. A number (an amount) is left as it is.
 */
export function csvCell(value: string): string {
  const safe = /^-?\d+(\.\d+)?$/.test(value) ? value : value.replace(FORMULA_START, "$1$2'");
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvText(lines: readonly string[][]): string {
  return lines.map((line) => `${line.map(csvCell).join(',')}\r\n`).join('');
}
