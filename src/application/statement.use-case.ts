import { storedInstant } from '../domain/instant';
import { Caller, mayAccess } from '../domain/caller';
import { LedgerEntry, signedAmount } from '../domain/ledger-entry';
import { isFinalAt, Position, Statement, statementOf, versionOf } from '../domain/statement';
import { WalletRepository } from '../domain/wallet-repository.port';
import { existing, positionAt, WalletSeen } from './positions';
import { storedEntries, VersionWindow } from './stored-entries';
import { UseCaseDeps } from './use-case-deps';

/** Entries summed at most, for a window that starts or ends on entries written before running totals. */
export const MAX_SUMMED_ENTRIES = 10_000;

/** A statement window over entries too old for running totals, and too long to sum within the bound. */
export class StatementTooLargeError extends Error {
  constructor(walletId: string) {
    super(`Wallet ${walletId}: this window holds more than ${MAX_SUMMED_ENTRIES} entries written before running totals; narrow it`);
    this.name = 'StatementTooLargeError';
  }
}

/**
 * Opening and closing balance of [from, to) with what came in and went out: two positions (one bounded
 * read each) and the running totals on their entries. The window's bound is checked by the caller.
 */
export async function statement(
  deps: UseCaseDeps,
  caller: Caller,
  wallet: WalletSeen,
  from: string,
  to: string,
): Promise<Statement | undefined> {
  if (!mayAccess(caller, wallet)) return undefined;
  // The clock before the reads: final only if the window had ended by the margin before anything was read.
  const final = isFinalAt(to, deps.options.now());
  const opening = await positionAt(deps.repository, wallet, storedInstant(from));
  const closing = await positionAt(deps.repository, wallet, storedInstant(to));
  if (!closing.entry) return statementOf(wallet.id, wallet.currency, opening, closing, 0n, 0n, final);
  // Before the wallet existed its totals were those of its opening entry (0 and 0, but for wallets older than totals).
  const base = opening.entry ?? (await existing(deps.repository, wallet.id, 0));
  const [moneyIn, moneyOut] = totalsBetween(base, closing.entry) ?? (await summed(deps.repository, wallet.id, opening, closing));
  return statementOf(wallet.id, wallet.currency, opening, closing, moneyIn, moneyOut, final);
}

function totalsBetween(base: LedgerEntry, last: LedgerEntry): [bigint, bigint] | undefined {
  const { inTotalAfter: inBefore, outTotalAfter: outBefore } = base;
  const { inTotalAfter: inAfter, outTotalAfter: outAfter } = last;
  if (inBefore === undefined || outBefore === undefined || inAfter === undefined || outAfter === undefined) return undefined;
  return [inAfter - inBefore, outAfter - outBefore];
}

/** The fallback for entries without running totals: sum the window's entries, at most MAX_SUMMED_ENTRIES of them. */
async function summed(repository: WalletRepository, walletId: string, opening: Position, closing: Position): Promise<[bigint, bigint]> {
  const window: VersionWindow = { fromVersion: versionOf(opening) + 1, toVersion: versionOf(closing), order: 'oldestFirst' };
  // Versions are dense: the window's size is its entry count, known before any is read.
  if (window.toVersion - window.fromVersion + 1 > MAX_SUMMED_ENTRIES) throw new StatementTooLargeError(walletId);
  let moneyIn = 0n;
  let moneyOut = 0n;
  for await (const entry of storedEntries(repository, walletId, window)) {
    const signed = signedAmount(entry);
    if (signed >= 0n) moneyIn += signed;
    else moneyOut -= signed;
  }
  return [moneyIn, moneyOut];
}

/**
 * One page of a statement's entries, oldest first: versions (opening, closing], after a version already
 * shown. Only reachable from a statement the caller was given (the access check was made for it).
 */
export function statementEntries(deps: UseCaseDeps, statement: Statement, afterVersion: number | undefined, limit: number) {
  const fromVersion = Math.max(versionOf(statement.opening), afterVersion ?? -1) + 1;
  const toVersion = versionOf(statement.closing);
  if (fromVersion > toVersion) return Promise.resolve([]);
  return deps.repository.entries(statement.walletId, { fromVersion, toVersion, order: 'oldestFirst', limit });
}
