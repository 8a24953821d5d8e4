import { request } from 'node:http';
import { createDynamoClients } from '../../src/infrastructure/dynamodb/dynamodb-client';
import { DynamoWalletRepository } from '../../src/infrastructure/dynamodb/dynamo-wallet.repository';
import { isTableReachable } from '../../src/infrastructure/dynamodb/wallet-table';
import { freePort } from '../../src/infrastructure/embedded/embedded-dynamodb';
import { STORE_RETRY_AFTER_SECONDS, STORE_UNAVAILABLE_MESSAGE } from '../../src/http/error-policy';
import { Logger } from '../../src/logger';
import { NO_METRICS, ServiceMetrics } from '../../src/application/service-metrics.port';
import { INCREASE } from '../support/operations';
import { DevSigningKey } from '../../src/infrastructure/auth/dev-signing-key';
import { AppOver, startAppOver } from '../support/app-over';
import { startTestServer } from '../support/server';

describe('when DynamoDB is unreachable', () => {
  const logged: Array<{ message: string; context?: Record<string, unknown> }> = [];
  let app: AppOver;
  let stop: () => Promise<void>;
  const key = DevSigningKey.ephemeral();
  const counted = { statementResults: [] as string[], graphqlErrors: [] as string[] };
  const metrics: ServiceMetrics = {
    ...NO_METRICS,
    statementCsvRequest: (result) => counted.statementResults.push(result),
    graphqlError: (code) => counted.graphqlErrors.push(code),
  };

  beforeAll(async () => {
    const { client, items } = createDynamoClients(
      { endpoint: `http://127.0.0.1:${await freePort()}`, region: 'local' },
      { maxAttempts: 2 },
    );
    app = await startAppOver(new DynamoWalletRepository(items, 'wallets'), key, {
      logger: errorsOnly(logged),
      isStoreReachable: () => isTableReachable(client, 'wallets'),
      metrics,
    });
    stop = async () => {
      await app.stop();
      client.destroy();
    };
  });
  afterAll(() => stop());

  it('answers the typed, retryable STORE_UNAVAILABLE with no stack trace, and logs the operation and wallet id (never the token)', async () => {
    const token = await key.sign({ sub: 'alice' });
    const variables = { walletId: 'w-down', amount: '1.00', currency: 'GBP', expectedVersion: 0 };
    const body = await app.gql(INCREASE, variables, { authorization: `Bearer ${token}` });
    expect(body.errors).toEqual([
      {
        message: STORE_UNAVAILABLE_MESSAGE,
        path: ['result'],
        locations: expect.any(Array),
        extensions: { code: 'STORE_UNAVAILABLE', retryable: true, retryAfterSeconds: STORE_RETRY_AFTER_SECONDS },
      },
    ]);
    expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|stack|at /);
    expect(logged).toContainEqual({
      message: 'GraphQL operation failed',
      context: expect.objectContaining({
        field: 'increaseBalance',
        walletId: 'w-down',
        path: 'result',
        detail: expect.stringMatching(/ECONNREFUSED/),
      }),
    });
    expect(JSON.stringify(logged)).not.toContain(token.split('.')[2]);
  });

  it.each([
    [
      'a variable named $w',
      'mutation($w: ID!) { increaseBalance(walletId: $w, amount: "1.00", currency: GBP, expectedVersion: 0) { __typename } }',
      { w: 'w-by-w' },
      'w-by-w',
    ],
    [
      'an inline value',
      'mutation { increaseBalance(walletId: "w-inline", amount: "1.00", currency: GBP, expectedVersion: 0) { __typename } }',
      {},
      'w-inline',
    ],
    [
      'an alias and a fragment',
      'query($x: ID!) { ...F } fragment F on Query { mine: wallet(id: $x) { id } }',
      { x: 'w-aliased' },
      'w-aliased',
    ],
  ])('logs the wallet id the failing field resolved, given %s', async (_case, query, variables, walletId) => {
    expect((await app.gql(query, variables)).errors?.[0].extensions?.code).toBe('STORE_UNAVAILABLE');
    expect(logged).toContainEqual({ message: 'GraphQL operation failed', context: expect.objectContaining({ walletId }) });
  });

  it('transfers log both wallet ids, whatever the variables are called', async () => {
    const query =
      'mutation($a: ID!, $b: ID!) { transfer(fromWalletId: $a, toWalletId: $b, amount: "1.00", currency: GBP, expectedVersion: 0) { __typename } }';
    await app.gql(query, { a: 'w-from', b: 'w-to' });
    expect(logged).toContainEqual({
      message: 'GraphQL operation failed',
      context: expect.objectContaining({ field: 'transfer', fromWalletId: 'w-from', toWalletId: 'w-to' }),
    });
  });

  it('reports 503 on /health', async () => {
    const response = await fetch(`${app.url}/health`);
    expect(response.status).toBe(503);
  });

  it('answers a CSV statement 503, counted as the store unavailable, not as a bug (its wallet read was outside the check)', async () => {
    const errorsBefore = logged.length;
    counted.statementResults.length = 0;
    counted.graphqlErrors.length = 0;
    const token = await key.sign({ sub: 'alice' });
    const response = await fetch(`${app.url}/wallets/w-down/statement.csv?from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(503);
    expect(await response.text()).not.toMatch(/internal/i);
    expect(counted.statementResults).toEqual(['store_unavailable']);
    expect(counted.graphqlErrors).toEqual([]);
    expect(logged.slice(errorsBefore).map(({ message }) => message)).not.toContain('HTTP request failed');
  });
});

describe('GraphQL Playground, served by the service itself', () => {
  it('opens pre-filled in development, loading every script and style from this service', async () => {
    const server = await startTestServer({ playground: true });
    try {
      const page = await (await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } })).text();
      expect(page).toContain('GraphQLPlayground.init');
      expect(page).toContain('1. Create wallet');
      // A page asked for by another name (a host on the network, a DNS-rebinding site) carries no token.
      const foreign = await new Promise<string>((resolve, reject) => {
        const req = request(`${server.url}/graphql`, { headers: { accept: 'text/html', host: 'attacker.example' } }, (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => resolve(text));
        });
        req.on('error', reject);
        req.end();
      });
      expect(foreign).toContain('1. Create wallet');
      expect(foreign).not.toContain('Bearer');
      // The tabs carry a token of the first example user, so the walk-through needs no copying.
      const token = /"Authorization":"Bearer ([\w.-]+)"/.exec(page)?.[1];
      expect(token).toBeDefined();
      const asAlice = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ wallets { edges { node { id } } } }' }),
      });
      expect(await asAlice.json()).toEqual({ data: { wallets: { edges: [] } } });
      const assets = [...page.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
      expect(assets.length).toBeGreaterThanOrEqual(2);
      for (const asset of assets) {
        expect(asset).toMatch(/^\/playground-assets\//);
        const response = await fetch(`${server.url}${asset}`);
        expect(response.status).toBe(200);
        await response.arrayBuffer();
      }
      expect((await fetch(`${server.url}/playground-assets/graphql-playground-react/build/../package.json`)).status).toBe(404);
      expect((await fetch(`${server.url}/health`)).status).toBe(200);
    } finally {
      await server.stop();
    }
  });

  it('is off in production, together with introspection', async () => {
    const server = await startTestServer({ playground: false });
    try {
      const page = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(await page.text()).not.toContain('GraphQLPlayground');
      const introspection = await server.gql('{ __schema { types { name } } }');
      expect(introspection.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect((await fetch(`${server.url}/playground-assets/graphql-playground-react/build/static/js/middleware.js`)).status).toBe(404);
    } finally {
      await server.stop();
    }
  });
});

describe('CORS for browser apps on other origins', () => {
  it('answers the preflight of a listed origin, and tells other origins nothing', async () => {
    const server = await startTestServer({ corsOrigins: ['https://app.example'] });
    try {
      const preflight = await fetch(`${server.url}/graphql`, {
        method: 'OPTIONS',
        headers: {
          origin: 'https://app.example',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, content-type',
        },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe('https://app.example');
      expect(preflight.headers.get('access-control-allow-headers')).toContain('content-type');
      expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');
      const post = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { origin: 'https://app.example', 'content-type': 'application/json', ...(await server.headersOf('alice')) },
        body: JSON.stringify({ query: '{ wallet(id: "x") { id } }' }),
      });
      expect(post.headers.get('access-control-allow-origin')).toBe('https://app.example');
      expect(await post.json()).toEqual({ data: { wallet: null } });
      const stranger = await fetch(`${server.url}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://evil.example' } });
      expect(stranger.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await server.stop();
    }
  });
});

