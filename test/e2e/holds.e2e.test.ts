import { expectLedgerConsistent } from '../support/ledger';
import { CAPTURE_HOLD, PLACE_HOLD, READ_HOLD, READ_HOLDS, VOID_HOLD } from '../support/hold-operations';
import { CREATE, DECREASE, FILTERED_HISTORY, INCREASE } from '../support/operations';
import { startTestServer, TestServer } from '../support/server';

let server: TestServer;
/** The service's clock, moved forward by the tests that need a hold to expire. */
let clockOffsetMs = 0;
beforeAll(async () => {
  server = await startTestServer({ service: { now: () => new Date(Date.now() + clockOffsetMs) } });
});
afterAll(() => server.stop());

async function funded(amount: string, as = 'alice', currency = 'GBP') {
  const { data } = await server.gql(CREATE, { currency }, as);
  const id: string = data!.result.wallet.id;
  if (amount !== '0') await server.gql(INCREASE, { walletId: id, amount, currency, expectedVersion: 0 }, as);
  return id;
}
const place = (walletId: string, amount: string, expectedVersion: number, extra: Record<string, unknown> = {}, as = 'alice') =>
  server.gql(PLACE_HOLD, { walletId, amount, currency: 'GBP', expectedVersion, expiresInSeconds: 3600, ...extra }, as);
const capture = (holdId: string, expectedVersion: number, extra: Record<string, unknown> = {}, as = 'alice') =>
  server.gql(CAPTURE_HOLD, { holdId, expectedVersion, ...extra }, as);
const voidIt = (holdId: string, expectedVersion: number, extra: Record<string, unknown> = {}, as = 'alice') =>
  server.gql(VOID_HOLD, { holdId, expectedVersion, ...extra }, as);
const read = async (id: string, as = 'alice', variables: Record<string, unknown> = {}) =>
  (await server.gql(READ_HOLDS, { id, ...variables }, as)).data!.wallet;
async function placed(walletId: string, amount: string, expectedVersion: number, extra: Record<string, unknown> = {}) {
  const { data } = await place(walletId, amount, expectedVersion, extra);
  expect(data!.result.__typename).toBe('HoldPlaced');
  return data!.result.hold.id as string;
}
/** Nothing changed: the same version and the same ledger as before. */
async function expectUnchanged(walletId: string, before: { version: number; history: unknown }) {
  const after = await read(walletId);
  expect({ version: after.version, history: after.history }).toEqual({ version: before.version, history: before.history });
}

