import { createWalletUseCases, WalletUseCases } from '../../src/application/wallet-use-cases';
import { matchesFilter, HistoryFilter } from '../../src/application/filtered-history.use-case';
import { callerOf } from '../../src/domain/caller';
import { Currency } from '../../src/domain/currency';
import { LedgerEntry } from '../../src/domain/ledger-entry';
import { balanceOf } from '../../src/domain/statement';
import { Wallet } from '../../src/domain/wallet';
import { isDomainError } from '../../src/domain/wallet-events';
import { supportsNodeSqlite } from '../../src/infrastructure/sqlite/node-sqlite';
import { freshStore, StoreKind, TestStore } from '../support/stores';

const ALICE = callerOf('alice', []);
const BOB = callerOf('bob', []);
const OPERATOR = callerOf('back-office', ['wallet:admin']);
const KINDS: StoreKind[] = supportsNodeSqlite() ? ['dynamodb', 'sqlite'] : ['dynamodb'];

/** The money history through the service, on each store: a clock the test moves, one second per change. */
describe.each(KINDS)('money history on %s', (kind) => {
  let store: TestStore;
  let service: WalletUseCases;
  let clock = Date.UTC(2026, 9, 1);
  const iso = (ms: number) => new Date(ms).toISOString();
  const tick = () => (clock += 1000);

  beforeAll(async () => {
    store = await freshStore(kind);
    service = createWalletUseCases(store.repository(), { now: () => new Date(tick()), examinedPerPage: 7 });
  });
  afterAll(() => store.drop());

  async function opened(caller = ALICE): Promise<Wallet> {
    const created = await service.createWallet(caller, { currency: Currency.GBP });
    if (!('type' in created) || created.type !== 'WALLET_CREATED') throw new Error('not created');
    return created.wallet;
  }
  async function deposit(wallet: Wallet, amount: string, metadata = [{ key: 'order', value: '1' }]): Promise<Wallet> {
    const outcome = await service.increaseBalance(ALICE, {
      walletId: wallet.id,
      amount,
      currency: Currency.GBP,
      expectedVersion: wallet.version,
      metadata,
    });
    if (isDomainError(outcome)) throw new Error(outcome.code);
    return outcome.wallet;
  }
  async function paid(from: Wallet, to: Wallet, amount: string) {
    const outcome = await service.transfer(ALICE, {
      fromWalletId: from.id,
      toWalletId: to.id,
      amount,
      currency: Currency.GBP,
      expectedVersion: from.version,
      metadata: [{ key: 'order', value: '8812' }],
    });
    if (isDomainError(outcome)) throw new Error(outcome.code);
    return outcome;
  }
  /** A hold of 600 s placed on the wallet at that version, paying `toWalletId` if given. */
  async function held(wallet: Pick<Wallet, 'id' | 'version'>, amount: string, toWalletId?: string) {
    const placed = await service.placeHold(ALICE, {
      walletId: wallet.id,
      amount,
      currency: Currency.GBP,
      expectedVersion: wallet.version,
      expiresInSeconds: 600,
      toWalletId,
    });
    if (isDomainError(placed) || placed.type !== 'HOLD_PLACED') throw new Error('not placed');
    return placed;
  }
  const current = async (wallet: Wallet) => (await service.getWallet(OPERATOR, wallet.id)) ?? wallet;
  /**
   * Alice's own wallet as of `at`: always a position (with no entry before it opened), never the undefined of a wallet
   * out of her sight, which a `?.` or a `?? { at: '' }` (a balance of 0) would have let through.
   */
  async function positionOf(wallet: Wallet, at: string) {
    const position = await service.balanceAt(ALICE, wallet, { at });
    if (!position) throw new Error(`balanceAt answered nothing for ${wallet.id} at ${at}, as for a wallet out of sight`);
    return position;
  }

  it('stores metadata on both legs of a transfer; the same key with other metadata is IdempotencyKeyReused', async () => {
    const payer = await deposit(await opened(), '10.00');
    const payee = await opened(BOB);
    const moved = await paid(payer, payee, '4.00');
    const [payeeEntry] = await service.history(BOB, payee, { first: 1 });
    expect(payeeEntry).toMatchObject({ type: 'TRANSFER_IN', transferId: moved.transferId, metadata: [{ key: 'order', value: '8812' }] });
    const command = {
      walletId: payer.id,
      amount: '1.00',
      currency: Currency.GBP,
      expectedVersion: moved.from.version,
      idempotencyKey: `k-${kind}`,
    };
    const first = await service.increaseBalance(ALICE, {
      ...command,
      metadata: [
        { key: 'a', value: '1' },
        { key: 'b', value: '2' },
      ],
    });
    const same = await service.increaseBalance(ALICE, {
      ...command,
      metadata: [
        { key: 'a', value: '1' },
        { key: 'b', value: '2' },
      ],
    });
    const other = await service.increaseBalance(ALICE, { ...command, metadata: [{ key: 'a', value: '9' }] });
    expect(same).toEqual(first);
    expect(other).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
  });

  it('answers balanceAt by time and by version; before the wallet opened it did not exist, and is not 0', async () => {
    const before = iso(clock);
    let wallet = await opened();
    const opening = wallet.createdAt;
    wallet = await deposit(wallet, '5.00');
    const afterFirst = iso(Date.parse(wallet.updatedAt) + 1);
    wallet = await deposit(wallet, '2.50');
    expect((await positionOf(wallet, before)).entry).toBeUndefined();
    expect((await positionOf(wallet, opening)).entry).toBeUndefined();
    expect(balanceOf(await positionOf(wallet, afterFirst))).toBe(500n);
    expect(balanceOf(await positionOf(wallet, iso(clock + 60_000)))).toBe(750n);
    expect((await service.balanceAt(ALICE, wallet, { version: 1 }))?.entry?.balanceAfter).toBe(500n);
    expect(await service.balanceAt(BOB, wallet, { version: 1 })).toBeUndefined();
  });

  it('keeps entry times ordered like versions when the clock steps back', async () => {
    let wallet = await deposit(await opened(), '1.00');
    clock -= 3_600_000;
    wallet = await deposit(wallet, '1.00');
    const [newest, older] = await service.history(ALICE, wallet, { first: 2 });
    expect(newest.occurredAt >= older.occurredAt).toBe(true);
  });

  /** Each movement's entries on both wallets, by its transferId: their times. */
  async function legTimes(wallets: readonly Wallet[], ids: readonly string[]): Promise<string[][]> {
    const entries = (await Promise.all(wallets.map(async (w) => service.history(OPERATOR, await current(w), { first: 20 })))).flat();
    return ids.map((id) => entries.filter((entry) => entry.transferId === id).map((entry) => entry.occurredAt));
  }

  it('times every entry of a transfer, a capture that pays another wallet and a refund at one instant', async () => {
    // The clock moves a second at each reading: legs timed apart would fall into different statements.
    const payer = await deposit(await opened(), '50.00');
    const payee = await opened(BOB);
    const moved = await paid(payer, payee, '5.00');
    const placed = await held({ id: payer.id, version: moved.from.version }, '9.00', payee.id);
    const captured = await service.captureHold(ALICE, { holdId: placed.hold.id, amount: '4.00', expectedVersion: placed.wallet.version });
    if (isDomainError(captured) || !captured.to) throw new Error('not captured');
    const refunded = await service.reverseTransfer(BOB, {
      transferId: moved.transferId,
      amount: '1.00',
      expectedVersion: captured.to.version,
    });
    if (isDomainError(refunded)) throw new Error(refunded.code);
    const legs = await legTimes([payer, payee], [moved.transferId, captured.transferId ?? '', refunded.reversalId]);
    expect(legs.map((times) => times.length)).toEqual([2, 3, 2]); // the capture: HOLD_CAPTURED, HOLD_RELEASED, TRANSFER_IN
    for (const times of legs) expect(new Set(times).size).toBe(1);
    const [transferAt] = legs[0];
    // A statement ending at the transfer has neither leg; one a millisecond later, both.
    const movedUpTo = async (to: string) => {
      const [out, into] = await Promise.all(
        [payer, payee].map(async (w) => service.statement(OPERATOR, await current(w), iso(Date.parse(transferAt) - 60_000), to)),
      );
      return [out?.moneyOut ?? -1n, into?.moneyIn ?? -1n];
    };
    const [before, after] = [await movedUpTo(transferAt), await movedUpTo(iso(Date.parse(transferAt) + 1))];
    expect([after[0] - before[0], after[1] - before[1]]).toEqual([500n, 500n]);
  });

  it("times a movement at the later of the clock and its wallets' last changes (another instance's clock ahead)", async () => {
    const payer = await deposit(await opened(), '10.00');
    const payee = await deposit(await opened(), '1.00');
    clock -= 3_600_000;
    const moved = await paid(payer, payee, '2.00');
    const [[debitAt, creditAt]] = await legTimes([payer, payee], [moved.transferId]);
    expect([debitAt, creditAt]).toEqual([payee.updatedAt, payee.updatedAt]); // the payee changed last, an hour "ahead"
  });

  it("decides a hold's expiry by the clock, not by a counterparty dated ahead: the hold survives, its capture lands", async () => {
    const ahead = await deposit(await opened(), '1.00');
    clock -= 3_600_000; // the counterparty's last change is an hour "ahead" of this clock
    const payer = await deposit(await opened(), '10.00');
    await held(await current(payer), '4.00');
    await held(await current(payer), '4.00', ahead.id);
    // 2.00 is available: a transfer of 3.00 to the wallet dated ahead must not release the holds as expired.
    const refused = await service.transfer(ALICE, {
      fromWalletId: payer.id,
      toWalletId: ahead.id,
      amount: '3.00',
      currency: Currency.GBP,
      expectedVersion: (await current(payer)).version,
    });
    expect(refused).toMatchObject({ code: 'INSUFFICIENT_BALANCE' });
    const paying = (await current(payer)).pendingHolds.find((pending) => pending.toWalletId === ahead.id);
    const captured = await service.captureHold(ALICE, { holdId: paying?.id ?? '', expectedVersion: (await current(payer)).version });
    if (isDomainError(captured) || !captured.to) throw new Error(`not captured: ${JSON.stringify(captured)}`);
    // Recorded at the payee's instant on both wallets; the other hold still pending.
    expect(captured.wallet.pendingHolds).toHaveLength(1);
    const [[debitAt, creditAt]] = await legTimes([payer, ahead], [captured.transferId ?? '']);
    expect([debitAt, creditAt]).toEqual([ahead.updatedAt, ahead.updatedAt]);
  });

  it('makes statements that add up, with closing = balanceAt(to) and opening = balanceAt(from)', async () => {
    const start = clock;
    let wallet = await deposit(await opened(), '100.00');
    const other = await opened(BOB);
    wallet = (await paid(wallet, other, '30.00')).from;
    wallet = await deposit(wallet, '0.01');
    for (const [from, to] of [
      [start, clock + 1000],
      [start + 2500, clock + 1000],
      [start + 2500, start + 3500],
      [start - 5000, start],
    ]) {
      const statement = await service.statement(ALICE, wallet, iso(from), iso(to));
      if (!statement) throw new Error('no statement');
      const opening = balanceOf(statement.opening);
      expect(opening + statement.moneyIn - statement.moneyOut).toBe(balanceOf(statement.closing));
      expect(balanceOf(statement.closing)).toBe(balanceOf(await positionOf(wallet, iso(to))));
      expect(opening).toBe(balanceOf(await positionOf(wallet, iso(from))));
      const entries = await service.statementEntries(statement, undefined, 100);
      const signed = entries.reduce((sum, entry) => sum + (entry.type === 'TRANSFER_OUT' ? -entry.amount : entry.amount), 0n);
      expect(opening + signed).toBe(balanceOf(statement.closing));
    }
  });

  it('reverses in part and in full, never beyond the transfer, only for the payee or an operator', async () => {
    const payer = await deposit(await opened(), '50.00');
    let payee = await opened(BOB);
    const moved = await paid(payer, payee, '20.00');
    payee = moved.to;
    const reverse = (caller = BOB, amount?: string, expectedVersion = payee.version) =>
      service.reverseTransfer(caller, {
        transferId: moved.transferId,
        amount,
        expectedVersion,
        metadata: [{ key: 'reason', value: 'refund' }],
      });
    expect(await reverse(ALICE)).toMatchObject({ code: 'TRANSFER_NOT_FOUND' });
    expect(await service.reverseTransfer(BOB, { transferId: 'nope', expectedVersion: 0 })).toMatchObject({ code: 'TRANSFER_NOT_FOUND' });
    expect(await reverse(BOB, '0.001')).toMatchObject({ code: 'INVALID_AMOUNT' });
    const part = await reverse(BOB, '5.00');
    if (isDomainError(part)) throw new Error(part.code);
    expect(part.remaining.minor).toBe(1500n);
    payee = part.from;
    expect(await reverse(BOB, '15.01')).toMatchObject({ code: 'REVERSAL_EXCEEDS_TRANSFER', remaining: { minor: 1500n } });
    expect(await reverse(BOB, '1.00', payee.version - 1)).toMatchObject({ code: 'VERSION_CONFLICT' });
    const rest = await reverse(OPERATOR);
    if (isDomainError(rest)) throw new Error(rest.code);
    expect(rest.amount.minor).toBe(1500n);
    expect(rest.remaining.minor).toBe(0n);
    payee = rest.from;
    expect(await reverse(BOB, '0.01')).toMatchObject({ code: 'REVERSAL_EXCEEDS_TRANSFER', remaining: { minor: 0n } });
    expect((await current(payer)).balance).toBe(5000n);
    const payerEntries = await service.history(ALICE, payer, { first: 2 });
    expect(payerEntries.map((entry) => [entry.type, entry.reversalOf])).toEqual([
      ['REVERSAL_IN', moved.transferId],
      ['REVERSAL_IN', moved.transferId],
    ]);
    expect(payerEntries[0].metadata).toEqual([{ key: 'reason', value: 'refund' }]);
  });

  it('replays a keyed reversal retried with the same amount spelled otherwise ("10" and "10.00"), and refuses another amount', async () => {
    const payer = await deposit(await opened(), '50.00');
    const moved = await paid(payer, await opened(BOB), '20.00');
    const reverse = (amount: string, expectedVersion: number) =>
      service.reverseTransfer(BOB, { transferId: moved.transferId, amount, expectedVersion, idempotencyKey: 'refund-1' });
    const first = await reverse('10', moved.to.version);
    if (isDomainError(first)) throw new Error(first.code);
    // A retry of the same intent, whatever version it names, answers with the first result and moves nothing more.
    expect(await reverse('10.00', moved.to.version)).toEqual(first);
    expect(await reverse('010.0', first.from.version)).toEqual(first);
    expect(await reverse('10.01', first.from.version)).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    expect((await current(payer)).balance).toBe(4000n);
  });

  it('replays a keyed reversal stored before the amount was read as a value (its fingerprint spells the amount as sent)', async () => {
    const payer = await deposit(await opened(), '50.00');
    const moved = await paid(payer, await opened(BOB), '20.00');
    const first = await service.reverseTransfer(BOB, { transferId: moved.transferId, amount: '5.00', expectedVersion: moved.to.version });
    if (isDomainError(first)) throw new Error(first.code);
    // A record as the former release stored it, with its answer: the amount spelled as the client sent it.
    const storedAt = Math.floor(clock / 1000);
    const legacy = { owner: 'bob', key: 'refund-old', fingerprint: `reverseTransfer|${moved.transferId}|5.00`, event: first };
    expect((await store.repository().commit([], { ...legacy, storedAt, expiresAt: storedAt + 86_400 })).status).toBe('committed');
    const retry = (amount: string) =>
      service.reverseTransfer(BOB, {
        transferId: moved.transferId,
        amount,
        expectedVersion: first.from.version,
        idempotencyKey: 'refund-old',
      });
    expect(await retry('5.00')).toEqual(first);
    expect(await retry('5')).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    expect((await current(payer)).balance).toBe(3500n);
  });

  it("refunds a capture that paid another wallet, by the capture's transferId, never beyond what it paid", async () => {
    let payer = await deposit(await opened(), '50.00');
    const payee = await opened(BOB);
    const placed = await held(payer, '30.00', payee.id);
    const captured = await service.captureHold(ALICE, { holdId: placed.hold.id, amount: '25.00', expectedVersion: placed.wallet.version });
    if (isDomainError(captured) || !captured.transferId || !captured.to) throw new Error('not captured');
    payer = captured.wallet;
    expect(payer.balance).toBe(2500n);
    const refund = (amount: string | undefined, caller = BOB) =>
      service.reverseTransfer(caller, { transferId: captured.transferId ?? '', amount, expectedVersion: captured.to?.version ?? -1 });
    expect(await refund('1.00', ALICE)).toMatchObject({ code: 'TRANSFER_NOT_FOUND' });
    expect(await refund('25.01')).toMatchObject({ code: 'REVERSAL_EXCEEDS_TRANSFER', remaining: { minor: 2500n } });
    const refunded = await refund('10.00');
    if (isDomainError(refunded)) throw new Error(refunded.code);
    expect(refunded).toMatchObject({ amount: { minor: 1000n }, remaining: { minor: 1500n } });
    expect(refunded.from).toMatchObject({ id: payee.id, balance: 1500n });
    expect((await current(payer)).balance).toBe(3500n);
    const [entry] = await service.history(ALICE, payer, { first: 1 });
    expect(entry).toMatchObject({ type: 'REVERSAL_IN', reversalOf: captured.transferId, amount: 1000n });
  });

  it('answers a capture that paid no other wallet with the id its entries share', async () => {
    const wallet = await deposit(await opened(), '10.00');
    const placed = await held(wallet, '4.00');
    const captured = await service.captureHold(ALICE, { holdId: placed.hold.id, amount: '1.00', expectedVersion: placed.wallet.version });
    if (isDomainError(captured)) throw new Error(captured.code);
    const entries = await service.history(ALICE, captured.wallet, { first: 2 });
    expect(entries.map((entry) => entry.type).sort()).toEqual(['HOLD_CAPTURED', 'HOLD_RELEASED']);
    expect(entries.map((entry) => entry.transferId)).toEqual([captured.transferId, captured.transferId]);
    expect(captured.transferId).toEqual(expect.any(String));
  });

  it('refuses a reversal the payee cannot pay, and lets racing reversals never exceed the transfer', async () => {
    const payer = await deposit(await opened(), '50.00');
    const payee = (await paid(payer, await opened(BOB), '10.00')).to;
    const moved = (await service.history(BOB, payee, { first: 1 }))[0];
    const spent = await service.decreaseBalance(BOB, {
      walletId: payee.id,
      amount: '8.00',
      currency: Currency.GBP,
      expectedVersion: payee.version,
    });
    if (isDomainError(spent)) throw new Error(spent.code);
    const reverse = (amount: string) =>
      service.reverseTransfer(BOB, { transferId: moved.transferId ?? '', amount, expectedVersion: spent.wallet.version });
    expect(await reverse('3.00')).toMatchObject({ code: 'INSUFFICIENT_BALANCE' });
    const raced = await Promise.all(['2.00', '2.00', '1.50', '0.50'].map(reverse));
    const won = raced.filter((outcome) => !isDomainError(outcome));
    expect(won.length).toBe(1);
    const record = await store.repository().findTransfer(moved.transferId ?? '');
    expect(record && record.reversed <= record.amount).toBe(true);
  });

  it("gives a wallet's statement to its owner and an operator only: to anyone else it is not there", async () => {
    const start = clock;
    const wallet = await deposit(await opened(), '12.00');
    const [from, to] = [iso(start), iso(clock + 1000)];
    expect(await service.statement(ALICE, wallet, from, to)).toMatchObject({ moneyIn: 1200n });
    expect(await service.statement(OPERATOR, wallet, from, to)).toMatchObject({ moneyIn: 1200n });
    expect(await service.statement(BOB, wallet, from, to)).toBeUndefined();
  });

  it("lists a wallet's holds to its owner and an operator only, never to the payee the holds would pay", async () => {
    const payee = await opened(BOB);
    const wallet = await deposit(await opened(), '10.00');
    const placed = await held(wallet, '4.00', payee.id);
    const listed = async (caller: typeof ALICE) => (await service.holdsOf(caller, wallet, { first: 10 })).holds.map((hold) => hold.id);
    expect(await listed(ALICE)).toEqual([placed.hold.id]);
    expect(await listed(OPERATOR)).toEqual([placed.hold.id]);
    expect(await listed(BOB)).toEqual([]);
  });

  it("a hold's key stands for its expiry and its payee: the same key with another is IdempotencyKeyReused, nothing held", async () => {
    const wallet = await deposit(await opened(), '10.00');
    const payee = await opened(BOB);
    const command = {
      walletId: wallet.id,
      amount: '1.00',
      currency: Currency.GBP,
      expectedVersion: wallet.version,
      expiresInSeconds: 600,
      idempotencyKey: `hold-intent-${kind}`,
    };
    const first = await service.placeHold(ALICE, command);
    expect(first).toMatchObject({ type: 'HOLD_PLACED' });
    expect(await service.placeHold(ALICE, command)).toEqual(first);
    expect(await service.placeHold(ALICE, { ...command, expiresInSeconds: 60 })).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    expect(await service.placeHold(ALICE, { ...command, toWalletId: payee.id })).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    expect((await current(wallet)).pendingHolds).toHaveLength(1);
  });

  it("a transfer's key stands for its destination: the same key to another wallet is IdempotencyKeyReused, nothing moves", async () => {
    const payer = await deposit(await opened(), '10.00');
    const [first, second] = [await opened(BOB), await opened(BOB)];
    const command = {
      fromWalletId: payer.id,
      toWalletId: first.id,
      amount: '1.00',
      currency: Currency.GBP,
      expectedVersion: payer.version,
      idempotencyKey: `transfer-intent-${kind}`,
    };
    const moved = await service.transfer(ALICE, command);
    expect(moved).toMatchObject({ type: 'MONEY_TRANSFERRED' });
    expect(await service.transfer(ALICE, command)).toEqual(moved);
    expect(await service.transfer(ALICE, { ...command, toWalletId: second.id })).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    expect((await current(second)).balance).toBe(0n);
    expect((await current(payer)).balance).toBe(900n);
  });

  it("pages a wallet's filtered history to its owner and an operator only: to anyone else it is empty", async () => {
    const wallet = await deposit(await opened(), '3.00');
    const page = { first: 10, beforeVersion: wallet.version + 1 };
    const filter: HistoryFilter = { types: ['BALANCE_INCREASED'] };
    const versions = async (caller: typeof ALICE) =>
      (await service.filteredHistory(caller, wallet, page, filter)).entries.map((entry) => entry.version);
    expect(await versions(ALICE)).toEqual([1]);
    expect(await versions(OPERATOR)).toEqual([1]);
    expect(await service.filteredHistory(BOB, wallet, page, filter)).toEqual({ entries: [] });
  });

  it('pages a filtered history like a full read filtered in memory, with short pages when the budget runs out', async () => {
    let wallet = await opened();
    for (let i = 0; i < 24; i++) wallet = await deposit(wallet, '1.00', [{ key: 'order', value: i % 5 === 0 ? '8812' : String(i) }]);
    const all = await service.history(ALICE, wallet, { first: 100 });
    const filters: HistoryFilter[] = [
      { metadata: { key: 'order', value: '8812' } },
      { types: ['WALLET_CREATED'] },
      { from: all[20].occurredAt, to: all[3].occurredAt },
      { from: all[20].occurredAt, metadata: { key: 'order', value: '8812' } },
    ];
    for (const filter of filters) {
      const seen: LedgerEntry[] = [];
      let beforeVersion = wallet.version + 1;
      let pages = 0;
      for (;;) {
        const page = await service.filteredHistory(ALICE, wallet, { first: 2, beforeVersion }, filter);
        seen.push(...page.entries);
        pages += 1;
        if (page.continueBelow === undefined) break;
        beforeVersion = page.continueBelow;
      }
      expect(seen.map((entry) => entry.version)).toEqual(
        all.filter((entry) => matchesFilter(entry, filter) && inWindow(entry, filter)).map((e) => e.version),
      );
      expect(pages).toBeGreaterThan(1);
    }
  });
});

function inWindow(entry: LedgerEntry, filter: HistoryFilter): boolean {
  return (filter.from === undefined || entry.occurredAt >= filter.from) && (filter.to === undefined || entry.occurredAt < filter.to);
}
