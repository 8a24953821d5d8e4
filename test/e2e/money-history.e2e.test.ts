import { parse } from 'csv-parse/sync';
import { BALANCE_AT, CREATE, FILTERED_HISTORY, INCREASE_WITH_METADATA, REVERSE, STATEMENT, TRANSFER } from '../support/operations';
import { CAPTURE_HOLD, PLACE_HOLD } from '../support/hold-operations';
import { print } from 'graphql';
import { TransferByIdDocument } from '../../client/generated/graphql';
import { ALICE, As, startTestServer, TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const BOB = 'bob';
const order = (value: string) => [{ key: 'order', value }];

async function opened(as = ALICE): Promise<string> {
  const { data } = await server.gql(CREATE, { currency: 'GBP' }, as);
  return data?.result.wallet.id;
}
async function deposit(walletId: string, amount: string, expectedVersion: number, metadata = order('1')) {
  const { data, errors } = await server.gql(INCREASE_WITH_METADATA, { walletId, amount, expectedVersion, metadata });
  return { result: data?.result, errors };
}
const csvOf = async (walletId: string, from: string, to: string, as = ALICE) =>
  fetch(`${server.url}/wallets/${encodeURIComponent(walletId)}/statement.csv?from=${from}&to=${to}`, {
    headers: await server.headersOf(as),
  });

describe('money history over GraphQL and CSV', () => {
  it('refuses bad metadata as BAD_USER_INPUT naming the argument, and changes nothing', async () => {
    const wallet = await opened();
    const tooMany = Array.from({ length: 17 }, (_, i) => ({ key: `k${i}`, value: 'v' }));
    for (const metadata of [
      tooMany,
      [...order('1'), ...order('2')],
      [{ key: '', value: 'v' }],
      [{ key: 'k', value: 'x'.repeat(257) }],
      [{ key: 'k', value: '\ud800' }],
      // Control characters: JSON escapes most to 6 bytes (a map of them answered 25 KB per entry), and no key needs one.
      [{ key: 'k', value: `a${'\u0001'.repeat(255)}` }],
      [{ key: 'k\u007f', value: 'v' }],
      [{ key: 'k', value: 'two\nlines' }],
      [{ key: '\u0000', value: 'v' }],
      // C1 controls, line separators and bidirectional controls: a line break or a reordered text in a statement.
      [{ key: 'k', value: 'refund \u0085 next' }],
      [{ key: 'k', value: 'one\u2028two' }],
      [{ key: 'k', value: 'refund \u202Egnp.exe\u202C' }],
      [{ key: 'order\u2066', value: 'v' }],
      // Invisible: two order numbers that look alike.
      [{ key: 'order', value: '88\u200B12' }],
      [{ key: 'order', value: '\uFEFF8812' }],
      [{ key: 'order', value: '88\u206212' }],
      // One key in two spellings (composed, and with a combining accent).
      [
        { key: 'caf\u00E9', value: '1' },
        { key: 'cafe\u0301', value: '2' },
      ],
      // Spaces at an end show as nothing: "order" twice, a value the filter for "8812" misses (a finance probe).
      [
        { key: 'order', value: '1' },
        { key: 'order\u00A0', value: '2' },
      ],
      [{ key: ' order', value: '1' }],
      [{ key: '   ', value: '1' }],
      [{ key: 'order', value: '8812 ' }],
      [{ key: 'order', value: '\u20098812' }],
    ]) {
      const { errors } = await deposit(wallet, '1.00', 0, metadata);
      expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'metadata' });
    }
    expect(
      (
        await deposit(wallet, '1.00', 0, [
          { key: 'b', value: '2' },
          { key: 'a', value: '1' },
          // Letters of any script, emoji and their zero-width joiner are text.
          { key: 'note', value: 'تحويل שלום Zoë 👩\u200D💻' },
        ])
      ).result.wallet.version,
    ).toBe(1);
    const { data } = await server.gql(FILTERED_HISTORY, { id: wallet, first: 1 });
    expect(data?.wallet.history.edges[0].node.metadata).toEqual([
      { key: 'a', value: '1' },
      { key: 'b', value: '2' },
      { key: 'note', value: 'تحويل שלום Zoë 👩\u200D💻' },
    ]);
  });

  it('answers balanceAt with exactly one of at and version, and a typed answer before the wallet existed', async () => {
    const wallet = await opened();
    await deposit(wallet, '3.00', 0);
    const ask = (variables: Record<string, unknown>) => server.gql(BALANCE_AT, { id: wallet, ...variables });
    expect((await ask({})).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await ask({ at: '2026-01-01T00:00:00Z', version: 1 })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await ask({ version: 2 })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'version' });
    expect((await ask({ at: '2000-01-01T00:00:00Z' })).data?.wallet.balanceAt).toMatchObject({ __typename: 'WalletDidNotExistYet' });
    expect((await ask({ version: 1 })).data?.wallet.balanceAt).toMatchObject({ __typename: 'BalanceAsOf', balance: '3.00', version: 1 });
    expect((await ask({ at: '2999-01-01T00:00:00Z' })).data?.wallet.balanceAt).toMatchObject({ balance: '3.00', version: 1 });
    // A day that does not exist is refused, not read as another (Date takes February 30th for March 2nd).
    for (const at of ['2026-02-30T00:00:00Z', '2026-02-29T00:00:00Z', '2026-01-01T24:00:00Z', '2026-01-01T00:00:00.1234567890Z']) {
      expect((await ask({ at })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      const statement = await server.gql(STATEMENT, { id: wallet, from: at, to: '2026-06-01T00:00:00Z' });
      expect(statement.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    }
    const held = { walletId: wallet, amount: '1.25', currency: 'GBP', expectedVersion: 1, expiresInSeconds: 600 };
    expect((await server.gql(PLACE_HOLD, held)).data?.result.__typename).toBe('HoldPlaced');
    // A hold leaves the balance as it was and lowers what was available from then on.
    expect((await ask({ version: 1 })).data?.wallet.balanceAt).toMatchObject({ balance: '3.00', available: '3.00' });
    expect((await ask({ version: 2 })).data?.wallet.balanceAt).toMatchObject({ balance: '3.00', available: '1.75', version: 2 });
  });

  it('reads a finer fraction than the millisecond as the moment it is, and refuses a moment past the year 9999 in UTC', async () => {
    const wallet = await opened();
    await deposit(wallet, '3.00', 0);
    const { data } = await server.gql(BALANCE_AT, { id: wallet, version: 1 });
    const changedAt: string = data?.wallet.balanceAt.changedAt;
    // The entry at .768 is strictly before .7681: it counts (the fraction was cut to .768, and the entry left out).
    const justAfter = changedAt.replace(/Z$/, '1Z');
    expect((await server.gql(BALANCE_AT, { id: wallet, at: justAfter })).data?.wallet.balanceAt).toMatchObject({ version: 1 });
    expect((await server.gql(BALANCE_AT, { id: wallet, at: changedAt })).data?.wallet.balanceAt).toMatchObject({ version: 0 });
    const history = await server.gql(FILTERED_HISTORY, { id: wallet, first: 5, filter: { from: justAfter } });
    expect(history.data?.wallet.history.edges).toEqual([]);
    // 9999-12-31T23:30:00-01:00 is in the year 10000 in UTC, which the stores' text order cannot place: refused, not
    // answered as before the wallet existed, nor (for a statement) failed with an internal error.
    const tenThousand = '9999-12-31T23:30:00-01:00';
    expect((await server.gql(BALANCE_AT, { id: wallet, at: tenThousand })).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    const statement = await server.gql(STATEMENT, { id: wallet, from: '9999-12-31T00:00:00Z', to: tenThousand });
    expect(statement.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await csvOf(wallet, '9999-12-31T00:00:00Z', encodeURIComponent(tenThousand))).status).toBe(400);
  });

  it('reverses a transfer through GraphQL: payee in part, exceeding refused with what remains, payer refused as not found; transfer(id) shows it to its two sides only', async () => {
    const payer = await opened();
    await deposit(payer, '40.00', 0);
    const payee = await opened(BOB);
    const paid = (await server.gql(TRANSFER, { from: payer, to: payee, amount: '25.00', currency: 'GBP', expectedVersion: 1 })).data
      ?.result;
    const transferId = paid.transferId;
    const byPayer = await server.gql(REVERSE, { transferId, amount: '1.00', expectedVersion: 1 });
    expect(byPayer.data?.result).toMatchObject({ __typename: 'TransferNotFound', code: 'TRANSFER_NOT_FOUND', transferId });
    const part = (await server.gql(REVERSE, { transferId, amount: '10.00', expectedVersion: 1, reason: 'damaged' }, BOB)).data?.result;
    expect(part).toMatchObject({ __typename: 'TransferReversed', reversalOf: transferId, amount: '10.00', remaining: '15.00', to: null });
    const tooMuch = (await server.gql(REVERSE, { transferId, amount: '15.01', expectedVersion: 2 }, BOB)).data?.result;
    expect(tooMuch).toMatchObject({ __typename: 'ReversalExceedsTransfer', transferId, remaining: '15.00' });
    const { data } = await server.gql(FILTERED_HISTORY, { id: payer, first: 10, filter: { transferId } });
    expect(data?.wallet.history.edges.map((edge: { node: { type: string } }) => edge.node.type)).toEqual(['REVERSAL_IN', 'TRANSFER_OUT']);
    expect(data?.wallet.history.edges[0].node.metadata).toEqual([{ key: 'reason', value: 'damaged' }]);
    // transfer(id): what it moved and what is left to reverse, to the payer, the payee and an operator; null to others.
    const byId = async (id: string, as: As) => (await server.gql(print(TransferByIdDocument), { id }, as)).data?.transfer;
    const seen = {
      id: transferId,
      fromWalletId: payer,
      toWalletId: payee,
      currency: 'GBP',
      amount: '25.00',
      reversed: '10.00',
      remaining: '15.00',
      occurredAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
    };
    for (const who of [ALICE, BOB, { sub: 'operator', scope: 'wallet:admin' }]) expect(await byId(transferId, who)).toEqual(seen);
    expect(await byId(transferId, 'carol')).toBeNull();
    expect(await byId('no-such-transfer', ALICE)).toBeNull();
  });

  it('serves the same statement as CSV, read by a real CSV parser: the same figures, and a closing line that checks', async () => {
    const wallet = await opened();
    const other = await opened(BOB);
    const from = new Date(Date.now() - 1000).toISOString();
    await deposit(wallet, '100.00', 0, [{ key: 'note', value: '=HYPERLINK("x"), "quoted";=1+1' }]);
    await server.gql(TRANSFER, { from: wallet, to: other, amount: '33.33', currency: 'GBP', expectedVersion: 1 });
    await deposit(wallet, '0.07', 2);
    const to = new Date(Date.now() + 60_000).toISOString();
    const { data } = await server.gql(STATEMENT, { id: wallet, from, to, first: 40 });
    const statement = data?.wallet.statement;
    expect(statement).toMatchObject({ openingBalance: '0.00', moneyIn: '100.07', moneyOut: '33.33', closingBalance: '66.74' });
    const response = await csvOf(wallet, from, to);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const rows: Record<string, string>[] = parse(await response.text(), { columns: true });
    const opening = rows[0];
    const closing = rows[rows.length - 1];
    const lines = rows.slice(1, -1);
    // The window ends a minute from now: its closing line says the balance is so far.
    expect([opening.type, closing.type]).toEqual(['OPENING_BALANCE', 'CLOSING_BALANCE_SO_FAR']);
    expect(opening.balance_after).toBe(statement.openingBalance);
    expect([closing.money_in, closing.money_out, closing.balance_after]).toEqual([
      statement.moneyIn,
      statement.moneyOut,
      statement.closingBalance,
    ]);
    expect(lines.map((row) => row.version)).toEqual(
      statement.entries.edges.map((edge: { node: { version: number } }) => String(edge.node.version)),
    );
    // What a spreadsheet would check, in cents: opening + sum(in) - sum(out) = closing.
    const cents = (text: string) => (text === '' ? 0n : BigInt(text.replace('.', '')));
    const sum = (column: string) => lines.reduce((total, row) => total + cents(row[column]), 0n);
    expect(cents(opening.balance_after) + sum('money_in') - sum('money_out')).toBe(cents(closing.balance_after));
    expect(sum('money_in')).toBe(cents(closing.money_in));
    expect(lines.some((row) => row.metadata.startsWith('{') && row.metadata.includes('=HYPERLINK'))).toBe(true);
    // A formula after a ';' (Excel's separator in many locales) is defused as one at a cell's start.
    expect(lines.some((row) => row.metadata.includes(";'=1+1"))).toBe(true);
  });

  it("writes a CSV's metadata cell in the stored order, keys like whole numbers too, and takes lower-case t and z in from and to", async () => {
    const wallet = await opened();
    const from = new Date(Date.now() - 1000).toISOString();
    const metadata = [
      { key: 'a', value: 'z' },
      { key: '9', value: 'y' },
      { key: '10', value: 'x' },
    ];
    await deposit(wallet, '1.00', 0, metadata);
    const to = new Date(Date.now() + 60_000).toISOString();
    const response = await csvOf(wallet, from.toLowerCase(), to.replace('T', 't').replace('Z', 'z'));
    expect(response.status).toBe(200);
    const rows: Record<string, string>[] = parse(await response.text(), { columns: true });
    // Stored sorted by key, as GraphQL shows it: "10" < "9" < "a" (a plain object put "9" and "10" first).
    expect(rows.find((row) => row.version === '1')?.metadata).toBe('{"10":"x","9":"y","a":"z"}');
    const { data } = await server.gql(FILTERED_HISTORY, { id: wallet, first: 1 });
    expect(data?.wallet.history.edges[0].node.metadata.map(({ key }: { key: string }) => key)).toEqual(['10', '9', 'a']);
  });

  it("gives a CSV's hold lines their amount (held) and hold id, and every line its currency and wallet id, added after the former columns", async () => {
    const wallet = await opened();
    const from = new Date(Date.now() - 1000).toISOString();
    await deposit(wallet, '30.00', 0);
    const placed = await server.gql(PLACE_HOLD, {
      walletId: wallet,
      amount: '10.00',
      currency: 'GBP',
      expectedVersion: 1,
      expiresInSeconds: 600,
    });
    expect(placed.data?.result.__typename).toBe('HoldPlaced');
    const holdId: string = placed.data?.result.hold.id;
    const captured = await server.gql(CAPTURE_HOLD, { holdId, amount: '4.00', expectedVersion: 2 });
    expect(captured.data?.result.__typename).toBe('HoldCaptured');
    const to = new Date(Date.now() + 60_000).toISOString();
    const response = await csvOf(wallet, from, to);
    expect(response.status).toBe(200);
    const text = await response.text();
    // The former ten columns first, in their order, so a spreadsheet reading them by position keeps working.
    expect(text.split('\r\n')[0]).toBe(
      'date,version,type,money_in,money_out,balance_after,transfer_id,reversal_of,counterparty_wallet_id,metadata,' +
        'held,hold_id,available_after,currency,wallet_id',
    );
    const rows: Record<string, string>[] = parse(text, { columns: true });
    const columns = ['type', 'money_in', 'money_out', 'balance_after', 'held', 'hold_id', 'available_after'];
    expect(rows.map((row) => columns.map((column) => row[column]))).toEqual([
      ['OPENING_BALANCE', '', '', '0.00', '', '', '0.00'],
      ['WALLET_CREATED', '', '', '0.00', '', '', '0.00'],
      ['BALANCE_INCREASED', '30.00', '', '30.00', '', '', '30.00'],
      // The amount held appears on the hold's lines; a capture takes posted money too (money_out).
      ['HOLD_PLACED', '', '', '30.00', '10.00', holdId, '20.00'],
      ['HOLD_CAPTURED', '', '4.00', '26.00', '4.00', holdId, '20.00'],
      ['HOLD_RELEASED', '', '', '26.00', '6.00', holdId, '26.00'],
      ['CLOSING_BALANCE_SO_FAR', '30.00', '4.00', '26.00', '', '', '26.00'],
    ]);
    for (const row of rows) expect([row.currency, row.wallet_id]).toEqual(['GBP', wallet]);
    // The file's name tells the wallet and its currency: two wallets' statements of one month no longer share it.
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="statement-${wallet}-GBP-${from.slice(0, 10)}-${to.slice(0, 10)}.csv"`,
    );
  });

  it('tells a statement (and a balance as of a moment) whose end has not passed by a minute from a final one, over GraphQL and CSV', async () => {
    const wallet = await opened();
    await deposit(wallet, '5.00', 0);
    const now = Date.now();
    const iso = (ms: number) => new Date(now + ms).toISOString();
    const statementOf = async (from: string, to: string) =>
      (await server.gql(STATEMENT, { id: wallet, from, to, first: 5 })).data?.wallet.statement;
    const closingType = async (from: string, to: string) => {
      const rows: Record<string, string>[] = parse(await (await csvOf(wallet, from, to)).text(), { columns: true });
      return rows[rows.length - 1].type;
    };
    // Not ended yet, or ended within the last minute: later entries dated before `to` may still change the figures.
    for (const to of [iso(60_000), iso(-10_000)]) {
      expect(await statementOf(iso(-3_600_000), to)).toMatchObject({ final: false });
      expect(await closingType(iso(-3_600_000), to)).toBe('CLOSING_BALANCE_SO_FAR');
    }
    // Ended over a minute ago: final.
    expect(await statementOf(iso(-3_600_000), iso(-120_000))).toMatchObject({ final: true, closingBalance: '0.00' });
    expect(await closingType(iso(-3_600_000), iso(-120_000))).toBe('CLOSING_BALANCE');
    const balanceAt = async (variables: Record<string, unknown>) =>
      (await server.gql(BALANCE_AT, { id: wallet, ...variables })).data?.wallet.balanceAt;
    expect(await balanceAt({ at: iso(3_600_000) })).toMatchObject({ __typename: 'BalanceAsOf', balance: '5.00', final: false });
    expect(await balanceAt({ version: 1 })).toMatchObject({ balance: '5.00', final: true });
  });

  it('keeps the CSV to its owner: 401 without a token, 404 for another owner or an unknown id, 400 for a bad window', async () => {
    const wallet = await opened();
    const from = '2026-01-01T00:00:00Z';
    expect((await fetch(`${server.url}/wallets/${wallet}/statement.csv?from=${from}&to=2026-02-01T00:00:00Z`)).status).toBe(401);
    expect((await csvOf(wallet, from, '2026-02-01T00:00:00Z', BOB)).status).toBe(404);
    expect((await csvOf('no-such-wallet', from, '2026-02-01T00:00:00Z')).status).toBe(404);
    expect((await csvOf(wallet, from, '2027-06-01T00:00:00Z')).status).toBe(400);
    expect((await csvOf(wallet, from, 'yesterday')).status).toBe(400);
    const notADay = await csvOf(wallet, '2026-02-30T00:00:00Z', '2026-03-05T00:00:00Z');
    expect(notADay.status).toBe(400);
    expect(await notADay.text()).toMatch(/instants that exist/);
    expect(await (await csvOf(wallet, '2026-13-01T00:00:00Z', '2027-01-05T00:00:00Z')).text()).toMatch(/instants that exist/);
    // A window given twice: a proxy or signer reading the last `from` would see another window (the first was served).
    for (const extra of ['&from=2020-01-01T00:00:00Z', '&FROM=2020-01-01T00:00:00Z', '&from[]=2020-01-01T00:00:00Z', '&x=1']) {
      const ambiguous = await csvOf(wallet, from, `2026-02-01T00:00:00Z${extra}`);
      expect(ambiguous.status).toBe(400);
      expect(await ambiguous.text()).toBe('from and to must each be given once, and nothing else\n');
    }
  });
});
