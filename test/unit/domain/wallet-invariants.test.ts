import { Currency } from '../../../src/domain/currency';
import { PendingHold } from '../../../src/domain/hold';
import { InvariantViolation } from '../../../src/domain/invariant-violation';
import { LedgerEntry, LedgerEntryType } from '../../../src/domain/ledger-entry';
import { decreaseBalance, EntryContext, increaseBalance, openWallet, Wallet, WalletChange } from '../../../src/domain/wallet';
import { captureHold, placeHold, voidHold } from '../../../src/domain/wallet-holds';
import { assertChangeWritable } from '../../../src/domain/wallet-invariants';

const NOW = '2026-01-01T12:00:00.000Z';
const LATER = '2026-01-01T13:00:00.000Z';
const EARLIER = '2026-01-01T11:00:00.000Z';
const context: EntryContext = { entryId: 'e1', actor: 'alice', now: NOW };
const gbp = (minor: bigint) => ({ currency: Currency.GBP, minor });
const pending = (id: string, amount: bigint, expiresAt = LATER): PendingHold => ({ id, amount, expiresAt, createdAt: EARLIER, actor: 'p' });
const wallet = (balance: bigint, pendingHolds: PendingHold[] = []): Wallet => ({
  id: 'w1',
  ownerId: 'alice',
  currency: Currency.GBP,
  balance,
  pendingHolds,
  version: 3,
  inTotal: balance + 50n,
  outTotal: 50n,
  createdAt: EARLIER,
  updatedAt: EARLIER,
});
function changeOf<T extends { ok: boolean }>(result: T): WalletChange {
  if (!result.ok || !('change' in result)) throw new Error('expected a change');
  return result.change as WalletChange;
}
const withEntry = (change: WalletChange, index: number, edit: Partial<LedgerEntry>): WalletChange => ({
  ...change,
  entries: change.entries.map((entry, i) => (i === index ? { ...entry, ...edit } : entry)),
});
const violation = (change: WalletChange) => () => assertChangeWritable(change);

/** Every entry kind the domain writes, from the domain's own functions: each passes the boundary as it is. */
const GOOD: ReadonlyArray<readonly [string, WalletChange]> = [
  ['WALLET_CREATED', openWallet('w1', 'alice', Currency.GBP, context)],
  ['BALANCE_INCREASED', changeOf(increaseBalance(wallet(1000n), gbp(5n), context))],
  ['BALANCE_DECREASED', changeOf(decreaseBalance(wallet(1000n), gbp(1000n), context))],
  ...(['TRANSFER_IN', 'REVERSAL_IN'] as LedgerEntryType[]).map(
    (type) => [type, changeOf(increaseBalance(wallet(1000n), gbp(7n), context, type))] as const,
  ),
  ...(['TRANSFER_OUT', 'REVERSAL_OUT'] as LedgerEntryType[]).map(
    (type) => [type, changeOf(decreaseBalance(wallet(1000n), gbp(7n), context, type))] as const,
  ),
  ['HOLD_PLACED', changeOf(placeHold(wallet(1000n, [pending('a', 100n)]), { holdId: 'h', amount: gbp(900n), expiresAt: LATER }, context))],
  ['HOLD_CAPTURED + HOLD_RELEASED', changeOf(captureHold(wallet(1000n, [pending('h', 300n)]), 'h', 100n, context))],
  ['HOLD_RELEASED (void)', changeOf(voidHold(wallet(1000n, [pending('h', 300n)]), 'h', context))],
  [
    'HOLD_EXPIRED + a change',
    changeOf(increaseBalance(wallet(1000n, [pending('x', 400n, EARLIER), pending('y', 600n)]), gbp(1n), context)),
  ],
];

describe('the invariants asserted before a write', () => {
  it.each(GOOD)('passes a sound change: %s', (_, change) => {
    expect(violation(change)).not.toThrow();
  });

  const increase = changeOf(increaseBalance(wallet(1000n), gbp(5n), context));
  const capture = changeOf(captureHold(wallet(1000n, [pending('h', 300n)]), 'h', 100n, context));
  const BAD: ReadonlyArray<readonly [string, WalletChange, RegExp]> = [
    ['a version that skips one (+2)', { ...increase, after: { ...increase.after, version: 5 } }, /version 5 after 1 entries from 4/],
    ['an entry that is not the new version', withEntry(increase, 0, { version: 5 }), /entry 5 .*not consecutive/],
    ['no entry', { ...increase, entries: [] }, /0 entries/],
    ['a balance below 0', { ...increase, after: { ...increase.after, balance: -1n, inTotal: -1n, outTotal: 0n } }, /below 0/],
    ['holds above the balance', { ...increase, after: { ...increase.after, pendingHolds: [pending('h', 2000n)] } }, /holds of 2000/],
    ['running totals that do not add up', { ...increase, after: { ...increase.after, inTotal: 1n } }, /is not the balance/],
    [
      'a balanceAfter that does not add up',
      withEntry(increase, 0, { balanceAfter: 1006n, inTotalAfter: 1056n }),
      /balanceAfter 1006, 1005 by the amounts/,
    ],
    ['an availableAfter that does not add up', withEntry(capture, 0, { availableAfter: 600n }), /availableAfter 600, 700/],
    ['an inTotalAfter that does not add up', withEntry(increase, 0, { inTotalAfter: 1n }), /in 1 - out 50|inTotalAfter/],
    ['a zero amount', withEntry(increase, 0, { amount: 0n }), /amount 0 is not what the type moves/],
    ['a negative amount', withEntry(increase, 0, { amount: -5n }), /amount -5/],
    ['an entry of another currency', withEntry(increase, 0, { currency: Currency.EUR }), /another wallet or currency/],
    ['an entry of another wallet', withEntry(increase, 0, { walletId: 'w2' }), /another wallet or currency/],
    ['a change of currency', { ...increase, after: { ...increase.after, currency: Currency.EUR } }, /differ from the state/],
    [
      'entries that leave other figures than the wallet',
      { ...increase, after: { ...increase.after, balance: 1006n, inTotal: 1056n } },
      /balanceAfter|last entry/,
    ],
    ['an opening with money', withEntry(GOOD[0][1], 0, { amount: 1n }), /not what the type moves/],
    ['an opening at version 1', { ...GOOD[0][1], after: { ...GOOD[0][1].after, version: 1 } }, /version 1 after 1 entries from 0/],
    [
      'a hold record of another wallet',
      { ...capture, holds: capture.holds?.map((write) => ({ ...write, hold: { ...write.hold, walletId: 'w2' } })) },
      /hold record/,
    ],
  ];

  it.each(BAD)('throws InvariantViolation, with the facts, on %s', (_, change, facts) => {
    expect(violation(change)).toThrow(InvariantViolation);
    expect(violation(change)).toThrow(facts);
  });
});
