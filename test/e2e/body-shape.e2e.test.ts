import { request } from 'node:http';
import { gzipSync } from 'node:zlib';
import WebSocket from 'ws';
import { PrometheusMetrics } from '../../src/observability/prometheus-metrics';
import { CREATE, INCREASE_WITH_METADATA } from '../support/operations';
import { recordingLogger } from '../support/recording-logger';
import { startTestServer, TestServer } from '../support/server';
import { legacyClient, wsUrl } from '../support/subscriptions';

/**
 * A request costs by its shape as well as its size. Found by a hostile probe: one caller, within its rate limit, sent
 * four bodies a second of arrays nested 490,000 deep (980 KB); V8 took 256 ms to parse each, and a normal client
 * waited a second for every answer. A list of 34,000 metadata pairs cost 275 ms of coercion before the domain refused
 * it. The service now refuses such a body before parsing it (400 BAD_REQUEST), takes bodies of at most 64 KB by
 * default, and closes a WebSocket whose message is shaped so (4400).
 */
let server: TestServer;
const recorded = recordingLogger();
const metrics = new PrometheusMetrics();
let authorization: string;

beforeAll(async () => {
  server = await startTestServer({ logger: recorded.logger, metrics });
  authorization = (await server.headersOf('alice')).authorization;
});
afterAll(() => server?.stop());

const post = async (body: string) => {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body,
  });
  return { status: response.status, text: await response.text() };
};
const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
const refusedShapes = async () =>
  Number(/wallet_requests_refused_total\{reason="body_shape"\} (\d+)/.exec((await metrics.scrape()).text)?.[1] ?? 0);

it('refuses a body nested past 16 levels or holding more than 256 values, before parsing it, as BAD_REQUEST', async () => {
  const before = await refusedShapes();
  const bodies = [
    `{"query":"{ __typename }","variables":{"x":${nested(30_000)}}}`,
    `{"query":"{ __typename }","variables":{"x":[${Array.from({ length: 300 }, () => '0').join(',')}]}}`,
  ];
  for (const body of bodies) {
    const answer = await post(body);
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.text).errors).toEqual([
      {
        message: expect.stringMatching(/^The request holds (JSON nested deeper than 16 levels|more than 256 JSON values)/),
        extensions: { code: 'BAD_REQUEST' },
      },
    ]);
  }
  expect(await refusedShapes()).toBe(before + 2);
  expect(recorded.errors()).toEqual([]);
});

it('answers a body that is not JSON with a GraphQL-shaped BAD_REQUEST, as every refusal before Apollo', async () => {
  const refusedJson = async () =>
    Number(/wallet_requests_refused_total\{reason="invalid_json"\} (\d+)/.exec((await metrics.scrape()).text)?.[1] ?? 0);
  const before = await refusedJson();
  for (const body of ['{"query": ', 'query { __typename }']) {
    const answer = await post(body);
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.text)).toEqual({
      errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
    });
  }
  expect(await refusedJson()).toBe(before + 2);
});

it('refuses a body that is not valid UTF-8 as BAD_REQUEST, changing nothing: Latin-1 keys were read as one (a hostile probe)', async () => {
  const created = await server.gql(CREATE, { currency: 'GBP' });
  const walletId = created.data!.result.wallet.id as string;
  const increase = (key: Buffer, expectedVersion: number) =>
    Buffer.concat([
      Buffer.from(
        JSON.stringify({
          query:
            'mutation($w: ID!, $v: Int!, $k: String) { increaseBalance(walletId: $w, amount: "10.00", currency: GBP, expectedVersion: $v, idempotencyKey: $k) { __typename } }',
          variables: { w: walletId, v: expectedVersion, k: 'KEY' },
        }).split('"KEY"')[0],
      ),
      Buffer.from('"order-caf'),
      key,
      Buffer.from('"}}'),
    ]);
  const send = async (body: Buffer, charset = '') => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': `application/json${charset}`, authorization },
      body,
    });
    return { status: response.status, body: (await response.json()) as { errors?: { message: string; extensions: { code: string } }[] } };
  };
  // `order-café` and `order-cafè` in Latin-1 (0xE9, 0xE8): both were stored as `order-caf\uFFFD`, and the second
  // payment was answered BalanceIncreased as a repeat of the first while the wallet held 10.00.
  for (const [body, charset] of [
    [increase(Buffer.from([0xe9]), 0), ''],
    [increase(Buffer.from([0xe8]), 0), '; charset=utf-8'],
    [increase(Buffer.from([0xe8]), 0), '; charset=us-ascii'],
  ] as const) {
    const refused = await send(body, charset);
    expect([refused.status, refused.body.errors?.[0]]).toEqual([
      400,
      { message: 'The request body is not valid UTF-8: send JSON in UTF-8.', extensions: { code: 'BAD_REQUEST' } },
    ]);
  }
  const read = await server.gql('query($id: ID!) { wallet(id: $id) { balance version } }', { id: walletId });
  expect(read.data!.wallet).toEqual({ balance: '0.00', version: 0 });
  // The same key in UTF-8 is taken.
  expect(await send(increase(Buffer.from('é'), 0))).toEqual({
    status: 200,
    body: { data: { increaseBalance: { __typename: 'BalanceIncreased' } } },
  });
});

