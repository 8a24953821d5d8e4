import { context, propagation, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { recordSpans } from '../../src/spans';
import { DevSigningKey } from '../../src/infrastructure/auth/dev-signing-key';
import { createDynamoClients } from '../../src/infrastructure/dynamodb/dynamodb-client';
import { DynamoWalletRepository } from '../../src/infrastructure/dynamodb/dynamo-wallet.repository';
import { freePort } from '../../src/infrastructure/embedded/embedded-dynamodb';
import { createLogger } from '../../src/observability/pino-logger';
import { startAppOver } from '../support/app-over';
import { CREATE, INCREASE } from '../support/operations';
import { startTestServer, TestServer } from '../support/server';

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const CALLER_SPAN_ID = '00f067aa0ba902b7';

/**
 * With an SDK registered (as main.ts does when OTEL_* names an exporter), a request that carries a
 * traceparent becomes a span of that trace, and each store request a child of it.
 */
describe('traces', () => {
  const exporter = new InMemorySpanExporter();
  const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  let server: TestServer;

  beforeAll(async () => {
    provider.register();
    // What startTracing does once its SDK started: without it, the service makes no spans at all.
    recordSpans();
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.stop();
    await provider.shutdown();
    trace.disable();
    context.disable();
    propagation.disable();
  });

  it('continues the incoming traceparent: the operation span, and the store spans as its children', async () => {
    const walletId: string = (await server.gql(CREATE, { currency: 'GBP' })).data?.result.wallet.id;
    exporter.reset();
    const headers = { ...(await server.headersOf('alice')), 'x-request-id': 'trace-test-1' };
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json', traceparent: `00-${TRACE_ID}-${CALLER_SPAN_ID}-01` },
      body: JSON.stringify({ query: INCREASE, variables: { walletId, amount: '2.00', currency: 'GBP', expectedVersion: 0 } }),
    });
    expect(((await response.json()) as any).data.result.__typename).toBe('BalanceIncreased');

    const spans = exporter.getFinishedSpans();
    const operation = spans.find((span) => span.name === 'mutation increaseBalance');
    expect(operation).toBeDefined();
    expect(operation?.spanContext().traceId).toBe(TRACE_ID);
    expect(operation?.parentSpanContext?.spanId).toBe(CALLER_SPAN_ID);
    expect(operation?.attributes).toEqual(expect.objectContaining({ 'request.id': 'trace-test-1', 'graphql.operation.type': 'mutation' }));

    const store = spans.filter((span) => span.name.startsWith('store '));
    // The wallet's state was known from its creation: the increase is one commit.
    expect(store.map((span) => span.name)).toEqual(['store commit']);
    for (const span of store) {
      expect(span.spanContext().traceId).toBe(TRACE_ID);
      expect(span.parentSpanContext?.spanId).toBe(operation?.spanContext().spanId);
      expect(span.attributes).toEqual(expect.objectContaining({ 'db.operation.name': 'commit', 'store.outcome': 'ok' }));
    }
  });

  it('starts a new trace for a request without traceparent, still one span per store request', async () => {
    exporter.reset();
    await server.gql(`query($id: ID!) { wallet(id: $id) { id } }`, { id: 'no-such-wallet' });
    const operation = exporter.getFinishedSpans().find((span) => span.name === 'query wallet');
    // The span must be there: without it, its parent and its id read undefined, as a root's do (this passed with no span at all).
    if (!operation) throw new Error(`no 'query wallet' span: ${exporter.getFinishedSpans().map((span) => span.name)}`);
    expect(operation.parentSpanContext).toBeUndefined();
    expect(operation.spanContext().traceId).not.toBe(TRACE_ID);
    const store = exporter.getFinishedSpans().filter((span) => span.name === 'store find');
    expect(store).toHaveLength(1);
    expect(store[0].spanContext().traceId).toBe(operation.spanContext().traceId);
    expect(store[0].parentSpanContext?.spanId).toBe(operation.spanContext().spanId);
  });

  it('gives the CSV statement a server span continuing the incoming traceparent, the store spans its children', async () => {
    const walletId: string = (await server.gql(CREATE, { currency: 'GBP' })).data?.result.wallet.id;
    await server.gql(INCREASE, { walletId, amount: '2.00', currency: 'GBP', expectedVersion: 0 });
    exporter.reset();
    const window = `from=${new Date(Date.now() - 3_600_000).toISOString()}&to=${new Date(Date.now() + 60_000).toISOString()}`;
    const response = await fetch(`${server.url}/wallets/${walletId}/statement.csv?${window}`, {
      headers: { ...(await server.headersOf('alice')), 'x-request-id': 'csv-trace-1', traceparent: `00-${TRACE_ID}-${CALLER_SPAN_ID}-01` },
    });
    expect(response.status).toBe(200);
    await response.text();

    const spans = exporter.getFinishedSpans();
    const route = spans.find((span) => span.name === 'GET /wallets/{id}/statement.csv');
    expect(route).toBeDefined();
    expect(route?.kind).toBe(SpanKind.SERVER);
    expect(route?.spanContext().traceId).toBe(TRACE_ID);
    expect(route?.parentSpanContext?.spanId).toBe(CALLER_SPAN_ID);
    expect(route?.attributes).toEqual(
      expect.objectContaining({
        'request.id': 'csv-trace-1',
        'http.route': '/wallets/{id}/statement.csv',
        'http.response.status_code': 200,
        'statement.csv.result': 'ok',
      }),
    );
    const store = spans.filter((span) => span.name.startsWith('store '));
    expect(store.length).toBeGreaterThan(0);
    for (const span of store) {
      expect(span.spanContext().traceId).toBe(TRACE_ID);
      expect(span.parentSpanContext?.spanId).toBe(route?.spanContext().spanId);
    }
  });

  it("traces a CSV statement that is refused too: a wallet that is not the caller's is 404 in the caller's trace", async () => {
    exporter.reset();
    const response = await fetch(`${server.url}/wallets/no-such-wallet/statement.csv?from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z`, {
      headers: { ...(await server.headersOf('alice')), traceparent: `00-${TRACE_ID}-${CALLER_SPAN_ID}-01` },
    });
    expect(response.status).toBe(404);
    const route = exporter.getFinishedSpans().find((span) => span.name === 'GET /wallets/{id}/statement.csv');
    expect(route?.spanContext().traceId).toBe(TRACE_ID);
    expect(route?.attributes).toEqual(expect.objectContaining({ 'http.response.status_code': 404, 'statement.csv.result': 'not_found' }));
    for (const span of exporter.getFinishedSpans().filter((span) => span.name.startsWith('store '))) {
      expect(span.parentSpanContext?.spanId).toBe(route?.spanContext().spanId);
    }
  });

  it('marks the operation span failed with the code of a store fault, and leaves a client error unset (a probe saw both unset)', async () => {
    const { client, items } = createDynamoClients(
      { endpoint: `http://127.0.0.1:${await freePort()}`, region: 'local' },
      { maxAttempts: 1 },
    );
    const key = DevSigningKey.ephemeral();
    const down = await startAppOver(new DynamoWalletRepository(items, 'wallets'), key, { logger: createLogger({ level: 'silent' }) });
    try {
      exporter.reset();
      const failed = await down.gql('query { wallet(id: "w-down") { id } }');
      expect(failed.errors?.[0].extensions?.code).toBe('STORE_UNAVAILABLE');
      const refused = await down.gql('query { wallet(id: "") { id } }');
      expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const operations = exporter.getFinishedSpans().filter((span) => span.name === 'query wallet');
      expect(operations.map((span) => [span.status, span.attributes['error.type']])).toEqual([
        [{ code: SpanStatusCode.ERROR, message: 'STORE_UNAVAILABLE' }, 'STORE_UNAVAILABLE'],
        [{ code: SpanStatusCode.UNSET }, undefined],
      ]);
      // The CSV statement's 503 too: answered, not thrown.
      const csv = await fetch(`${down.url}/wallets/w-down/statement.csv?from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z`, {
        headers: { authorization: `Bearer ${await key.sign({ sub: 'alice' })}` },
      });
      expect(csv.status).toBe(503);
      const route = exporter.getFinishedSpans().find((span) => span.name === 'GET /wallets/{id}/statement.csv');
      expect(route?.status).toEqual({ code: SpanStatusCode.ERROR, message: 'STORE_UNAVAILABLE' });
    } finally {
      await down.stop();
      client.destroy();
    }
  });
});
