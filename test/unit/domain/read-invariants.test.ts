import { Currency } from '../../../src/domain/currency';
import { InvariantViolation } from '../../../src/domain/invariant-violation';
import { LedgerEntry } from '../../../src/domain/ledger-entry';
import { checkedEntries, checkedEntry, checkedWallet } from '../../../src/domain/read-invariants';
import { decreaseBalance, EntryContext, increaseBalance, openWallet, Wallet, WalletChange } from '../../../src/domain/wallet';
import { captureHold, placeHold, voidHold } from '../../../src/domain/wallet-holds';

const at = (minute: number) => `2026-01-01T12:${String(minute).padStart(2, '0')}:00.000Z`;
const context = (minute: number): EntryContext => ({ entryId: `e${minute}`, actor: 'alice', now: at(minute) });
const gbp = (minor: bigint) => ({ currency: Currency.GBP, minor });
function next(result: { ok: boolean }): WalletChange {
  if (!result.ok || !('change' in result)) throw new Error('expected a change');
  return result.change as WalletChange;
}

/** A wallet's whole history as the domain writes it: every entry kind, holds placed, captured, voided and expired. */
function history(): { wallet: Wallet; entries: LedgerEntry[] } {
  const changes = [openWallet('w1', 'alice', Currency.GBP, context(0))];
  const now = () => changes[changes.length - 1].after;
  const hold = (id: string, amount: bigint, expiresAt: string, minute: number) =>
    next(placeHold(now(), { holdId: id, amount: gbp(amount), expiresAt }, context(minute)));
  changes.push(next(increaseBalance(now(), gbp(1000n), context(1))));
  changes.push(next(increaseBalance(now(), gbp(300n), context(2), 'TRANSFER_IN')));
  changes.push(next(decreaseBalance(now(), gbp(100n), context(3), 'TRANSFER_OUT')));
  changes.push(hold('h1', 400n, at(50), 4));
  changes.push(next(captureHold(now(), 'h1', 150n, context(5))));
  changes.push(hold('h2', 200n, at(50), 6));
  changes.push(next(voidHold(now(), 'h2', context(7))));
  changes.push(hold('h3', 50n, at(9), 8));
  changes.push(next(decreaseBalance(now(), gbp(10n), context(10), 'REVERSAL_OUT')));
  changes.push(next(increaseBalance(now(), gbp(10n), context(11), 'REVERSAL_IN')));
  changes.push(next(decreaseBalance(now(), gbp(1n), context(12))));
  return { wallet: now(), entries: changes.flatMap((change) => change.entries) };
}

describe('the invariants asserted after a read', () => {
  const { wallet, entries } = history();

  it('passes a sound wallet and its whole history, oldest or newest first, or any page of it', () => {
    expect(new Set(entries.map((entry) => entry.type)).size).toBe(11);
    expect(checkedWallet(wallet)).toBe(wallet);
    expect(checkedEntries('w1', entries)).toBe(entries);
    expect(() => checkedEntries('w1', [...entries].reverse())).not.toThrow();
    expect(() => checkedEntries('w1', entries.slice(4, 9))).not.toThrow();
    expect(() => checkedEntries('w1', [])).not.toThrow();
    for (const entry of entries) expect(checkedEntry('w1', entry)).toBe(entry);
  });

  it.each([
    ['a negative version', { ...wallet, version: -1 }, /not a version/],
    ['a balance below 0', { ...wallet, balance: -1n, inTotal: wallet.outTotal - 1n }, /below 0/],
    ['holds above the balance', { ...wallet, pendingHolds: [{ ...wallet.pendingHolds[0], amount: wallet.balance + 1n }] }, /holds of/],
    ['totals that do not add up', { ...wallet, balance: wallet.balance + 1n }, /is not the balance/],
  ] as const)('fails loudly on a wallet with %s', (_, read, facts) => {
    expect(() => checkedWallet(read)).toThrow(InvariantViolation);
    expect(() => checkedWallet(read)).toThrow(facts);
  });

  const edited = (index: number, edit: Partial<LedgerEntry>) => entries.map((entry, i) => (i === index ? { ...entry, ...edit } : entry));
  it.each([
    ['a missing version', entries.filter((_, i) => i !== 5), /not consecutive/],
    [
      'a balanceAfter that does not add up (legacy entry, no totals)',
      edited(1, { inTotalAfter: undefined, outTotalAfter: undefined, balanceAfter: 1001n, availableAfter: 1001n }),
      /balanceAfter 1001, 1000 by/,
    ],
    ['an availableAfter that does not add up', edited(6, { availableAfter: 0n }), /availableAfter 0, /],
    ['an entry of another wallet', edited(3, { walletId: 'w2' }), /of wallet w2/],
    ['an entry of another currency', edited(3, { currency: Currency.EUR }), /currencies differ/],
    ['an amount of 0', edited(3, { amount: 0n }), /amount 0/],
    ['an opening that is not version 0', edited(0, { version: 7 }), /only the opening entry/],
  ] as const)('fails loudly on a history page with %s', (_, page, facts) => {
    expect(() => checkedEntries('w1', page)).toThrow(InvariantViolation);
    expect(() => checkedEntries('w1', [...page].reverse())).toThrow(facts);
  });
});
