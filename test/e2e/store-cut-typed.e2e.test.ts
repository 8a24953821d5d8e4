import { createServer, request, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { STORE_RETRY_AFTER_SECONDS } from '../../src/http/error-policy';
import { DevSigningKey } from '../../src/infrastructure/auth/dev-signing-key';
import { createDynamoClients } from '../../src/infrastructure/dynamodb/dynamodb-client';
import { DynamoWalletRepository } from '../../src/infrastructure/dynamodb/dynamo-wallet.repository';
import { instrumentRepository } from '../../src/infrastructure/instrumented-repository';
import { PrometheusMetrics } from '../../src/observability/prometheus-metrics';
import { AppOver, startAppOver } from '../support/app-over';
import { freshTable, TestTable } from '../support/dynamo';
import { CREATE, INCREASE } from '../support/operations';
import { recordingLogger } from '../support/recording-logger';

/**
 * A write that reached DynamoDB and whose answer was lost: a proxy in front of the test DynamoDB Local forwards
 * every request, but, while `writes` is 'cut', closes the service's connection instead of passing on the answer
 * to a TransactWriteItems (the write has landed; the SDK sees "socket hang up", retries, and sees it again). Once,
 * clients got INTERNAL_SERVER_ERROR for this; the answer is now the typed, retryable STORE_UNAVAILABLE, which says
 * the outcome is unknown, and the retry with the same key finds the change applied once.
 *
 * While `writes` is 'held', the proxy keeps the answer and the connection open instead: a store that took the
 * request and does not answer. Each attempt is bounded (requestTimeoutMs), so the request ends, and the wallet's
 * turn with it; 'held-once' withholds only the first attempt's answer, and the SDK's retry of a write that has
 * already committed is answered by DynamoDB as a success (the SDK's ClientRequestToken), not as a VersionConflict.
 */
describe('a write whose answer the store connection lost', () => {
  let table: TestTable;
  let proxy: Server;
  let app: AppOver;
  let proxied: ReturnType<typeof createDynamoClients>;
  let writes: 'pass' | 'cut' | 'held' | 'held-once' = 'pass';
  let writesCut = 0;
  let writesHeld = 0;
  const REQUEST_TIMEOUT_MS = 400;
  const key = DevSigningKey.ephemeral();
  const log = recordingLogger();
  const metrics = new PrometheusMetrics();
  /** wallet_graphql_errors_total by code, as on-call would read it. */
  const errorsCounted = async (code: string) =>
    (await metrics.registry.getSingleMetric('wallet_graphql_errors_total')?.get())?.values.find((value) => value.labels.code === code)
      ?.value ?? 0;

  beforeAll(async () => {
    table = await freshTable();
    proxy = createServer((req, res) => {
      const target = String(req.headers['x-amz-target'] ?? '');
      const forwarded = request(`${table.endpoint}${req.url ?? '/'}`, { method: req.method, headers: req.headers }, (answer) => {
        const write = target.endsWith('.TransactWriteItems');
        if (write && writes === 'cut') {
          writesCut += 1;
          answer.resume();
          answer.once('end', () => req.socket.destroy());
          return;
        }
        if (write && (writes === 'held' || (writes === 'held-once' && writesHeld === 0))) {
          writesHeld += 1;
          answer.resume(); // read and dropped; the service's connection stays open, unanswered
          return;
        }
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      req.pipe(forwarded);
    });
    await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
    proxied = createDynamoClients({
      endpoint: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
      region: 'local',
      requestTimeoutMs: REQUEST_TIMEOUT_MS,
    });
    const repository = instrumentRepository(new DynamoWalletRepository(proxied.items, table.tableName), metrics, log.logger, 'dynamodb');
    app = await startAppOver(repository, key, { logger: log.logger, metrics });
  });
  afterAll(async () => {
    await app.stop();
    proxied.client.destroy();
    proxy.closeAllConnections();
    await new Promise((done) => proxy.close(done));
    await table.drop();
  });
  // Each test starts with the proxy passing everything on, whatever the one before left.
  beforeEach(() => {
    writes = 'pass';
    writesCut = 0;
    writesHeld = 0;
  });

  const newWallet = async (key: string): Promise<string> => (await app.gql(CREATE, { currency: 'GBP', key })).data?.result.wallet.id;
  const ledgerTypes = async (walletId: string) => (await table.readLedger(walletId)).entries.map((entry) => entry.type);

  it('answers STORE_UNAVAILABLE saying the outcome is unknown, and the retry with the same key finds it applied once', async () => {
    const walletId = await newWallet('open-1');
    const increase = { walletId, amount: '5.00', currency: 'GBP', expectedVersion: 0, key: 'deposit-1' };

    writes = 'cut';
    const [outagesBefore, failuresBefore] = [await errorsCounted('STORE_UNAVAILABLE'), await errorsCounted('INTERNAL_SERVER_ERROR')];
    const cut = await app.gql(INCREASE, increase);
    expect(writesCut).toBeGreaterThan(0);
    // Counted under the code the client got, so on-call tells a store outage from a bug (it was INTERNAL_SERVER_ERROR).
    expect(await errorsCounted('STORE_UNAVAILABLE')).toBe(outagesBefore + 1);
    expect(await errorsCounted('INTERNAL_SERVER_ERROR')).toBe(failuresBefore);
    expect(cut.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining("A change's outcome is unknown"),
        extensions: { code: 'STORE_UNAVAILABLE', retryable: true, retryAfterSeconds: STORE_RETRY_AFTER_SECONDS },
      }),
    ]);
    expect(JSON.stringify(cut)).not.toMatch(/socket hang up|ECONNRESET|stack/);
    // The cause is on the service's error line, for the operator.
    expect(log.lines).toContainEqual(
      expect.objectContaining({ level: 'error', context: expect.objectContaining({ error: 'StoreUnavailable', walletId }) }),
    );

    writes = 'pass';
    const retried = await app.gql(INCREASE, increase);
    expect(retried.data?.result).toMatchObject({ __typename: 'BalanceIncreased', wallet: { version: 1, balance: '5.00' } });
    expect(await ledgerTypes(walletId)).toEqual(['WALLET_CREATED', 'BALANCE_INCREASED']);
  });

  it('bounds a store that takes a write and never answers: STORE_UNAVAILABLE, and the wallet is free again', async () => {
    const walletId = await newWallet('open-2');
    const increase = { walletId, amount: '7.00', currency: 'GBP', expectedVersion: 0, key: 'deposit-2' };

    writes = 'held';
    const began = Date.now();
    const held = await app.gql(INCREASE, increase);
    const tookMs = Date.now() - began;
    expect(held.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'STORE_UNAVAILABLE' }) })]);
    // The SDK's three attempts, each cut at the timeout, with its back-off between them.
    expect(writesHeld).toBe(3);
    expect(tookMs).toBeGreaterThanOrEqual(3 * REQUEST_TIMEOUT_MS);
    expect(tookMs).toBeLessThan(3 * REQUEST_TIMEOUT_MS + 5_000);

    // The wallet's turn was released: the retry with the same key goes through and finds the change applied once.
    writes = 'pass';
    const retried = await app.gql(INCREASE, increase);
    expect(retried.data?.result).toMatchObject({ __typename: 'BalanceIncreased', wallet: { version: 1, balance: '7.00' } });
    expect(await ledgerTypes(walletId)).toEqual(['WALLET_CREATED', 'BALANCE_INCREASED']);
  });

  it('answers the writes queued behind a hung write on its wallet with it, not each after a timeout of its own', async () => {
    const walletId = await newWallet('open-4');
    const increase = (n: number) => ({ walletId, amount: `${n}.00`, currency: 'GBP', expectedVersion: 0, key: `queued-${n}` });

    writes = 'held';
    const began = Date.now();
    const answers = await Promise.all(
      [1, 2, 3, 4].map(async (n) => {
        const answer = await app.gql(INCREASE, increase(n));
        return { code: answer.errors?.[0]?.extensions?.code, tookMs: Date.now() - began };
      }),
    );
    // One write reached the store (its three attempts); the three queued behind it were never sent.
    expect(writesHeld).toBe(3);
    expect(answers.map((answer) => answer.code)).toEqual(Array(4).fill('STORE_UNAVAILABLE'));
    // All within one write's bound (three attempts and their back-off): before, the fourth came after four of them.
    const slowest = Math.max(...answers.map((answer) => answer.tookMs));
    expect(slowest).toBeLessThan(2 * 3 * REQUEST_TIMEOUT_MS + 1_000);

    // Retried with their keys: the held write had landed (the proxy dropped only its answer), so its key replays it; the
    // three never sent meet its version 1. Nothing is applied twice.
    writes = 'pass';
    const retried = await Promise.all([1, 2, 3, 4].map(async (n) => (await app.gql(INCREASE, increase(n))).data?.result.__typename));
    expect(retried.filter((typename) => typename === 'BalanceIncreased')).toHaveLength(1);
    expect(retried.filter((typename) => typename === 'VersionConflict')).toHaveLength(3);
    expect(await ledgerTypes(walletId)).toEqual(['WALLET_CREATED', 'BALANCE_INCREASED']);
  });

  it('answers a write whose first answer was withheld as done when the retried attempt finds it committed', async () => {
    const walletId = await newWallet('open-3');

    writes = 'held-once';
    // No idempotency key: only the SDK's token stands between this retry and a VersionConflict for its own write.
    const increased = await app.gql(INCREASE, { walletId, amount: '3.00', currency: 'GBP', expectedVersion: 0 });
    writes = 'pass';
    expect(writesHeld).toBe(1);
    expect(increased.errors).toBeUndefined();
    expect(increased.data?.result).toMatchObject({ __typename: 'BalanceIncreased', wallet: { version: 1, balance: '3.00' } });
    expect(await ledgerTypes(walletId)).toEqual(['WALLET_CREATED', 'BALANCE_INCREASED']);
  });
});