describe('CORS lets a browser app send and read the request id and the trace context', () => {
  it('allows x-request-id, traceparent and tracestate at the preflight, and exposes x-request-id, content-disposition and retry-after', async () => {
    const server = await startTestServer({ corsOrigins: ['https://app.example'], limits: { rate: { perSecond: 1, burst: 2 } } });
    try {
      const asked = ['authorization', 'content-type', 'x-request-id', 'traceparent', 'tracestate'];
      const preflight = await fetch(`${server.url}/graphql`, {
        method: 'OPTIONS',
        headers: {
          origin: 'https://app.example',
          'access-control-request-method': 'POST',
          'access-control-request-headers': asked.join(','),
        },
      });
      expect(preflight.status).toBe(204);
      const allowed = (preflight.headers.get('access-control-allow-headers') ?? '').split(',').map((name) => name.trim());
      // A browser refuses the request unless every header it asked for is allowed.
      expect(allowed).toEqual(expect.arrayContaining(asked));
      const exposedBy = (answer: Response) =>
        (answer.headers.get('access-control-expose-headers') ?? '').split(',').map((name) => name.trim());
      const post = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: {
          origin: 'https://app.example',
          'content-type': 'application/json',
          'x-request-id': 'browser-chosen-id',
          ...(await server.headersOf('alice')),
        },
        body: JSON.stringify({ query: '{ wallet(id: "x") { id } }' }),
      });
      expect(post.headers.get('x-request-id')).toBe('browser-chosen-id');
      expect(exposedBy(post)).toContain('x-request-id');
      const csv = await fetch(`${server.url}/wallets/x/statement.csv?from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z`, {
        headers: { origin: 'https://app.example', ...(await server.headersOf('alice')) },
      });
      expect(exposedBy(csv)).toEqual(expect.arrayContaining(['x-request-id', 'content-disposition', 'retry-after']));
      let refused: Response | undefined;
      for (let i = 0; i < 6 && !refused; i++) {
        const answer = await fetch(`${server.url}/no-such-page`, { headers: { origin: 'https://app.example' } });
        if (answer.status === 429) refused = answer;
      }
      expect(refused?.headers.get('retry-after')).toBeTruthy();
      expect(exposedBy(refused as Response)).toContain('retry-after');
    } finally {
      await server.stop();
    }
  });
});

describe('CORS preflights pay like any request of their address', () => {
  it('a flood of preflights from one address meets its bucket: 429 with Retry-After once it is empty', async () => {
    const server = await startTestServer({ corsOrigins: ['https://app.example'], limits: { rate: { perSecond: 1, burst: 3 } } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) {
        const answer = await fetch(`${server.url}/graphql`, {
          method: 'OPTIONS',
          headers: { origin: 'https://app.example', 'access-control-request-method': 'POST' },
        });
        statuses.push(answer.status);
        if (answer.status === 429) expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
      }
      // Spent from the address's bucket (3 at once): 1,500 in a row were all answered 204 before.
      expect(statuses.slice(0, 3)).toEqual([204, 204, 204]);
      expect(statuses.slice(3)).toContain(429);
    } finally {
      await server.stop();
    }
  });
});

/** Keeps the error lines (message and context, bindings left out as the assertions above expect). */
function errorsOnly(logged: Array<{ message: string; context?: Record<string, unknown> }>): Logger {
  const quiet = () => undefined;
  const logger: Logger = {
    debug: quiet,
    info: quiet,
    warn: quiet,
    error: (message, context) => void logged.push({ message, context }),
    child: () => logger,
  };
  return logger;
}
