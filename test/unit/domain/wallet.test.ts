import { Currency } from '../../../src/domain/currency';
import { signedAmount } from '../../../src/domain/ledger-entry';
import { decreaseBalance, EntryContext, increaseBalance, isVersion, openWallet, Wallet } from '../../../src/domain/wallet';

const context: EntryContext = { entryId: 'entry-1', actor: 'alice', now: '2026-01-01T00:00:00.000Z' };
const gbp = (minor: bigint) => ({ currency: Currency.GBP, minor });
const wallet = (balance: bigint, version = 3): Wallet => ({
  id: 'w1',
  ownerId: 'alice',
  currency: Currency.GBP,
  balance,
  pendingHolds: [],
  version,
  inTotal: balance,
  outTotal: 0n,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-06-01T00:00:00.000Z',
});

describe('Wallet', () => {
  it('opens with balance 0 at version 0, recorded by a WALLET_CREATED entry', () => {
    const change = openWallet('w1', 'alice', Currency.EUR, context);
    expect(change.before).toBeUndefined();
    expect(change.after).toMatchObject({ id: 'w1', ownerId: 'alice', currency: Currency.EUR, balance: 0n, version: 0 });
    expect(change.entries[0]).toMatchObject({ type: 'WALLET_CREATED', version: 0, amount: 0n, balanceAfter: 0n });
  });

  it('increases: balance up, version up by exactly one, entry for the new version', () => {
    const result = increaseBalance(wallet(100n), gbp(50n), context);
    if (!result.ok) throw new Error('expected success');
    expect(result.change.before).toEqual(wallet(100n));
    expect(result.change.after).toMatchObject({ balance: 150n, version: 4, inTotal: 150n, outTotal: 0n, updatedAt: context.now });
    expect(result.change.entries[0]).toMatchObject({ type: 'BALANCE_INCREASED', version: 4, amount: 50n, balanceAfter: 150n });
    expect(signedAmount(result.change.entries[0])).toBe(50n);
  });

  it('works with a single currency', () => {
    expect(increaseBalance(wallet(100n), { currency: Currency.EUR, minor: 1n }, context)).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'CURRENCY_MISMATCH', walletCurrency: 'GBP', givenCurrency: 'EUR' }),
    });
    expect(decreaseBalance(wallet(100n), { currency: Currency.EUR, minor: 1n }, context)).toMatchObject({
      ok: false,
      error: { code: 'CURRENCY_MISMATCH' },
    });
  });

  it('decreases down to exactly 0', () => {
    const result = decreaseBalance(wallet(100n), gbp(100n), context);
    expect(result).toMatchObject({
      ok: true,
      change: { after: { balance: 0n, version: 4 }, entries: [{ type: 'BALANCE_DECREASED', amount: 100n }] },
    });
    if (result.ok) expect(signedAmount(result.change.entries[0])).toBe(-100n);
  });

  it('never below 0: the balance must be sufficient', () => {
    expect(decreaseBalance(wallet(100n), gbp(101n), context)).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'INSUFFICIENT_BALANCE', balance: gbp(100n), requested: gbp(101n) }),
    });
  });

  it('reports a currency mismatch before an insufficient balance', () => {
    expect(decreaseBalance(wallet(0n), { currency: Currency.USD, minor: 5n }, context)).toMatchObject({
      ok: false,
      error: { code: 'CURRENCY_MISMATCH' },
    });
  });

  it('records transfer context on the entry', () => {
    const result = decreaseBalance(wallet(100n), gbp(10n), { ...context, transferId: 't1', counterpartyWalletId: 'w2' }, 'TRANSFER_OUT');
    expect(result).toMatchObject({
      ok: true,
      change: { entries: [{ type: 'TRANSFER_OUT', transferId: 't1', counterpartyWalletId: 'w2' }] },
    });
  });

  it.each([
    [0, true],
    [7, true],
    [-1, false],
    [1.5, false],
    [Number.MAX_SAFE_INTEGER + 1, false],
  ])('isVersion(%s) is %s', (value, valid) => {
    expect(isVersion(value)).toBe(valid);
  });
});
