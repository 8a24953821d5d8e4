import { randomUUID } from 'node:crypto';
import { Scrape, scrape } from '../../tools/kit/prometheus-text';
import { MetricsServer, startMetricsServer } from '../../src/observability/metrics-server';
import { PrometheusMetrics } from '../../src/observability/prometheus-metrics';
import { CREATE, INCREASE, REVERSE, TRANSFER } from '../support/operations';
import { startTestServer, TestServer } from '../support/server';

/**
 * The metrics endpoint as Prometheus reads it: its HTTP text, parsed by a text-format parser,
 * after mutations whose effect is known exactly.
 */
describe('Prometheus metrics', () => {
  let server: TestServer;
  let endpoint: MetricsServer;
  let metricsUrl: string;

  beforeAll(async () => {
    const metrics = new PrometheusMetrics();
    server = await startTestServer({ metrics });
    endpoint = await startMetricsServer(() => metrics.scrape(), 0);
    metricsUrl = `http://127.0.0.1:${endpoint.port}/metrics`;
  });
  afterAll(async () => {
    await endpoint.close();
    await server.stop();
  });

  const increase = (walletId: string, expectedVersion: number, key?: string) =>
    server.gql(INCREASE, { walletId, amount: '1.00', currency: 'GBP', expectedVersion, key });

  it('moves the counters by exactly what was done: 3 increases, 1 conflict, 1 replay', async () => {
    const walletId: string = (await server.gql(CREATE, { currency: 'GBP' })).data?.result.wallet.id;
    const before = await scrape(metricsUrl);

    for (const version of [0, 1, 2]) expect((await increase(walletId, version)).data?.result.__typename).toBe('BalanceIncreased');
    expect((await increase(walletId, 1)).data?.result.__typename).toBe('VersionConflict');
    const key = randomUUID();
    expect((await increase(walletId, 3, key)).data?.result.__typename).toBe('BalanceIncreased');
    // The same request again (a client's retry): answered from its idempotency record.
    expect((await increase(walletId, 3, key)).data?.result.__typename).toBe('BalanceIncreased');

    const after = await scrape(metricsUrl);
    const moved = (name: string, labels: Record<string, string> = {}) => after.sum(name, labels) - before.sum(name, labels);
    expect(moved('wallet_graphql_requests_total', { operation: 'increaseBalance', result: 'BalanceIncreased' })).toBe(5);
    expect(moved('wallet_graphql_requests_total', { operation: 'increaseBalance', result: 'VersionConflict' })).toBe(1);
    expect(moved('wallet_graphql_request_duration_seconds_count', { operation: 'increaseBalance' })).toBe(6);
    expect(moved('wallet_version_conflicts_total')).toBe(1);
    expect(moved('wallet_idempotent_replays_total')).toBe(1);
    // Four commits reached the store. The conflict was told from the wallet's known state, and so was the
    // retry's (version 3 is stale by then): the retry then read its idempotency record, once.
    expect(moved('wallet_store_request_duration_seconds_count', { operation: 'commit', outcome: 'ok' })).toBe(4);
    expect(moved('wallet_store_request_duration_seconds_count', { operation: 'commit' })).toBe(4);
    expect(moved('wallet_store_request_duration_seconds_count', { operation: 'findIdempotencyRecord', outcome: 'ok' })).toBe(1);
    expect(moved('wallet_graphql_errors_total')).toBe(0);
    expect(after.sum('wallet_ready')).toBe(1);
    expect(after.samples('process_cpu_user_seconds_total')).toHaveLength(1);
  });

  it('counts a refund refused for a stale expectedVersion as a conflict, as every versioned change', async () => {
    const from: string = (await server.gql(CREATE, { currency: 'GBP' })).data?.result.wallet.id;
    const to: string = (await server.gql(CREATE, { currency: 'GBP' }, 'bob')).data?.result.wallet.id;
    await increase(from, 0);
    const paid = await server.gql(TRANSFER, { from, to, amount: '1.00', currency: 'GBP', expectedVersion: 1 });
    const transferId: string = paid.data?.result.transferId;
    const before = await scrape(metricsUrl);
    // Bob's wallet is at version 1 after the payment: 0 is stale.
    const stale = await server.gql(REVERSE, { transferId, expectedVersion: 0 }, 'bob');
    expect(stale.data?.result.__typename).toBe('VersionConflict');
    const after = await scrape(metricsUrl);
    expect(after.sum('wallet_version_conflicts_total') - before.sum('wallet_version_conflicts_total')).toBe(1);
  });

  it('counts a request Apollo refused before its pipeline (a GET without the CSRF header, a batch) as refused, not_graphql (counted nowhere)', async () => {
    const notGraphql = async () => (await scrape(metricsUrl)).sum('wallet_requests_refused_total', { reason: 'not_graphql' });
    const before = await notGraphql();
    const { authorization } = await server.headersOf('alice');
    const post = (body: string) =>
      fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body });
    const badRequests = async () => (await scrape(metricsUrl)).sum('wallet_graphql_errors_total', { code: 'BAD_REQUEST' });
    const badBefore = await badRequests();
    const refused = [
      await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { authorization } }),
      await post('[{"query":"{ __typename }"}]'),
    ];
    expect(refused.map((response) => response.status)).toEqual([400, 400]);
    // In the pipeline: counted as the error it answers, not again here.
    expect((await post('{"variables":{}}')).status).toBe(400);
    expect((await post('{"query":"{ __typename }"}')).status).toBe(200);
    expect(await notGraphql()).toBe(before + 2);
    expect(await badRequests()).toBe(badBefore + 1);
  });

  it('does not grow its label sets with random operation names, fields and ids', async () => {
    const labelSets = (scraped: Scrape) =>
      [
        'wallet_graphql_requests_total',
        'wallet_graphql_errors_total',
        'wallet_store_request_duration_seconds_count',
        'wallet_requests_refused_total',
      ]
        .map(
          (name) =>
            `${name}: ${scraped
              .samples(name)
              .map((sample) => JSON.stringify(sample.labels))
              .sort()
              .join(' ')}`,
        )
        .join('\n');
    const randomRequests = async () => {
      const name = `Op${randomUUID().replace(/-/g, '')}`;
      await server.gql(`query ${name} { wallet(id: "${randomUUID()}") { id } }`);
      await server.gql(`mutation ${name} { ${name}(walletId: "${randomUUID()}") }`);
      await server.gql(`query { ${name} }`);
      await increase(randomUUID(), 7);
    };
    await randomRequests();
    const warm = labelSets(await scrape(metricsUrl));
    for (let round = 0; round < 10; round++) await randomRequests();
    const after = await scrape(metricsUrl);
    expect(labelSets(after)).toBe(warm);
    expect(after.labelValues('wallet_graphql_requests_total', 'operation')).toEqual(expect.arrayContaining(['other', 'wallet']));
    for (const operation of after.labelValues('wallet_graphql_requests_total', 'operation')) {
      expect(['other', 'wallet', 'wallets', 'createWallet', 'increaseBalance', 'decreaseBalance', 'transfer', 'reverseTransfer']).toContain(
        operation,
      );
    }
  });

  it('counts the CSV statement by its result: 200, 404 and 400 each move wallet_statement_csv_requests_total', async () => {
    const walletId: string = (await server.gql(CREATE, { currency: 'GBP' })).data?.result.wallet.id;
    const headers = await server.headersOf('alice');
    const csv = (id: string, window: string) => fetch(`${server.url}/wallets/${id}/statement.csv?${window}`, { headers });
    const window = 'from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z';
    const before = await scrape(metricsUrl);
    const ok = await csv(walletId, window);
    expect(ok.status).toBe(200);
    await ok.text();
    expect((await csv(walletId, window)).status).toBe(200);
    expect((await csv(randomUUID(), window)).status).toBe(404);
    expect((await csv(walletId, 'from=yesterday&to=today')).status).toBe(400);
    const after = await scrape(metricsUrl);
    const moved = (name: string, labels: Record<string, string> = {}) => after.sum(name, labels) - before.sum(name, labels);
    expect(moved('wallet_statement_csv_requests_total', { result: 'ok' })).toBe(2);
    expect(moved('wallet_statement_csv_requests_total', { result: 'not_found' })).toBe(1);
    expect(moved('wallet_statement_csv_requests_total', { result: 'bad_request' })).toBe(1);
    expect(moved('wallet_statement_csv_requests_total')).toBe(4);
    expect(moved('wallet_statement_csv_request_duration_seconds_count', { result: 'ok' })).toBe(2);
    // Every result is a series from the start, at 0 (an alert's rate() needs one).
    expect(before.labelValues('wallet_statement_csv_requests_total', 'result')).toEqual(
      expect.arrayContaining(['ok', 'not_found', 'bad_request', 'store_unavailable', 'error']),
    );
  });

  it('is served on its own port only: GET /metrics on the API port is 404', async () => {
    expect((await fetch(`${server.url}/metrics`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${endpoint.port}/graphql`)).status).toBe(404);
    expect((await fetch(metricsUrl)).headers.get('content-type')).toContain('text/plain');
  });
});
