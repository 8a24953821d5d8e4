import { connect } from 'node:net';
import { parse } from 'csv-parse/sync';
import { NO_METRICS } from '../../src/application/service-metrics.port';
import { METADATA_LIMITS } from '../../src/domain/metadata';
import { CREATE, FILTERED_HISTORY, INCREASE, INCREASE_WITH_METADATA } from '../support/operations';
import { startTestServer, TestServer } from '../support/server';

/**
 * The CSV statement's two bounds, on a real store. Bytes: 16 keys of metadata take about 15 KB a line, so the
 * 50,000 entries a CSV may hold could make 730 MB for one GET; a file reaching its budget ends with a CUT_SHORT line
 * naming where to go on. Time: a client that stopped reading held its connection for good; it now loses it when
 * it takes nothing of a page for REQUEST_TIMEOUT_MS.
 */
const FROM = new Date(Date.now() - 86_400_000).toISOString();
const TO = () => new Date(Date.now() + 60_000).toISOString();

describe('a CSV statement has a byte budget', () => {
  // A line here takes about 105 bytes (its wallet id and currency among them): a page of 100, about 10.5 KB.
  const BUDGET = 14_000;
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ maxStatementCsvBytes: BUDGET });
  });
  afterAll(() => server.stop());

  it('ends a file that reaches it with a CUT_SHORT line (no closing balance) dated at the first entry left out; from there, the rest', async () => {
    const walletId = (await server.gql(CREATE, { currency: 'GBP' })).data!.result.wallet.id;
    // Two pages of 100: the first fits the budget, the second does not.
    for (let version = 0; version < 150; version += 1) {
      expect(
        (await server.gql(INCREASE, { walletId, amount: '1.00', currency: 'GBP', expectedVersion: version })).data!.result.__typename,
      ).toBe('BalanceIncreased');
    }
    const csv = async (from: string) => {
      const response = await fetch(`${server.url}/wallets/${walletId}/statement.csv?from=${from}&to=${TO()}`, {
        headers: await server.headersOf('alice'),
      });
      expect(response.status).toBe(200);
      const text = await response.text();
      return { bytes: Buffer.byteLength(text), rows: parse(text, { columns: true }) as Record<string, string>[] };
    };
    const first = await csv(FROM);
    expect(first.bytes).toBeLessThanOrEqual(BUDGET);
    const types = first.rows.map((row) => row.type);
    expect(types.filter((type) => type.startsWith('CLOSING_BALANCE'))).toEqual([]);
    // Opening, WALLET_CREATED (version 0), versions 1 to 99, then the cut at version 100.
    expect(types.slice(0, 2)).toEqual(['OPENING_BALANCE', 'WALLET_CREATED']);
    const cut = first.rows[first.rows.length - 1];
    expect(cut).toMatchObject({ type: 'CUT_SHORT', version: '100', money_in: '', money_out: '', balance_after: '' });
    expect(JSON.parse(cut.metadata).reason).toContain(`from=${cut.date}`);
    expect(first.rows.filter((row) => /^\d+$/.test(row.version) && row.type !== 'CUT_SHORT')).toHaveLength(100);

    const rest = await csv(cut.date);
    // The window ends a minute from now: its closing balance is so far.
    expect(rest.rows.map((row) => row.type)).toContain('CLOSING_BALANCE_SO_FAR');
    const versions = rest.rows.filter((row) => row.type === 'BALANCE_INCREASED').map((row) => Number(row.version));
    expect(versions[0]).toBeLessThanOrEqual(100);
    expect(versions[versions.length - 1]).toBe(150);
  });
});

