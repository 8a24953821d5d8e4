import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { expectLedgerConsistent } from '../support/ledger';
import { CREATE, DECREASE, INCREASE, READ, TRANSFER, WALLETS } from '../support/operations';
import { As, startTestServer, TestServer } from '../support/server';

/**
 * Two users and an operator. Every attack of issue 8 replayed: reading, minting into, draining and
 * listing someone else's wallet, and taking over their idempotency keys. Each answer must be exactly
 * what an unknown id gets, and nothing may change.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const OPERATOR: As = { sub: 'operator', scope: 'wallet:admin' };

async function walletOf(as: As, amount = '100.00', currency = 'GBP'): Promise<string> {
  const { data } = await server.gql(CREATE, { currency }, as);
  const id: string = data!.result.wallet.id;
  await server.gql(INCREASE, { walletId: id, amount, currency, expectedVersion: 0 }, as);
  return id;
}
const asOperator = async (id: string) => (await server.gql(READ, { id }, OPERATOR)).data!.wallet;

describe('a wallet of someone else does not exist for you', () => {
  it('reads as null, like an unknown id', async () => {
    const victim = await walletOf('alice');
    expect((await server.gql(READ, { id: victim }, 'bob')).data).toEqual({ wallet: null });
    expect((await server.gql(READ, { id: `unknown-${randomUUID()}` }, 'bob')).data).toEqual({ wallet: null });
  });

  it.each([
    ['increaseBalance (minting)', INCREASE, { amount: '1000000000' }],
    ['decreaseBalance (draining)', DECREASE, { amount: '100.00' }],
    ['increaseBalance in another currency', INCREASE, { amount: '1.00', currency: 'EUR' }],
    ['decreaseBalance above the balance', DECREASE, { amount: '5000.00' }],
    ['increaseBalance at a stale version', INCREASE, { amount: '1.00', expectedVersion: 0 }],
  ])('%s answers WalletNotFound exactly as for an unknown id, and changes nothing', async (_case, document, overrides) => {
    const victim = await walletOf('alice');
    const unknown = `unknown-${randomUUID()}`;
    const attempt = (walletId: string) => server.gql(document, { walletId, currency: 'GBP', expectedVersion: 1, ...overrides }, 'bob');
    const [onVictim, onUnknown] = [await attempt(victim), await attempt(unknown)];
    expect(onVictim.data!.result).toEqual({
      __typename: 'WalletNotFound',
      code: 'WALLET_NOT_FOUND',
      message: `Wallet ${victim} does not exist.`,
      walletId: victim,
    });
    expect(JSON.stringify(onUnknown.data).replaceAll(unknown, 'ID')).toBe(JSON.stringify(onVictim.data).replaceAll(victim, 'ID'));
    expect(await asOperator(victim)).toMatchObject({ balance: '100.00', version: 1 });
    await expectLedgerConsistent(server.store, victim);
  });

  it('a transfer out of it answers WalletNotFound and moves nothing', async () => {
    const victim = await walletOf('alice');
    const thief = await walletOf('bob', '0.01');
    const { data } = await server.gql(TRANSFER, { from: victim, to: thief, amount: '100.00', currency: 'GBP', expectedVersion: 1 }, 'bob');
    expect(data!.result).toMatchObject({ __typename: 'WalletNotFound', walletId: victim });
    expect(await asOperator(victim)).toMatchObject({ balance: '100.00', version: 1 });
    expect(await asOperator(thief)).toMatchObject({ balance: '0.01', version: 1 });
  });

  it('its history is out of reach, and a listing shows only your own wallets', async () => {
    const [mine, theirs] = [await walletOf('carol'), await walletOf('dave')];
    const listed = (as: As) => server.gql(WALLETS, { first: 100 }, as).then((r) => r.data!.wallets.edges.map((e: any) => e.node.id));
    expect(await listed('carol')).toEqual([mine]);
    expect(await listed('dave')).toEqual([theirs]);
    expect((await server.gql(READ, { id: theirs }, 'carol')).data!.wallet).toBeNull();
  });

  it('naming another owner without the operator scope is FORBIDDEN, and opens or lists nothing', async () => {
    const create = await server.gql(CREATE, { currency: 'GBP', ownerId: 'alice' }, 'bob');
    expect(create.errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN', argument: 'ownerId' }) }),
    ]);
    const list = await server.gql(WALLETS, { ownerId: 'alice' }, 'bob');
    expect(list.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const own = await server.gql(CREATE, { currency: 'GBP', ownerId: 'erin' }, 'erin');
    expect(own.data!.result.wallet.ownerId).toBe('erin');
  });
});

describe('paying another user', () => {
  it('works, and reveals nothing of the destination: to is null, toWalletId is what you sent', async () => {
    const payer = await walletOf('alice', '50.00');
    const payee = await walletOf('bob', '7.00');
    const key = 'alice-pays-bob-for-the-doctor';
    const { data } = await server.gql(
      TRANSFER,
      { from: payer, to: payee, amount: '20.00', currency: 'GBP', expectedVersion: 1, key },
      'alice',
    );
    expect(data!.result).toMatchObject({
      __typename: 'MoneyTransferred',
      toWalletId: payee,
      to: null,
      from: { id: payer, balance: '30.00' },
    });
    expect(await asOperator(payee)).toMatchObject({ balance: '27.00', version: 2 });
    const entries = async (id: string, as: As) => (await server.gql(READ, { id }, as)).data!.wallet.history.edges.map((e: any) => e.node);
    // The audit trail: the payer made both entries.
    expect((await entries(payer, 'alice'))[0]).toMatchObject({ type: 'TRANSFER_OUT', actor: 'alice', idempotencyKey: key });
    // The payee sees who paid, from which wallet, but not the payer's own key (their text, not bob's).
    expect((await entries(payee, 'bob'))[0]).toMatchObject({
      type: 'TRANSFER_IN',
      actor: 'alice',
      counterpartyWalletId: payer,
      idempotencyKey: null,
    });
    expect((await entries(payee, OPERATOR))[0]).toMatchObject({ type: 'TRANSFER_IN', idempotencyKey: key });
  });

  it('a destination in another currency is refused without saying which currency it holds', async () => {
    const payer = await walletOf('alice', '50.00');
    const payee = await walletOf('bob', '1', 'JPY');
    const { data } = await server.gql(TRANSFER, { from: payer, to: payee, amount: '1.00', currency: 'GBP', expectedVersion: 1 }, 'alice');
    expect(data!.result).toMatchObject({
      __typename: 'CurrencyMismatch',
      mismatchedWalletId: payee,
      walletCurrency: null,
      givenCurrency: 'GBP',
    });
    expect(data!.result.message).not.toMatch(/JPY/);
  });
});

describe('the operator (scope wallet:admin)', () => {
  it('opens a wallet for someone, lists, reads and changes any wallet; the ledger records who acted', async () => {
    const { data } = await server.gql(CREATE, { currency: 'GBP', ownerId: 'frank' }, OPERATOR);
    const id: string = data!.result.wallet.id;
    expect(data!.result.wallet.ownerId).toBe('frank');
    expect((await server.gql(WALLETS, { ownerId: 'frank' }, OPERATOR)).data!.wallets.edges.map((e: any) => e.node.id)).toEqual([id]);
    expect((await server.gql(WALLETS, {}, 'frank')).data!.wallets.edges.map((e: any) => e.node.id)).toEqual([id]);
    expect(
      (await server.gql(INCREASE, { walletId: id, amount: '9.00', currency: 'GBP', expectedVersion: 0 }, OPERATOR)).data!.result,
    ).toMatchObject({ __typename: 'BalanceIncreased' });
    expect(
      (await server.gql(DECREASE, { walletId: id, amount: '2.00', currency: 'GBP', expectedVersion: 1 }, 'frank')).data!.result,
    ).toMatchObject({ __typename: 'BalanceDecreased', wallet: { balance: '7.00' } });
    const other = await walletOf('grace', '0.01');
    const moved = await server.gql(TRANSFER, { from: id, to: other, amount: '1.00', currency: 'GBP', expectedVersion: 2 }, OPERATOR);
    expect(moved.data!.result).toMatchObject({ __typename: 'MoneyTransferred', to: { id: other, ownerId: 'grace', balance: '1.01' } });
    const history = (await server.gql(READ, { id }, OPERATOR)).data!.wallet.history.edges.map((e: any) => [e.node.type, e.node.actor]);
    expect(history).toEqual([
      ['TRANSFER_OUT', 'operator'],
      ['BALANCE_DECREASED', 'frank'],
      ['BALANCE_INCREASED', 'operator'],
      ['WALLET_CREATED', 'operator'],
    ]);
  });

  it.each([
    ' frank',
    'frank ',
    'frank\u0000',
    'frank\u200B',
    'fr\u202Eank',
    '\uFF46\uFF52\uFF41\uFF4E\uFF4B',
    // A hostile probe: a joiner or a variation selector after a letter, a dot on an i, a mark at the start, a braille blank.
    'fran\u00E7\u200D',
    '\u5C71\u7530\uFE00',
    'fri\u0307nk',
    '\u0301frank',
    'fr\u2800ank',
  ])('refuses an owner id that would show as another owner (%j) as BAD_USER_INPUT, and opens nothing', async (ownerId) => {
    const refused = await server.gql(CREATE, { currency: 'GBP', ownerId }, OPERATOR);
    expect(refused.data).toBeNull();
    expect(refused.errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'ownerId' }) }),
    ]);
    expect((await server.gql(WALLETS, { ownerId }, OPERATOR)).data!.wallets.edges).toEqual([]);
  });

  it("takes a caller naming itself as its token's sub is, in any Unicode form (a review: an NFD sub was refused)", async () => {
    const nfd = 'Jose\u0301';
    const own = await server.gql(CREATE, { currency: 'GBP', ownerId: nfd }, nfd);
    expect(own.data!.result.wallet.ownerId).toBe(nfd);
  });
});

describe('idempotency keys are scoped per caller', () => {
  it("the same key from two users is two keys: each applied once, neither sees the other's result", async () => {
    const key = `shared-${randomUUID()}`;
    const alices = await server.gql(CREATE, { currency: 'GBP', key }, 'alice');
    const bobs = await server.gql(CREATE, { currency: 'GBP', key }, 'bob');
    expect(bobs.data!.result.__typename).toBe('WalletCreated');
    expect(bobs.data!.result.wallet.id).not.toBe(alices.data!.result.wallet.id);
    expect(bobs.data!.result.wallet.ownerId).toBe('bob');
    // Each one's retry answers with their own first result.
    expect((await server.gql(CREATE, { currency: 'GBP', key }, 'alice')).data!.result.wallet.id).toBe(alices.data!.result.wallet.id);
    expect((await server.gql(CREATE, { currency: 'GBP', key }, 'bob')).data!.result.wallet.id).toBe(bobs.data!.result.wallet.id);
  });

  it('a key taken first by someone else does not block yours', async () => {
    const key = `predicted-${randomUUID()}`;
    const alice = await walletOf('alice', '10.00');
    const bob = await walletOf('bob', '10.00');
    await server.gql(INCREASE, { walletId: bob, amount: '1.00', currency: 'GBP', expectedVersion: 1, key }, 'bob');
    const real = await server.gql(INCREASE, { walletId: alice, amount: '5.00', currency: 'GBP', expectedVersion: 1, key }, 'alice');
    expect(real.data!.result).toMatchObject({ __typename: 'BalanceIncreased', wallet: { balance: '15.00', version: 2 } });
    const retried = await server.gql(INCREASE, { walletId: alice, amount: '5.00', currency: 'GBP', expectedVersion: 1, key }, 'alice');
    expect(retried.data!.result).toEqual(real.data!.result);
    expect(await asOperator(alice)).toMatchObject({ balance: '15.00', version: 2 });
  });
});

describe('a replay shows only what the caller may see now', () => {
  it("an operator whose token lost its scope gets WalletNotFound for its own key's earlier change to another's wallet", async () => {
    const key = `scoped-${randomUUID()}`;
    const alice = await walletOf('alice', '10.00');
    const change = { walletId: alice, amount: '10.00', currency: 'GBP', expectedVersion: 1, key };
    const first = await server.gql(INCREASE, change, OPERATOR);
    expect(first.data!.result).toMatchObject({ __typename: 'BalanceIncreased', wallet: { ownerId: 'alice', balance: '20.00' } });
    // The same subject, the same key, no scope: it may not see alice's wallet, so no snapshot of it either.
    const replayed = await server.gql(INCREASE, change, 'operator');
    expect(replayed.data!.result).toMatchObject({ __typename: 'WalletNotFound', walletId: alice });
    expect(JSON.stringify(replayed)).not.toContain('20.00');
    // With the scope back, the key still replays its result (nothing was written twice).
    expect((await server.gql(INCREASE, change, OPERATOR)).data!.result).toEqual(first.data!.result);
    expect(await asOperator(alice)).toMatchObject({ balance: '20.00', version: 2 });
  });
});

describe('authentication', () => {
  const post = (headers: Record<string, string>, body: object) =>
    fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  const mutation = () => ({ query: CREATE, variables: { currency: 'GBP', key: `auth-${randomUUID()}` } });
  const strangerKey = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
  /** A token with the test server's claims unless overridden, signed by its key unless another is given. */
  function signed(claims: { iss?: string; aud?: string; exp?: number; nbf?: number } = {}, key = server.privateKey): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const { iss = server.key.issuer, aud = server.key.audience, exp = now + 600, nbf = now } = claims;
    return new SignJWT({})
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject('alice')
      .setIssuer(iss)
      .setAudience(aud)
      .setExpirationTime(exp)
      .setNotBefore(nbf)
      .sign(key);
  }
  const bearer = async (token: Promise<string>) => ({ authorization: `Bearer ${await token}` });
  const hourAgo = () => Math.floor(Date.now() / 1000) - 3600;
  const tampered = (token: string) => {
    const [header, payload, signature] = token.split('.');
    const other = signature[10] === 'A' ? 'B' : 'A';
    return `${header}.${payload}.${signature.slice(0, 10)}${other}${signature.slice(11)}`;
  };

  it.each<[string, () => Promise<Record<string, string>>]>([
    ['no Authorization header', async () => ({})],
    ['an empty bearer', async () => ({ authorization: 'Bearer ' })],
    ['another scheme', async () => ({ authorization: 'Basic YWxpY2U6c2VjcmV0' })],
    ['a malformed token', async () => ({ authorization: 'Bearer not-a-jwt' })],
    ['an expired token', () => bearer(signed({ exp: hourAgo() }))],
    ['a token not valid yet', () => bearer(signed({ nbf: Math.floor(Date.now() / 1000) + 3600 }))],
    ['a token signed by another key', () => bearer(signed({}, strangerKey))],
    ['a token for another audience', () => bearer(signed({ aud: 'another-service' }))],
    ['a token of another issuer', () => bearer(signed({ iss: 'https://evil.example/' }))],
    // One character of the signature changed, inside it (its last two, set to 'AA', were already 'AA' once in 256 runs).
    ['a tampered token', async () => ({ authorization: `Bearer ${tampered(await signed())}` })],
    // Other spellings of a valid token (padding, '~', '+/' for '-_'): a lenient decoder would take each as new.
    ['a valid token with padding', async () => ({ authorization: `Bearer ${await signed()}==` })],
    [
      'a valid token with a ~ in its signature',
      async () => ({ authorization: `Bearer ${(await signed()).replace(/\.([^.]*)$/, '.~$1')}` }),
    ],
    ['a token over 4 KB', async () => ({ authorization: `Bearer ${'a'.repeat(2100)}.${'b'.repeat(2100)}.c` })],
  ])('%s: 401 UNAUTHENTICATED with WWW-Authenticate, and nothing changes', async (_case, headers) => {
    const before = await countItems();
    const response = await post(await headers(), mutation());
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer realm="wallet-service"/);
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }>; data?: unknown };
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(body.data).toBeUndefined();
    expect(await countItems()).toBe(before);
  });

  it('accepts the same claims signed by the right key (the cases above fail for their one flaw)', async () => {
    expect((await post(await bearer(signed()), mutation())).status).toBe(200);
  });

  it('leaves /health open', async () => {
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
  });

  const countItems = () => server.store.countItems();
});
