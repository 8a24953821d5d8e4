import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { PrometheusMetrics } from '../../src/observability/prometheus-metrics';
import { READ } from '../support/operations';
import { recordingLogger } from '../support/recording-logger';
import { startTestServer, TestServer } from '../support/server';

/**
 * Automatic persisted queries (Apollo's, on by default): a client sends a query's SHA-256 in place of its text once the
 * service has seen it (Apollo Client's persisted-query link). A malformed extension is the client's mistake: 400
 * BAD_REQUEST, never an INTERNAL_SERVER_ERROR, nothing logged as an error and nothing counted as one.
 */
describe('automatic persisted queries', () => {
  let server: TestServer;
  const recorded = recordingLogger();
  const metrics = new PrometheusMetrics();
  let authorization: string;
  let walletId: string;

  beforeAll(async () => {
    server = await startTestServer({ logger: recorded.logger, metrics });
    authorization = (await server.headersOf('alice')).authorization;
    const created = await server.gql('mutation { result: createWallet(currency: GBP) { ... on WalletCreated { wallet { id } } } }');
    walletId = created.data!.result.wallet.id;
  });
  afterAll(() => server.stop());

  async function post(body: unknown, as = authorization): Promise<{ status: number; body: Record<string, any> }> {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: as },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  }

  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

  it('answers a query by its hash once it has been sent with it, and asks for the text of a hash it does not know', async () => {
    const persistedQuery = { version: 1, sha256Hash: sha256(READ) };
    const unknown = await post({ variables: { id: walletId }, extensions: { persistedQuery } });
    expect(unknown.body.errors).toEqual([expect.objectContaining({ extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } })]);
    const registered = await post({ query: READ, variables: { id: walletId }, extensions: { persistedQuery } });
    expect(registered.status).toBe(200);
    const byHash = await post({ variables: { id: walletId }, extensions: { persistedQuery } });
    expect(byHash).toEqual(registered);
    expect(byHash.body.data.wallet).toMatchObject({ id: walletId, balance: '0.00', version: 0 });
  });

  it("honours a hash alone only for a caller who sent its text: another's is not found, over POST and GET (a hostile probe)", async () => {
    const bob = (await server.headersOf('bob')).authorization;
    // Alice's query, her wallet id written in its text.
    const text = `{ wallet(id: "${walletId}") { id balance } }`;
    const persistedQuery = { version: 1, sha256Hash: sha256(text) };
    expect((await post({ query: text, extensions: { persistedQuery } })).body.data.wallet).toMatchObject({ id: walletId });
    expect((await post({ extensions: { persistedQuery } })).body.data.wallet).toMatchObject({ id: walletId });
    // Bob holds the hash: he was told nothing of whether anyone sent that text (it answered {"wallet": null}).
    const notFound = [expect.objectContaining({ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } })];
    const bobs = await post({ extensions: { persistedQuery } }, bob);
    expect([bobs.status, bobs.body.errors, bobs.body.data]).toEqual([200, notFound, undefined]);
    const search = new URLSearchParams({ extensions: JSON.stringify({ persistedQuery }) });
    const got = await fetch(`${server.url}/graphql?${search}`, { headers: { authorization: bob, 'apollo-require-preflight': '1' } });
    expect(((await got.json()) as { errors: unknown }).errors).toEqual(notFound);
    // Once he sends the text himself, the hash is his too; his answer is his own.
    expect((await post({ query: text, extensions: { persistedQuery } }, bob)).body.data).toEqual({ wallet: null });
    expect((await post({ extensions: { persistedQuery } }, bob)).body.data).toEqual({ wallet: null });
    // A text sent with a wrong hash makes that hash his no more than before.
    const aliceOnly = `{ wallets(first: 1) { edges { node { id } } } }`;
    const hash = sha256(aliceOnly);
    await post({ query: aliceOnly, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
    expect((await post({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }, bob)).status).toBe(
      400,
    );
    expect((await post({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }, bob)).body.errors).toEqual(notFound);
  });

  /** A GET with a body, which fetch does not send: Apollo reads a GET's query string and nothing of its body. */
  function getWithBody(search: URLSearchParams, body: string | Buffer, as: string): Promise<{ status: number; body: Record<string, any> }> {
    return new Promise((resolve, reject) => {
      const sent = request(
        `${server.url}/graphql?${search}`,
        {
          method: 'GET',
          headers: {
            authorization: as,
            'apollo-require-preflight': '1',
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString()) }));
        },
      );
      sent.on('error', reject);
      sent.end(body);
    });
  }

  it("reads a GET's extensions from its query string alone, as Apollo does: a body beside them hides nothing (a hostile probe)", async () => {
    const bob = (await server.headersOf('bob')).authorization;
    const text = `{ wallets(first: 1) { edges { node { id } } } } # alice's invoice INV-2026-0042`;
    await post({ query: text, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(text) } } });
    // The hash in an array was Apollo's cache key for the string (`"apq:" + ["h"]`), and the body's empty extensions
    // were what was checked: bob got his wallets from alice's text, which told him she had sent it.
    const asArray = new URLSearchParams({ extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: [sha256(text)] } }) });
    const probed = await getWithBody(asArray, '{"extensions":{}}', bob);
    expect([probed.status, probed.body.data, probed.body.errors?.[0].extensions.code]).toEqual([400, undefined, 'BAD_REQUEST']);
    // A hash whose toString throws was a 500 counted as INTERNAL_SERVER_ERROR.
    const before = recorded.errors().length;
    const throwing = new URLSearchParams({ extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: { toString: 1 } } }) });
    const refused = await getWithBody(throwing, '{"extensions":{}}', authorization);
    expect([refused.status, refused.body.errors?.[0].extensions.code]).toEqual([400, 'BAD_REQUEST']);
    expect(recorded.errors().slice(before)).toEqual([]);
    // The body of a GET is not read at all: one that is no JSON, nor UTF-8, does not stand in the way of its query string.
    const gzipped = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xff]);
    const served = await getWithBody(new URLSearchParams({ query: '{ __typename }' }), gzipped, authorization);
    expect([served.status, served.body]).toEqual([200, { data: { __typename: 'Query' } }]);
  });

  it.each([
    ['a hash that is not the query', { version: 1, sha256Hash: 'abc' }],
    ['a hash that is not a string', { version: 1, sha256Hash: 5 }],
    ['a version other than 1', { version: 2, sha256Hash: sha256('{ __typename }') }],
    ['an extension that is not an object', 'x'],
  ])('refuses %s as BAD_REQUEST, with no error logged or counted', async (_, persistedQuery) => {
    const before = recorded.errors().length;
    const answer = await post({ query: '{ __typename }', extensions: { persistedQuery } });
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_REQUEST' } })]);
    expect(JSON.stringify(answer.body)).not.toMatch(/INTERNAL_SERVER_ERROR|outcome is unknown/);
    expect(recorded.errors().slice(before)).toEqual([]);
    const counted = (await metrics.scrape()).text;
    expect(counted).not.toMatch(/wallet_graphql_errors_total\{code="INTERNAL_SERVER_ERROR"\} [1-9]/);
    expect(counted).toMatch(/wallet_graphql_errors_total\{code="BAD_REQUEST"\} [1-9]/);
  });

  it('counts a limit refused during validation (aliases) under QUERY_LIMIT_EXCEEDED, as the client is told', async () => {
    const counted = async () =>
      Number(/wallet_graphql_errors_total\{code="QUERY_LIMIT_EXCEEDED"\} (\d+)/.exec((await metrics.scrape()).text)?.[1] ?? 0);
    const before = await counted();
    const aliases = Array.from({ length: 6 }, (_, i) => `a${i}: wallet(id: "x") { id }`).join(' ');
    const answer = await post({ query: `{ ${aliases} }` });
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'maxAliases' });
    expect(await counted()).toBe(before + 1);
  });

  it.each([
    ['an object whose toString fails', { toString: 1 }],
    ['an array of one', [{ toString: 1 }]],
    ['a number', 5],
    ['nothing', undefined],
  ])('refuses a hash alone that is %s as BAD_REQUEST, over POST and GET, with nothing logged as an error', async (_, sha256Hash) => {
    const before = recorded.errors().length;
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    const posted = await post({ extensions });
    expect(posted.status).toBe(400);
    expect(posted.body.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_REQUEST' } })]);
    const search = new URLSearchParams({ extensions: JSON.stringify(extensions) });
    const got = await fetch(`${server.url}/graphql?${search}`, { headers: { authorization, 'apollo-require-preflight': '1' } });
    expect(got.status).toBe(400);
    expect(((await got.json()) as { errors: unknown[] }).errors).toEqual([
      expect.objectContaining({ extensions: { code: 'BAD_REQUEST' } }),
    ]);
    // The parameter's name percent-encoded, as Apollo decodes it: it slipped past the check to a 500 once.
    const encoded = await fetch(`${server.url}/graphql?${search.toString().replace(/^extensions=/, '%65xtensions=')}`, {
      headers: { authorization, 'apollo-require-preflight': '1' },
    });
    expect([encoded.status, ((await encoded.json()) as { errors: Array<{ extensions: unknown }> }).errors[0].extensions]).toEqual([
      400,
      { code: 'BAD_REQUEST' },
    ]);
    expect(recorded.errors().slice(before)).toEqual([]);
  });

  it('refuses a query over the cost limit as QUERY_LIMIT_EXCEEDED, counted under that code and logged as no error', async () => {
    const before = recorded.errors().length;
    const page = '{ history(first: 100) { edges { cursor node { id walletId type version amount balanceAfter occurredAt } } } }';
    const answer = await post({
      query: `query($id: ID!) { a: wallet(id: $id) ${page} b: wallet(id: $id) ${page} }`,
      variables: { id: walletId },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'QUERY_LIMIT_EXCEEDED' }) }),
    ]);
    expect(recorded.errors().slice(before)).toEqual([]);
    expect((await metrics.scrape()).text).toMatch(/wallet_graphql_errors_total\{code="QUERY_LIMIT_EXCEEDED"\} [1-9]/);
  });
});
