import { MAX_PENDING_HOLDS } from './hold';
import { isMoneyIn, isMoneyOut, LedgerEntry, signedAmount, signedAvailable } from './ledger-entry';
import type { Wallet } from './wallet';

/**
 * The facts of the ledger's arithmetic, stated once for both sides of the store boundary: a change is
 * checked against them before it is written (wallet-invariants.ts) and what is read after it is read
 * (read-invariants.ts). Each returns the first broken fact in words, or undefined. Pure, O(holds + entries).
 */

/** Where the ledger stood after an entry (or a wallet, as the entry before its next one). */
export type LedgerPoint = Pick<LedgerEntry, 'version' | 'balanceAfter' | 'availableAfter' | 'inTotalAfter' | 'outTotalAfter'>;

/** The sum of every hold the wallet carries, expired or not: what `availableAfter` subtracts. */
const heldOf = (wallet: Pick<Wallet, 'pendingHolds'>): bigint => wallet.pendingHolds.reduce((sum, hold) => sum + hold.amount, 0n);

export function pointOf(wallet: Wallet): LedgerPoint {
  const { version, balance, inTotal, outTotal } = wallet;
  return { version, balanceAfter: balance, availableAfter: balance - heldOf(wallet), inTotalAfter: inTotal, outTotalAfter: outTotal };
}

/** A wallet as it may be stored: version >= 0, balance >= 0, holds within the balance, totals that add up. */
export function brokenWalletFact(wallet: Wallet): string | undefined {
  const held = heldOf(wallet);
  if (!Number.isSafeInteger(wallet.version) || wallet.version < 0) return `version ${wallet.version} is not a version`;
  if (wallet.balance < 0n) return `balance ${wallet.balance} is below 0`;
  if (wallet.pendingHolds.some((hold) => hold.amount <= 0n)) return 'a pending hold holds nothing';
  if (wallet.pendingHolds.length > MAX_PENDING_HOLDS) return `${wallet.pendingHolds.length} pending holds exceed ${MAX_PENDING_HOLDS}`;
  if (held > wallet.balance) return `holds of ${held} exceed the balance ${wallet.balance}`;
  if (wallet.inTotal - wallet.outTotal !== wallet.balance)
    return `in ${wallet.inTotal} - out ${wallet.outTotal} is not the balance ${wallet.balance}`;
  return undefined;
}

/** One entry on its own: opening is version 0 and moves nothing; every other entry moves a positive amount. */
export function brokenEntryFact(entry: LedgerEntry): string | undefined {
  const at = `entry ${entry.version} (${entry.type})`;
  const { inTotalAfter, outTotalAfter } = entry;
  if (!Number.isSafeInteger(entry.version) || entry.version < 0) return `${at}: not a version`;
  if ((entry.version === 0) !== (entry.type === 'WALLET_CREATED')) return `${at}: only the opening entry has version 0`;
  if (entry.type === 'WALLET_CREATED' ? entry.amount !== 0n || entry.balanceAfter !== 0n : entry.amount <= 0n)
    return `${at}: amount ${entry.amount} is not what the type moves`;
  if (entry.balanceAfter < 0n) return `${at}: balanceAfter ${entry.balanceAfter} is below 0`;
  if (entry.availableAfter < 0n || entry.availableAfter > entry.balanceAfter)
    return `${at}: availableAfter ${entry.availableAfter} is outside 0..${entry.balanceAfter}`;
  if (inTotalAfter !== undefined && outTotalAfter !== undefined && inTotalAfter - outTotalAfter !== entry.balanceAfter)
    return `${at}: in ${inTotalAfter} - out ${outTotalAfter} is not balanceAfter ${entry.balanceAfter}`;
  return undefined;
}

/** An entry right after a point: the next version, and every running figure moved by exactly its amount. */
export function brokenStep(previous: LedgerPoint, entry: LedgerEntry): string | undefined {
  const at = `entry ${entry.version} (${entry.type}) after version ${previous.version}`;
  if (entry.version !== previous.version + 1) return `${at}: versions are not consecutive`;
  const balance = previous.balanceAfter + signedAmount(entry);
  if (entry.balanceAfter !== balance) return `${at}: balanceAfter ${entry.balanceAfter}, ${balance} by the amounts`;
  const available = previous.availableAfter + signedAvailable(entry);
  if (entry.availableAfter !== available) return `${at}: availableAfter ${entry.availableAfter}, ${available} by the amounts`;
  // Entries written before running totals lack them: there is nothing to chain.
  if (previous.inTotalAfter === undefined || previous.outTotalAfter === undefined) return undefined;
  const moneyIn = previous.inTotalAfter + (isMoneyIn(entry.type) ? entry.amount : 0n);
  const moneyOut = previous.outTotalAfter + (isMoneyOut(entry.type) ? entry.amount : 0n);
  if (entry.inTotalAfter !== undefined && entry.inTotalAfter !== moneyIn)
    return `${at}: inTotalAfter ${entry.inTotalAfter}, ${moneyIn} by the amounts`;
  if (entry.outTotalAfter !== undefined && entry.outTotalAfter !== moneyOut)
    return `${at}: outTotalAfter ${entry.outTotalAfter}, ${moneyOut} by the amounts`;
  return undefined;
}
