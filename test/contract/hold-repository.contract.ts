import { randomBytes } from 'node:crypto';
import { Currency } from '../../src/domain/currency';
import { newHoldId, parseHoldId } from '../../src/domain/hold-id';
import { EntryContext, increaseBalance, openWallet, Wallet, WalletChange } from '../../src/domain/wallet';
import { captureHold, placeHold, voidHold } from '../../src/domain/wallet-holds';
import { WalletRepository } from '../../src/domain/wallet-repository.port';
import { expectLedgerConsistent } from '../support/ledger';
import { TestStore } from '../support/stores';

const at = (ms: number) => new Date(Date.UTC(2026, 0, 1) + ms).toISOString();

/**
 * Holds on every WalletRepository: records written with their wallet's change, each guarded by what the
 * change expects (new; pending; pending and unexpired by the writer's clock), lazy release of expired
 * holds, one winner of a race, and the listing newest first with the status shown at a moment.
 */
export function holdRepositoryContract(openStore: () => Promise<TestStore>): void {
  let store: TestStore;
  let repository: WalletRepository;
  let ids = 0;
  const next = (prefix: string) => `${prefix}-${++ids}`;
  const context = (now: string, actor = 'alice'): EntryContext => ({ entryId: next('entry'), actor, now });

  beforeAll(async () => {
    store = await openStore();
    repository = store.repository();
  });
  afterAll(() => store.drop());

  function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
    if (!result.ok) throw new Error(`expected success: ${JSON.stringify(result, (_k, v) => (typeof v === 'bigint' ? `${v}` : v))}`);
    return result as Extract<T, { ok: true }>;
  }
  async function committed(...changes: WalletChange[]): Promise<void> {
    expect(await repository.commit(changes)).toEqual({ status: 'committed' });
  }
  /** A wallet holding `balance`, opened and funded at time 0 (no entry moves nothing: the store refuses one). */
  async function funded(balance: bigint): Promise<Wallet> {
    const opened = openWallet(next('wallet'), 'alice', Currency.GBP, context(at(0)));
    await committed(opened);
    if (balance === 0n) return opened.after;
    const increased = ok(increaseBalance(opened.after, { currency: Currency.GBP, minor: balance }, context(at(0))));
    await committed(increased.change);
    return increased.change.after;
  }
  function placed(wallet: Wallet, amount: bigint, placedAt: number, expiresAt: number, toWalletId?: string) {
    const holdId = newHoldId(wallet.id, new Date(Date.UTC(2026, 0, 1) + placedAt), randomBytes(6).toString('hex'));
    return ok(
      placeHold(
        wallet,
        { holdId, amount: { currency: Currency.GBP, minor: amount }, expiresAt: at(expiresAt), toWalletId },
        context(at(placedAt)),
      ),
    );
  }

  it('places a hold: the wallet carries it, its record is PENDING, the ledger says HOLD_PLACED', async () => {
    const wallet = await funded(1000n);
    const place = placed(wallet, 300n, 10, 60_000);
    await committed(place.change);
    expect(await repository.find(wallet.id)).toEqual(place.change.after);
    expect(await repository.findHold(place.hold.id)).toEqual(place.hold);
    expect((await repository.history(wallet.id, { first: 1 }))[0]).toMatchObject({
      type: 'HOLD_PLACED',
      availableAfter: 700n,
      holdId: place.hold.id,
    });
    expect(await repository.commit([placed(wallet, 1n, 10, 60_000).change])).toMatchObject({ status: 'rejected' });
    await expectLedgerConsistent(store, wallet.id);
  });

  it('captures all, part (the rest released at once), or to another wallet (its TRANSFER_IN shares the transfer id)', async () => {
    const wallet = await funded(1000n);
    const payee = await funded(0n);
    let current = wallet;
    for (const [amount, toWalletId] of [[100n], [200n], [300n, payee.id]] as const) {
      const place = placed(current, amount, 1, 60_000, toWalletId);
      await committed(place.change);
      current = place.change.after;
    }
    const [full, part, paid] = current.pendingHolds;
    const all = ok(captureHold(current, full.id, undefined, context(at(10))));
    await committed(all.change);
    const some = ok(captureHold(all.change.after, part.id, 50n, context(at(11))));
    await committed(some.change);
    expect(some.change.entries.map((entry) => entry.type)).toEqual(['HOLD_CAPTURED', 'HOLD_RELEASED']);
    const toPayee = ok(captureHold(some.change.after, paid.id, undefined, { ...context(at(12)), transferId: 'tr-1' }));
    const credit = ok(
      increaseBalance(
        payee,
        { currency: Currency.GBP, minor: 300n },
        { ...context(at(12)), transferId: 'tr-1', counterpartyWalletId: wallet.id },
        'TRANSFER_IN',
      ),
    );
    await committed(toPayee.change, credit.change);
    expect(await repository.find(wallet.id)).toMatchObject({ balance: 1000n - 100n - 50n - 300n, pendingHolds: [] });
    expect(await repository.find(payee.id)).toMatchObject({ balance: 300n });
    expect(await repository.findHold(full.id)).toMatchObject({ status: 'CAPTURED', capturedAmount: 100n });
    expect(await repository.findHold(part.id)).toMatchObject({ status: 'CAPTURED', capturedAmount: 50n, amount: 200n });
    expect(await repository.findHold(paid.id)).toMatchObject({ status: 'CAPTURED', toWalletId: payee.id });
    const [payeeEntry] = await repository.history(payee.id, { first: 1 });
    const [payerEntry] = await repository.history(wallet.id, { first: 1 });
    expect(payeeEntry).toMatchObject({ type: 'TRANSFER_IN', transferId: 'tr-1', counterpartyWalletId: wallet.id });
    expect(payerEntry).toMatchObject({ type: 'HOLD_CAPTURED', transferId: 'tr-1', counterpartyWalletId: payee.id });
    await expectLedgerConsistent(store, wallet.id);
    await expectLedgerConsistent(store, payee.id);
  });

  it('voids a hold: VOIDED, available again; a second void of it from the same state is refused', async () => {
    const wallet = await funded(1000n);
    const place = placed(wallet, 400n, 1, 60_000);
    await committed(place.change);
    const voided = ok(voidHold(place.change.after, place.hold.id, context(at(2))));
    await committed(voided.change);
    expect(await repository.findHold(place.hold.id)).toMatchObject({ status: 'VOIDED', resolvedAt: at(2) });
    expect(await repository.commit([voided.change])).toMatchObject({ status: 'rejected', stale: [{ walletId: wallet.id }] });
    await expectLedgerConsistent(store, wallet.id);
  });

  it("refuses a capture once the writer's clock passed the expiry, even when the caller's state says pending", async () => {
    const wallet = await funded(1000n);
    const place = placed(wallet, 400n, 1, 1000);
    await committed(place.change);
    const capture = ok(captureHold(place.change.after, place.hold.id, undefined, context(at(999))));
    // The decision was made at 999 ms; the request is sent with the writer's clock at 1000 ms, the expiry.
    expect(await repository.commit([capture.change], undefined, undefined, at(1000))).toEqual({
      status: 'rejected',
      stale: [],
      staleHolds: [{ holdId: place.hold.id, current: place.hold }],
    });
    // A decision already past the expiry is refused whatever clock the request is sent with.
    const late = {
      ...capture.change,
      holds: capture.change.holds?.map((write) => ({ ...write, hold: { ...write.hold, resolvedAt: at(1000) } })),
    };
    expect(await repository.commit([late], undefined, undefined, at(998))).toMatchObject({ status: 'rejected', stale: [] });
    expect(await repository.find(wallet.id)).toEqual(place.change.after);
    expect(await repository.findHold(place.hold.id)).toEqual(place.hold);
    await expectLedgerConsistent(store, wallet.id);
  });

  it('releases expired holds lazily with the next change of the wallet, and refuses a new record over an old one', async () => {
    const wallet = await funded(1000n);
    const place = placed(wallet, 400n, 1, 1000);
    await committed(place.change);
    const increase = ok(increaseBalance(place.change.after, { currency: Currency.GBP, minor: 1n }, context(at(5000))));
    await committed(increase.change);
    expect((await repository.history(wallet.id, { first: 2 })).map((entry) => [entry.type, entry.actor, entry.availableAfter])).toEqual([
      ['BALANCE_INCREASED', 'alice', 1001n],
      ['HOLD_EXPIRED', 'alice', 1000n],
    ]);
    expect(await repository.findHold(place.hold.id)).toMatchObject({ status: 'EXPIRED', resolvedAt: at(5000) });
    expect(await repository.find(wallet.id)).toMatchObject({ pendingHolds: [], version: 4 });
    await expectLedgerConsistent(store, wallet.id);
  });

  it('lets exactly one of concurrent captures and voids of one hold win', async () => {
    const wallet = await funded(1000n);
    const place = placed(wallet, 500n, 1, 60_000);
    await committed(place.change);
    const repositories = [repository, store.repository()];
    const attempts = Array.from({ length: 8 }, (_, i) =>
      i % 2 === 0
        ? ok(captureHold(place.change.after, place.hold.id, BigInt(100 + i), context(at(10 + i)))).change
        : ok(voidHold(place.change.after, place.hold.id, context(at(10 + i)))).change,
    );
    const outcomes = await Promise.all(attempts.map((change, i) => repositories[i % 2].commit([change])));
    const winners = outcomes.flatMap((outcome, i) => (outcome.status === 'committed' ? [attempts[i]] : []));
    expect(winners).toHaveLength(1);
    const record = await repository.findHold(place.hold.id);
    expect(record).toEqual(winners[0].holds?.[0].hold);
    expect(await repository.find(wallet.id)).toEqual(winners[0].after);
    await expectLedgerConsistent(store, wallet.id);
  });

  it('lists a hold as PENDING until the instant of its expiry and as EXPIRED from that instant on', async () => {
    const wallet = await funded(1000n);
    const place = placed(wallet, 10n, 100, 1000);
    await committed(place.change);
    const listed = async (status: 'PENDING' | 'EXPIRED', ms: number) =>
      (await repository.holdsOf(wallet.id, { first: 10, now: at(ms), status })).holds.map((hold) => hold.id);
    expect(await listed('PENDING', 999)).toEqual([place.hold.id]);
    expect(await listed('EXPIRED', 999)).toEqual([]);
    // At its expiry the domain no longer counts it (isLiveAt: strictly later): the stores' filters agree.
    expect(await listed('PENDING', 1000)).toEqual([]);
    expect(await listed('EXPIRED', 1000)).toEqual([place.hold.id]);
  });

  it('lists holds newest first, pages by the time-ordered id, and filters by the status shown at a moment', async () => {
    const wallet = await funded(1000n);
    let current = wallet;
    const holds = [];
    for (let i = 0; i < 5; i++) {
      const place = placed(current, 10n, 100 + i, i === 1 ? 1000 : 60_000);
      await committed(place.change);
      current = place.change.after;
      holds.push(place.hold);
    }
    const capture = ok(captureHold(current, holds[3].id, undefined, context(at(500))));
    await committed(capture.change);
    const ids = (slice: { holds: readonly { id: string }[] }) => slice.holds.map((hold) => hold.id);
    const newestFirst = [...holds].reverse().map((hold) => hold.id);
    expect(ids(await repository.holdsOf(wallet.id, { first: 10, now: at(2000) }))).toEqual(newestFirst);
    const page = await repository.holdsOf(wallet.id, { first: 2, now: at(2000) });
    expect(ids(page)).toEqual(newestFirst.slice(0, 2));
    const lastShown = parseHoldId(newestFirst[1]);
    if (!lastShown) throw new Error(`${newestFirst[1]} is not a hold id`);
    expect(page.resumeAfter).toBe(lastShown.ordinal);
    const rest = await repository.holdsOf(wallet.id, { first: 3, now: at(2000), afterOrdinal: page.resumeAfter });
    expect(ids(rest)).toEqual(newestFirst.slice(2));
    expect(rest.resumeAfter).toBeUndefined();
    expect(ids(await repository.holdsOf(wallet.id, { first: 10, now: at(2000), status: 'EXPIRED' }))).toEqual([holds[1].id]);
    expect(ids(await repository.holdsOf(wallet.id, { first: 10, now: at(500), status: 'EXPIRED' }))).toEqual([]);
    expect(ids(await repository.holdsOf(wallet.id, { first: 10, now: at(2000), status: 'CAPTURED' }))).toEqual([holds[3].id]);
    expect(ids(await repository.holdsOf(wallet.id, { first: 10, now: at(2000), status: 'PENDING' }))).toEqual([
      holds[4].id,
      holds[2].id,
      holds[0].id,
    ]);
    expect(ids(await repository.holdsOf(wallet.id, { first: 10, now: at(2000), status: 'VOIDED' }))).toEqual([]);
    expect(await repository.holdsOf('nobody', { first: 10, now: at(0) })).toEqual({ holds: [] });
    expect(await repository.findHold(newHoldId('nobody', new Date(0), '000000000000'))).toBeUndefined();
  });
}