describe('holds over HTTP', () => {
  it('places a hold: balance unchanged, available down, HOLD_PLACED with availableAfter', async () => {
    const wallet = await funded('100.00');
    const { data } = await place(wallet, '30.25', 1);
    expect(data!.result).toMatchObject({
      __typename: 'HoldPlaced',
      hold: { walletId: wallet, amount: '30.25', capturedAmount: '0.00', status: 'PENDING', actor: 'alice', toWalletId: null },
      wallet: { balance: '100.00', availableBalance: '69.75', heldBalance: '30.25', version: 2 },
    });
    const after = await read(wallet);
    expect(after.history.edges[0].node).toMatchObject({
      type: 'HOLD_PLACED',
      amount: '30.25',
      balanceAfter: '100.00',
      availableAfter: '69.75',
      holdId: data!.result.hold.id,
    });
    expect(after.holds.edges.map((edge: any) => edge.node.id)).toEqual([data!.result.hold.id]);
    expect((await server.gql(READ_HOLD, { id: data!.result.hold.id })).data!.hold).toMatchObject({ status: 'PENDING' });
    await expectLedgerConsistent(server.store, wallet);
  });

  it('captures all, or part (the rest released at once), and voids', async () => {
    const wallet = await funded('100.00');
    const all = await placed(wallet, '10.00', 1);
    const part = await placed(wallet, '20.00', 2);
    const voided = await placed(wallet, '30.00', 3);
    expect((await capture(all, 4)).data!.result).toMatchObject({
      __typename: 'HoldCaptured',
      amount: '10.00',
      // The id its entries share, though it paid no other wallet.
      transferId: expect.any(String),
      toWalletId: null,
      hold: { status: 'CAPTURED', capturedAmount: '10.00' },
      wallet: { balance: '90.00', availableBalance: '40.00', version: 5 },
    });
    expect((await capture(part, 5, { amount: '5.50' })).data!.result).toMatchObject({
      hold: { status: 'CAPTURED', amount: '20.00', capturedAmount: '5.50' },
      wallet: { balance: '84.50', availableBalance: '54.50', version: 7 },
    });
    expect((await voidIt(voided, 7)).data!.result).toMatchObject({
      __typename: 'HoldVoided',
      hold: { status: 'VOIDED' },
      wallet: { balance: '84.50', availableBalance: '84.50', heldBalance: '0.00', version: 8 },
    });
    const types = (await read(wallet)).history.edges.map((edge: any) => edge.node.type);
    expect(types.slice(0, 5)).toEqual(['HOLD_RELEASED', 'HOLD_RELEASED', 'HOLD_CAPTURED', 'HOLD_CAPTURED', 'HOLD_PLACED']);
    await expectLedgerConsistent(server.store, wallet);
  });

  it("captures to another owner's wallet like a transfer; the payee never sees the hold, the payer never the payee's wallet", async () => {
    const payer = await funded('50.00');
    const payee = await funded('0', 'bob');
    const holdId = await placed(payer, '12.00', 1, { to: payee });
    expect((await server.gql(READ_HOLD, { id: holdId }, 'bob')).data!.hold).toBeNull();
    expect((await capture(holdId, 2, {}, 'bob')).data!.result.__typename).toBe('HoldNotFound');
    const { data } = await capture(holdId, 2);
    expect(data!.result).toMatchObject({ __typename: 'HoldCaptured', toWalletId: payee, to: null, wallet: { balance: '38.00' } });
    const seen = await read(payee, 'bob');
    expect(seen).toMatchObject({ balance: '12.00', holds: { edges: [] } });
    expect(seen.history.edges[0].node).toMatchObject({
      type: 'TRANSFER_IN',
      counterpartyWalletId: payer,
      transferId: data!.result.transferId,
      holdId: null,
    });
    expect((await read(payer)).history.edges[0].node).toMatchObject({
      type: 'HOLD_CAPTURED',
      counterpartyWalletId: payee,
      transferId: data!.result.transferId,
    });
    await expectLedgerConsistent(server.store, payer);
    await expectLedgerConsistent(server.store, payee);
  });

  it('refuses a decrease the posted balance would cover but the available balance does not', async () => {
    const wallet = await funded('10.00');
    await placed(wallet, '8.00', 1);
    const { data } = await server.gql(DECREASE, { walletId: wallet, amount: '3.00', currency: 'GBP', expectedVersion: 2 });
    expect(data!.result).toMatchObject({ __typename: 'InsufficientBalance', balance: '10.00', requested: '3.00' });
    expect(data!.result.message).toContain('available balance 2.00 GBP');
  });

  it('answers every refusal of placeHold, changing nothing', async () => {
    const wallet = await funded('10.00');
    const euros = await funded('0', 'alice', 'EUR');
    const before = await read(wallet);
    const refusals: Array<[Record<string, unknown>, string, Record<string, unknown>?]> = [
      [{ amount: '0' }, 'InvalidAmount', { reason: 'NOT_POSITIVE' }],
      [{ amount: '-1.00' }, 'InvalidAmount', { reason: 'NOT_POSITIVE' }],
      [{ amount: '1.001' }, 'InvalidAmount', { reason: 'TOO_MANY_DECIMALS' }],
      [{ to: wallet }, 'SameWallet'],
      [{ walletId: 'no-such-wallet' }, 'WalletNotFound'],
      [{ to: 'no-such-wallet' }, 'WalletNotFound'],
      [{ expectedVersion: 0 }, 'VersionConflict', { actualVersion: 1 }],
      [{ currency: 'EUR' }, 'CurrencyMismatch', { walletCurrency: 'GBP' }],
      [{ to: euros }, 'CurrencyMismatch', { mismatchedWalletId: euros }],
      [{ amount: '10.01' }, 'InsufficientBalance', { available: '10.00' }],
    ];
    for (const [override, typename, fields] of refusals) {
      const { data } = await server.gql(PLACE_HOLD, {
        walletId: wallet,
        amount: '1.00',
        currency: 'GBP',
        expectedVersion: 1,
        expiresInSeconds: 60,
        ...override,
      });
      expect(data!.result).toMatchObject({ __typename: typename, ...fields });
    }
    for (const expiresInSeconds of [0, -5, 2_592_001]) {
      const { errors } = await place(wallet, '1.00', 1, { expiresInSeconds });
      expect(errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'expiresInSeconds' } });
      expect(errors?.[0].message).toContain('1 to 2592000');
    }
    await expectUnchanged(wallet, before);
  });

  it('stops at 20 pending holds per wallet', async () => {
    const wallet = await funded('100.00');
    for (let version = 1; version <= 20; version++) await placed(wallet, '1.00', version);
    expect((await place(wallet, '1.00', 21)).data!.result).toMatchObject({ __typename: 'HoldLimitReached', limit: 20 });
  });

  it('answers every refusal of captureHold and voidHold, changing nothing', async () => {
    const wallet = await funded('10.00');
    const holdId = await placed(wallet, '4.00', 1);
    const bobs = await funded('10.00', 'bob');
    const { data: bobsHold } = await place(bobs, '1.00', 1, {}, 'bob');
    const before = await read(wallet);
    const unknown = holdId.replace(/^H\d{13}/, 'H0000000000001');
    const captures: Array<[string, Record<string, unknown>, string, Record<string, unknown>?]> = [
      [unknown, {}, 'HoldNotFound'],
      [bobsHold!.result.hold.id, {}, 'HoldNotFound'],
      [holdId, { amount: '0' }, 'InvalidAmount'],
      [holdId, { amount: '-1' }, 'InvalidAmount'],
      [holdId, { amount: '0.001' }, 'InvalidAmount', { reason: 'TOO_MANY_DECIMALS' }],
      [holdId, { expectedVersion: 1 }, 'VersionConflict', { actualVersion: 2 }],
      [holdId, { amount: '4.01' }, 'CaptureExceedsHold', { held: '4.00', requested: '4.01' }],
    ];
    for (const [id, extra, typename, fields] of captures) {
      expect((await capture(id, 2, extra)).data!.result).toMatchObject({ __typename: typename, ...fields });
    }
    expect((await voidIt(unknown, 2)).data!.result.__typename).toBe('HoldNotFound');
    expect((await voidIt(holdId, 1)).data!.result.__typename).toBe('VersionConflict');
    for (const bad of ['not-a-hold', `${holdId.slice(0, 5)}x${holdId.slice(6)}`, '']) {
      const { errors } = await capture(bad, 2);
      expect(errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'holdId' } });
      expect((await voidIt(bad, 2)).errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'holdId' } });
    }
    expect((await server.gql(READ_HOLD, { id: 'not-a-hold' })).errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', argument: 'id' },
    });
    await expectUnchanged(wallet, before);
    expect((await voidIt(holdId, 2)).data!.result.__typename).toBe('HoldVoided');
    expect((await voidIt(holdId, 3)).data!.result).toMatchObject({ __typename: 'HoldNotPending', status: 'VOIDED' });
    expect((await capture(holdId, 3)).data!.result).toMatchObject({ __typename: 'HoldNotPending', status: 'VOIDED' });
  });

  it('lets a hold expire: not capturable, not counted, released as HOLD_EXPIRED with the next change', async () => {
    const wallet = await funded('10.00');
    const holdId = await placed(wallet, '6.00', 1, { expiresInSeconds: 60 });
    clockOffsetMs = 61_000;
    try {
      expect(await read(wallet)).toMatchObject({ balance: '10.00', availableBalance: '10.00', heldBalance: '0.00', version: 2 });
      expect((await server.gql(READ_HOLD, { id: holdId })).data!.hold).toMatchObject({ status: 'EXPIRED', resolvedAt: null });
      expect((await capture(holdId, 2)).data!.result).toMatchObject({ __typename: 'HoldNotPending', status: 'EXPIRED' });
      expect((await voidIt(holdId, 2)).data!.result).toMatchObject({ __typename: 'HoldNotPending', status: 'EXPIRED' });
      expect((await read(wallet, 'alice', { status: 'EXPIRED' })).holds.edges).toHaveLength(1);
      const releasedFrom = Date.now() + clockOffsetMs;
      const { data } = await server.gql(DECREASE, { walletId: wallet, amount: '9.00', currency: 'GBP', expectedVersion: 2 });
      const releasedTo = Date.now() + clockOffsetMs;
      expect(data!.result).toMatchObject({ __typename: 'BalanceDecreased', wallet: { balance: '1.00', version: 4 } });
      const [decreased, expired] = (await read(wallet)).history.edges.map((edge: any) => edge.node);
      expect([decreased.type, expired]).toEqual([
        'BALANCE_DECREASED',
        expect.objectContaining({ type: 'HOLD_EXPIRED', holdId, actor: 'alice', availableAfter: '10.00' }),
      ]);
      // Resolved by the change that released it, at that change's moment (the service's clock).
      const resolvedAtMs = Date.parse((await server.gql(READ_HOLD, { id: holdId })).data!.hold.resolvedAt);
      expect(resolvedAtMs).toBeGreaterThanOrEqual(releasedFrom);
      expect(resolvedAtMs).toBeLessThanOrEqual(releasedTo);
      await expectLedgerConsistent(server.store, wallet);
    } finally {
      clockOffsetMs = 0;
    }
  });

  it('lets exactly one of 10 concurrent captures and voids of one hold win', async () => {
    const wallet = await funded('100.00');
    const holdId = await placed(wallet, '50.00', 1);
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? capture(holdId, 2, { amount: `${10 + i}.00` }) : voidIt(holdId, 2))),
    );
    const winners = answers.filter(({ data }) => ['HoldCaptured', 'HoldVoided'].includes(data!.result.__typename));
    expect(winners).toHaveLength(1);
    for (const { data } of answers)
      expect(['HoldCaptured', 'HoldVoided', 'VersionConflict', 'HoldNotPending']).toContain(data!.result.__typename);
    const after = await read(wallet);
    expect(after.heldBalance).toBe('0.00');
    expect(after.balance).toBe(winners[0].data!.result.wallet.balance);
    await expectLedgerConsistent(server.store, wallet);
  });

  it('replays the first result of a key; another intent with it is IdempotencyKeyReused', async () => {
    const wallet = await funded('100.00');
    const first = await place(wallet, '5.00', 1, { key: 'hold-1' });
    expect(await place(wallet, '5.00', 1, { key: 'hold-1' })).toMatchObject({ data: first.data });
    expect((await place(wallet, '6.00', 2, { key: 'hold-1' })).data!.result.__typename).toBe('IdempotencyKeyReused');
    const holdId = first.data!.result.hold.id;
    const captured = await capture(holdId, 2, { key: 'cap-1', amount: '2.00' });
    expect(captured.data!.result.__typename).toBe('HoldCaptured');
    expect(await capture(holdId, 2, { key: 'cap-1', amount: '2.00' })).toMatchObject({ data: captured.data });
    expect((await capture(holdId, 4, { key: 'cap-1', amount: '3.00' })).data!.result.__typename).toBe('IdempotencyKeyReused');
    const second = await placed(wallet, '1.00', 4);
    const voided = await voidIt(second, 5, { key: 'void-1' });
    expect(await voidIt(second, 5, { key: 'void-1' })).toMatchObject({ data: voided.data });
    expect((await read(wallet)).version).toBe(6);
  });

  it("stores metadata on every entry a placement, a capture (the payee's credit too) and a void write; a key stands for it", async () => {
    const payer = await funded('100.00');
    const payee = await funded('0', 'bob');
    const order = [{ key: 'order', value: '8812' }];
    const first = await place(payer, '12.00', 1, { to: payee, key: 'm-place', metadata: order });
    expect(first.data!.result.__typename).toBe('HoldPlaced');
    const holdId: string = first.data!.result.hold.id;
    // The same key with other metadata is another intent; with the same, the first answer again.
    expect(
      (await place(payer, '12.00', 1, { to: payee, key: 'm-place', metadata: [{ key: 'order', value: '8813' }] })).data!.result.__typename,
    ).toBe('IdempotencyKeyReused');
    expect(await place(payer, '12.00', 1, { to: payee, key: 'm-place', metadata: order })).toMatchObject({ data: first.data });
    const captured = await capture(holdId, 2, { amount: '5.00', metadata: [...order, { key: 'step', value: 'capture' }] });
    expect(captured.data!.result).toMatchObject({ __typename: 'HoldCaptured', wallet: { version: 4 } });
    const voided = await placed(payer, '1.00', 4);
    expect((await voidIt(voided, 5, { metadata: [{ key: 'reason', value: 'cancelled' }] })).data!.result.__typename).toBe('HoldVoided');

    const atCapture = [...order, { key: 'step', value: 'capture' }];
    const entries = (await read(payer)).history.edges.map(({ node }: any) => [node.type, node.metadata]);
    expect(entries).toEqual([
      ['HOLD_RELEASED', [{ key: 'reason', value: 'cancelled' }]],
      ['HOLD_PLACED', []],
      ['HOLD_RELEASED', atCapture],
      ['HOLD_CAPTURED', atCapture],
      ['HOLD_PLACED', order],
      ['BALANCE_INCREASED', []],
      ['WALLET_CREATED', []],
    ]);
    expect((await read(payee, 'bob')).history.edges[0].node).toMatchObject({ type: 'TRANSFER_IN', amount: '5.00', metadata: atCapture });
    // The order's entries, found by their metadata: the authorisation and its capture.
    const byOrder = await server.gql(FILTERED_HISTORY, { id: payer, first: 10, filter: { metadata: order[0] } });
    expect(byOrder.data!.wallet.history.edges.map(({ node }: any) => node.type)).toEqual(['HOLD_RELEASED', 'HOLD_CAPTURED', 'HOLD_PLACED']);
    // Found as a person reads it: the order number typed full-width, as an East Asian keyboard may.
    const typedWide = await server.gql(FILTERED_HISTORY, {
      id: payer,
      first: 10,
      filter: { metadata: { key: 'order', value: '８８１２' } },
    });
    expect(typedWide.data!.wallet.history.edges.map(({ node }: any) => node.type)).toEqual([
      'HOLD_RELEASED',
      'HOLD_CAPTURED',
      'HOLD_PLACED',
    ]);
    await expectLedgerConsistent(server.store, payer);
    await expectLedgerConsistent(server.store, payee);
  });

  it('refuses bad metadata on a hold mutation as BAD_USER_INPUT, changing nothing', async () => {
    const wallet = await funded('100.00');
    const holdId = await placed(wallet, '10.00', 1);
    const before = await read(wallet);
    const bad = [{ key: '', value: 'x' }];
    for (const { errors } of [
      await place(wallet, '1.00', 2, { metadata: bad }),
      await capture(holdId, 2, { metadata: bad }),
      await voidIt(holdId, 2, { metadata: [{ key: 'k', value: 'a\u202Eb' }] }),
    ])
      expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'metadata' });
    await expectUnchanged(wallet, before);
  });

  it('lists holds newest first, by status, a page at a time', async () => {
    const wallet = await funded('100.00');
    const ids = [];
    for (let version = 1; version <= 3; version++) ids.push(await placed(wallet, '1.00', version));
    await voidIt(ids[1], 4);
    const page = (await read(wallet, 'alice', { first: 2 })).holds;
    expect(page.edges.map((edge: any) => edge.node.id)).toEqual([ids[2], ids[1]]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const rest = (await read(wallet, 'alice', { first: 2, after: page.pageInfo.endCursor })).holds;
    expect(rest.edges.map((edge: any) => edge.node.id)).toEqual([ids[0]]);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect((await read(wallet, 'alice', { status: 'PENDING' })).holds.edges.map((edge: any) => edge.node.id)).toEqual([ids[2], ids[0]]);
    expect((await read(wallet, 'alice', { status: 'VOIDED' })).holds.edges.map((edge: any) => edge.node.id)).toEqual([ids[1]]);
    expect((await server.gql(READ_HOLDS, { id: wallet, after: 'bogus' })).errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
