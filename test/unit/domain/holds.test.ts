import { Currency } from '../../../src/domain/currency';
import { HoldStatus, MAX_PENDING_HOLDS, PendingHold, shownAt, statusAt } from '../../../src/domain/hold';
import { newHoldId, parseHoldId } from '../../../src/domain/hold-id';
import { LedgerEntry, signedAmount, signedAvailable } from '../../../src/domain/ledger-entry';
import { availableAt, decreaseBalance, EntryContext, heldAt, increaseBalance, Wallet, WalletChange } from '../../../src/domain/wallet';
import { assertVersions } from '../../../src/domain/wallet-steps';
import { captureHold, placeHold, voidHold } from '../../../src/domain/wallet-holds';

const NOW = '2026-01-01T12:00:00.000Z';
const LATER = '2026-01-01T13:00:00.000Z';
const EARLIER = '2026-01-01T11:00:00.000Z';
const context: EntryContext = { entryId: 'e1', actor: 'alice', now: NOW };
const gbp = (minor: bigint) => ({ currency: Currency.GBP, minor });
const pending = (id: string, amount: bigint, expiresAt = LATER, extra: Partial<PendingHold> = {}): PendingHold => ({
  id,
  amount,
  expiresAt,
  createdAt: EARLIER,
  actor: 'placer',
  ...extra,
});
const wallet = (balance: bigint, pendingHolds: PendingHold[] = [], version = 3): Wallet => ({
  id: 'w1',
  ownerId: 'alice',
  currency: Currency.GBP,
  balance,
  pendingHolds,
  version,
  inTotal: balance,
  outTotal: 0n,
  createdAt: EARLIER,
  updatedAt: EARLIER,
});
function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result, (_k, v) => (typeof v === 'bigint' ? `${v}` : v))}`);
  return result as Extract<T, { ok: true }>;
}
/** The running sums the ledger promises, from the balance and available balance before the change. */
function expectRunningSums(before: Wallet, change: WalletChange): void {
  let balance = before.balance;
  let available = before.balance - before.pendingHolds.reduce((sum, hold) => sum + hold.amount, 0n);
  // The running in/out totals of money history: only posted money counts (a capture is money out).
  let [moneyIn, moneyOut] = [before.inTotal, before.outTotal];
  for (const entry of change.entries as LedgerEntry[]) {
    balance += signedAmount(entry);
    available += signedAvailable(entry);
    if (signedAmount(entry) > 0n) moneyIn += signedAmount(entry);
    else moneyOut -= signedAmount(entry);
    expect([entry.type, entry.balanceAfter, entry.availableAfter]).toEqual([entry.type, balance, available]);
    expect([entry.type, entry.inTotalAfter, entry.outTotalAfter]).toEqual([entry.type, moneyIn, moneyOut]);
  }
  expect(change.after.balance).toBe(balance);
  expect([change.after.inTotal, change.after.outTotal]).toEqual([moneyIn, moneyOut]);
}

describe('holds in the domain', () => {
  it('derives held and available at a moment: a hold past its expiry holds nothing, released or not', () => {
    const w = wallet(1000n, [pending('a', 100n, LATER), pending('b', 50n, NOW)]);
    expect(heldAt(w, NOW)).toBe(100n);
    expect(availableAt(w, NOW)).toBe(900n);
    expect(heldAt(w, EARLIER)).toBe(150n);
    expect(availableAt(w, LATER)).toBe(1000n);
  });

  it('places a hold: balance unchanged, available down, one HOLD_PLACED entry and a NEW hold record', () => {
    const before = wallet(1000n);
    const result = ok(placeHold(before, { holdId: 'h1', amount: gbp(300n), expiresAt: LATER, toWalletId: 'w2' }, context));
    expect(result.change.after).toMatchObject({ balance: 1000n, version: 4 });
    expect(availableAt(result.change.after, NOW)).toBe(700n);
    expect(result.change.entries).toEqual([expect.objectContaining({ type: 'HOLD_PLACED', amount: 300n, holdId: 'h1', version: 4 })]);
    expect(result.hold).toMatchObject({
      id: 'h1',
      walletId: 'w1',
      status: 'PENDING',
      capturedAmount: 0n,
      toWalletId: 'w2',
      actor: 'alice',
    });
    expect(result.change.holds).toEqual([{ hold: result.hold, expect: 'NEW' }]);
    expectRunningSums(before, result.change);
  });

  it('refuses a hold, a decrease and a transfer leg the AVAILABLE balance does not cover, saying how much is available', () => {
    const held = wallet(1000n, [pending('a', 800n)]);
    const refusal = {
      ok: false,
      error: expect.objectContaining({ code: 'INSUFFICIENT_BALANCE', available: gbp(200n), balance: gbp(1000n) }),
    };
    expect(placeHold(held, { holdId: 'h', amount: gbp(201n), expiresAt: LATER }, context)).toEqual(refusal);
    expect(decreaseBalance(held, gbp(201n), context)).toEqual(refusal);
    expect(decreaseBalance(held, gbp(201n), context, 'TRANSFER_OUT')).toEqual(refusal);
    const error = decreaseBalance(held, gbp(201n), context);
    if (!error.ok) expect(error.error.message).toContain('available balance 2.00 GBP');
    expect(ok(decreaseBalance(held, gbp(200n), context)).change.after.balance).toBe(800n);
  });

  it(`caps pending holds at ${MAX_PENDING_HOLDS}; expired ones are released first and do not count`, () => {
    const full = Array.from({ length: MAX_PENDING_HOLDS }, (_, i) => pending(`p${i}`, 1n));
    expect(placeHold(wallet(1000n, full), { holdId: 'h', amount: gbp(1n), expiresAt: LATER }, context)).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'HOLD_LIMIT_REACHED', limit: MAX_PENDING_HOLDS }),
    });
    const oneExpired = [...full.slice(1), pending('old', 1n, EARLIER)];
    expect(
      ok(placeHold(wallet(1000n, oneExpired), { holdId: 'h', amount: gbp(1n), expiresAt: LATER }, context)).change.entries,
    ).toHaveLength(2);
  });

  it('releases expired holds lazily on any change: one HOLD_EXPIRED per hold, its own version and its placer as actor', () => {
    const before = wallet(1000n, [pending('x', 100n, EARLIER), pending('live', 5n), pending('y', 20n, NOW)]);
    const change = ok(increaseBalance(before, gbp(1n), { ...context, idempotencyKey: 'k' })).change;
    expect(change.entries.map((e) => [e.type, e.version, e.actor, e.holdId, e.idempotencyKey])).toEqual([
      ['HOLD_EXPIRED', 4, 'placer', 'x', undefined],
      ['HOLD_EXPIRED', 5, 'placer', 'y', undefined],
      ['BALANCE_INCREASED', 6, 'alice', undefined, 'k'],
    ]);
    expect(change.after).toMatchObject({ version: 6, balance: 1001n, pendingHolds: [pending('live', 5n)] });
    expect(change.holds?.map((write) => [write.hold.id, write.hold.status, write.expect])).toEqual([
      ['x', 'EXPIRED', 'PENDING'],
      ['y', 'EXPIRED', 'PENDING'],
    ]);
    expectRunningSums(before, change);
  });

  it('captures all of a hold: balance down, available unchanged, hold CAPTURED guarded as pending and unexpired', () => {
    const before = wallet(1000n, [pending('h', 300n, LATER, { toWalletId: 'w2' })]);
    const result = ok(captureHold(before, 'h', undefined, context));
    expect(result.change.entries).toEqual([
      expect.objectContaining({
        type: 'HOLD_CAPTURED',
        amount: 300n,
        counterpartyWalletId: 'w2',
        balanceAfter: 700n,
        availableAfter: 700n,
      }),
    ]);
    expect(result.hold).toMatchObject({ status: 'CAPTURED', capturedAmount: 300n, resolvedAt: NOW });
    expect(result.change.holds).toEqual([{ hold: result.hold, expect: 'PENDING_UNEXPIRED' }]);
    expectRunningSums(before, result.change);
  });

  it('captures part of a hold and releases the rest at once (two versions)', () => {
    const before = wallet(1000n, [pending('h', 300n)]);
    const result = ok(captureHold(before, 'h', 120n, context));
    expect(result.change.entries.map((e) => [e.type, e.amount, e.version, e.balanceAfter, e.availableAfter])).toEqual([
      ['HOLD_CAPTURED', 120n, 4, 880n, 700n],
      ['HOLD_RELEASED', 180n, 5, 880n, 880n],
    ]);
    expect(result.change.after).toMatchObject({ version: 5, balance: 880n, pendingHolds: [] });
    expect(result.hold).toMatchObject({ status: 'CAPTURED', amount: 300n, capturedAmount: 120n });
    expectRunningSums(before, result.change);
  });

  it('refuses to capture more than held, an expired hold, or a hold the wallet does not have pending', () => {
    const before = wallet(1000n, [pending('h', 300n), pending('old', 1n, NOW)]);
    expect(captureHold(before, 'h', 301n, context)).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'CAPTURE_EXCEEDS_HOLD', held: gbp(300n), requested: gbp(301n) }),
    });
    expect(captureHold(before, 'old', undefined, context)).toMatchObject({
      ok: false,
      error: { code: 'HOLD_NOT_PENDING', status: 'EXPIRED' },
    });
    expect(voidHold(before, 'old', context)).toMatchObject({ ok: false, error: { code: 'HOLD_NOT_PENDING', status: 'EXPIRED' } });
    expect(voidHold(before, 'nope', context)).toMatchObject({ ok: false, error: { code: 'HOLD_NOT_FOUND' } });
  });

  it('voids a hold: HOLD_RELEASED gives it all back to the available balance', () => {
    const before = wallet(1000n, [pending('h', 300n)]);
    const result = ok(voidHold(before, 'h', context));
    expect(result.change.entries).toEqual([expect.objectContaining({ type: 'HOLD_RELEASED', amount: 300n, availableAfter: 1000n })]);
    expect(result.hold).toMatchObject({ status: 'VOIDED', capturedAmount: 0n });
    expectRunningSums(before, result.change);
  });

  it.each<[HoldStatus, string, HoldStatus]>([
    ['PENDING', EARLIER, 'PENDING'],
    ['PENDING', NOW, 'EXPIRED'],
    ['CAPTURED', EARLIER, 'CAPTURED'],
    ['VOIDED', NOW, 'VOIDED'],
  ])('shows a stored %s hold (checked at %s) as %s', (status, now, shown) => {
    expect(statusAt({ status, expiresAt: NOW }, now)).toBe(shown);
  });

  it('shows a lagging record with the derived status', () => {
    const record = { ...ok(placeHold(wallet(10n), { holdId: 'h', amount: gbp(1n), expiresAt: NOW }, { ...context, now: EARLIER })).hold };
    expect(shownAt(record, LATER).status).toBe('EXPIRED');
  });

  it('asserts one entry per version', () => {
    const change = ok(increaseBalance(wallet(1n), gbp(1n), context)).change;
    expect(() => assertVersions(change)).not.toThrow();
    expect(() => assertVersions({ ...change, after: { ...change.after, version: 9 } })).toThrow(/one entry per version/);
  });

  it('mints hold ids that carry their wallet and sort by time, and parses them strictly', () => {
    const early = newHoldId('w-1', new Date(1000), 'abcdef012345');
    const late = newHoldId('w-1', new Date(2000), '000000000000');
    expect(parseHoldId(early)).toEqual({ walletId: 'w-1', ordinal: '0000000001000-abcdef012345' });
    expect(late > early).toBe(true);
    for (const bad of [
      '',
      'x',
      'H1-abcdef012345-w',
      'H0000000001000-ABCDEF012345-w',
      'H0000000001000-abcdef012345-',
      `H0000000001000-abcdef012345-${'w'.repeat(129)}`,
    ]) {
      expect(parseHoldId(bad)).toBeUndefined();
    }
    expect(parseHoldId('H0000000001000-abcdef012345-\ud800')).toBeUndefined();
  });

  it("keeps the running in/out totals: a hold moves none, its capture is money out, the payee's TRANSFER_IN money in", () => {
    const before = wallet(1000n, [pending('h', 300n)]);
    const placed = ok(placeHold(before, { holdId: 'h2', amount: gbp(100n), expiresAt: LATER }, context)).change;
    expect([placed.after.inTotal, placed.after.outTotal]).toEqual([1000n, 0n]);
    const captured = ok(captureHold(before, 'h', 120n, context)).change;
    expect(captured.entries.map((entry) => entry.type)).toEqual(['HOLD_CAPTURED', 'HOLD_RELEASED']);
    expect([captured.after.inTotal, captured.after.outTotal]).toEqual([1000n, 120n]);
    expectRunningSums(before, captured);
    const payee = ok(increaseBalance(wallet(50n), gbp(120n), context, 'TRANSFER_IN')).change;
    expect([payee.after.inTotal, payee.after.outTotal, payee.entries[0].inTotalAfter]).toEqual([170n, 0n, 170n]);
  });
});