it('refuses a body it would misread, compressed or in another charset, with 415 naming what to send; UTF-8 as is is taken', async () => {
  const refusedEncodings = async () =>
    Number(/wallet_requests_refused_total\{reason="unsupported_encoding"\} (\d+)/.exec((await metrics.scrape()).text)?.[1] ?? 0);
  const before = await refusedEncodings();
  const query = JSON.stringify({ query: '{ __typename }' });
  const send = async (headers: Record<string, string>, body: string | Buffer = query) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization, ...headers },
      body,
    });
    return { status: response.status, body: (await response.json()) as { errors: { message: string; extensions: { code: string } }[] } };
  };
  // A hostile probe: a real gzip body was "not valid JSON", and a plain body labelled gzip or UTF-16 was answered 200.
  const refused = [
    await send({ 'content-encoding': 'gzip' }, gzipSync(query)),
    await send({ 'content-encoding': 'gzip' }),
    await send({ 'content-type': 'application/json; charset=utf-16' }),
  ];
  expect(refused.map(({ status }) => status)).toEqual([415, 415, 415]);
  expect(refused.map(({ body }) => body.errors[0].extensions.code)).toEqual(['BAD_REQUEST', 'BAD_REQUEST', 'BAD_REQUEST']);
  expect(refused[0].body.errors[0].message).toBe('Content-Encoding "gzip" is not read: send the body uncompressed.');
  expect(refused[2].body.errors[0].message).toBe('A body in charset "utf-16" is not read: send UTF-8 JSON (application/json).');
  expect(await refusedEncodings()).toBe(before + 3);
  const accepted: Record<string, string>[] = [
    { 'content-encoding': 'identity' },
    { 'content-encoding': 'identity, identity' },
    { 'content-type': 'application/json; charset=UTF-8' },
    { 'content-type': 'application/json; charset=us-ascii' },
    {},
  ];
  for (const headers of accepted) {
    expect(await send(headers)).toEqual({ status: 200, body: { data: { __typename: 'Query' } } });
  }
  // A gzip transfer coding: Node takes the chunks apart and left the gzip (a hostile probe: "not valid JSON").
  const transferCoded = await new Promise<{ status: number; body: string }>((resolve, reject) => {
    const sent = request(
      `${server.url}/graphql`,
      { method: 'POST', headers: { 'content-type': 'application/json', authorization, 'transfer-encoding': 'gzip, chunked' } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
      },
    );
    sent.on('error', reject);
    sent.end(gzipSync(query));
  });
  expect([transferCoded.status, JSON.parse(transferCoded.body).errors[0].message]).toEqual([
    415,
    'Transfer-Encoding "gzip, chunked" is not read: send the body uncompressed.',
  ]);
  // A GET has no body to misread, whatever its headers say.
  const got = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
    headers: { authorization, 'apollo-require-preflight': '1', 'content-encoding': 'gzip' },
  });
  expect([got.status, await got.json()]).toEqual([200, { data: { __typename: 'Query' } }]);
});

it('refuses a metadata list far past its 16 keys before coercing it; 16 pairs at their longest are still taken', async () => {
  const walletId = (await server.gql(CREATE, { currency: 'GBP' })).data?.result.wallet.id;
  const pairs = (count: number, valueLength = 1) =>
    Array.from({ length: count }, (_, i) => ({ key: `k${String(i).padStart(38, '0')}`, value: '€'.repeat(valueLength) }));
  const many = await post(
    JSON.stringify({ query: INCREASE_WITH_METADATA, variables: { walletId, amount: '1.00', expectedVersion: 0, metadata: pairs(100) } }),
  );
  expect([many.status, JSON.parse(many.text).errors[0].extensions.code]).toEqual([400, 'BAD_REQUEST']);
  // The largest a client may send: 16 keys of 40 characters, values of 256 three-byte characters, escaped as \u20ac.
  const largest = JSON.stringify({
    query: INCREASE_WITH_METADATA,
    variables: { walletId, amount: '1.00', expectedVersion: 0, metadata: pairs(16, 256) },
  }).replaceAll('€', '\\u20ac');
  expect(largest.length).toBeGreaterThan(25_000);
  const taken = await post(largest);
  expect(taken.status).toBe(200);
  expect(JSON.parse(taken.text).data.result).toMatchObject({ __typename: 'BalanceIncreased', wallet: { version: 1 } });
});

it('refuses the same shapes in a GET query string, and a body over 64 KB with 413', async () => {
  const search = new URLSearchParams({
    query: 'query($x: [Int]) { __typename }',
    variables: JSON.stringify({ x: JSON.parse(nested(40)) }),
  });
  const got = await fetch(`${server.url}/graphql?${search}`, { headers: { authorization, 'apollo-require-preflight': '1' } });
  expect(got.status).toBe(400);
  expect(((await got.json()) as { errors: Array<{ extensions: unknown }> }).errors[0].extensions).toEqual({ code: 'BAD_REQUEST' });
  const big = await post(JSON.stringify({ query: '{ __typename }', variables: { x: 'x'.repeat(65_536) } }));
  expect(big.status).toBe(413);
});

it('closes a WebSocket whose message nests past the limits with 4400, in both subprotocols, before parsing it', async () => {
  const socket = new WebSocket(wsUrl(server.url), 'graphql-transport-ws');
  const closed = new Promise<[number, string]>((resolve) => socket.on('close', (code, reason) => resolve([code, String(reason)])));
  await new Promise((resolve) => socket.once('open', resolve));
  socket.send(`{"type":"ping","payload":${nested(5_000)}}`);
  expect(await closed).toEqual([4400, 'Invalid message: JSON nested deeper than 16 levels']);

  const legacy = await legacyClient(server.url);
  legacy.socket.send(`{"type":"connection_init","payload":${nested(5_000)}}`);
  expect(await legacy.closed).toEqual({ code: 4400, reason: 'Invalid message: JSON nested deeper than 16 levels' });
  expect(legacy.messages).toEqual([
    { type: 'connection_error', payload: { message: 'Invalid message: JSON nested deeper than 16 levels' } },
  ]);
  expect(recorded.errors()).toEqual([]);
});