describe('answers whose client stops reading', () => {
  let server: TestServer;
  let walletId: string;
  const refused: string[] = [];
  const statements: string[] = [];
  beforeAll(async () => {
    // REQUEST_TIMEOUT_MS is how long a reader may take nothing of a page (CSV) or of an answer (any other).
    server = await startTestServer({
      limits: { http: { requestTimeoutMs: 1_500, headersTimeoutMs: 1_000 } },
      metrics: {
        ...NO_METRICS,
        refused: (reason) => void refused.push(reason),
        statementCsvRequest: (result) => void statements.push(result),
      },
    });
    walletId = (await server.gql(CREATE, { currency: 'GBP' })).data!.result.wallet.id;
    // About 15 KB a line: 300 lines are more than the loopback's socket buffers hold.
    const metadata = Array.from({ length: METADATA_LIMITS.keys }, (_, i) => ({
      key: `${String(i).padStart(2, '0')}${'€'.repeat(METADATA_LIMITS.keyLength - 2)}`,
      value: '€'.repeat(METADATA_LIMITS.valueLength),
    }));
    for (let version = 0; version < 300; version += 1) {
      const answer = await server.gql(INCREASE_WITH_METADATA, { walletId, amount: '1.00', expectedVersion: version, metadata });
      expect(answer.data!.result.__typename).toBe('BalanceIncreased');
    }
  }, 120_000);
  afterAll(() => server.stop());

  /** Sends `requests` on one connection, reads nothing until `readAgain` resolves, then all that is left: what came, and whether the service closed it. */
  async function stopReading(requests: string, readAgain: () => Promise<unknown>): Promise<{ text: string; outcome: unknown }> {
    const { port } = new URL(server.url);
    const socket = connect(Number(port), '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.pause();
    socket.write(requests);
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    await readAgain();
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.resume();
    const outcome = await Promise.race([closed.then(() => 'closed'), new Promise((resolve) => setTimeout(() => resolve('open'), 10_000))]);
    socket.destroy();
    return { text: Buffer.concat(chunks).toString('utf8'), outcome };
  }

  it('a CSV statement loses its connection after REQUEST_TIMEOUT_MS without taking a page; the file has no closing line', async () => {
    const { authorization } = await server.headersOf('alice');
    const { text, outcome } = await stopReading(
      `GET /wallets/${walletId}/statement.csv?from=${FROM}&to=${TO()} HTTP/1.1\r\nHost: localhost\r\nAuthorization: ${authorization}\r\n\r\n`,
      // Read again once the service has given up on the statement: its deadline is a timer from the moment a page
      // waits, which depends on how fast the pages before it filled the kernel's buffers.
      async () => {
        for (let waited = 0; statements.length === 0 && waited < 60_000; waited += 100)
          await new Promise((resolve) => setTimeout(resolve, 100));
      },
    );
    expect(statements).toEqual(['aborted']);
    expect(text.startsWith('HTTP/1.1 200')).toBe(true);
    expect(text).not.toContain('CLOSING_BALANCE');
    expect(outcome).toBe('closed');
    // The service still answers.
    expect((await server.gql(CREATE, { currency: 'GBP' })).data!.result.__typename).toBe('WalletCreated');
  }, 60_000);

  it('GraphQL answers pipelined on one connection lose it after REQUEST_TIMEOUT_MS without being taken (they held it for good)', async () => {
    const { authorization } = await server.headersOf('alice');
    const body = JSON.stringify({ query: FILTERED_HISTORY, variables: { id: walletId, first: 40 } });
    const request =
      `POST /graphql HTTP/1.1\r\nHost: localhost\r\nAuthorization: ${authorization}\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    // Each answer is about 0.6 MB: eighty (47 MB) are more than the loopback's socket buffers hold (up to 36 MB here).
    // Read again once the service has cut the connection: its deadline runs from the moment the kernel's buffers are
    // full, which depends on how fast the answers are made.
    const cut = async () => {
      for (let waited = 0; !refused.includes('stalled_reader') && waited < 60_000; waited += 100)
        await new Promise((resolve) => setTimeout(resolve, 100));
    };
    const { text, outcome } = await stopReading(request.repeat(80), cut);
    expect(refused).toContain('stalled_reader');
    expect(text.startsWith('HTTP/1.1 200')).toBe(true);
    // Some were taken before the reader stopped; the rest were cut with the connection.
    expect(text.split('HTTP/1.1 200').length - 1).toBeLessThan(80);
    expect(outcome).toBe('closed');
    expect((await server.gql(CREATE, { currency: 'GBP' })).data!.result.__typename).toBe('WalletCreated');
  }, 120_000);
});
