import { backoffDelay } from '../../../client/backoff';
import { changeWithRetry } from '../../../client/change-with-retry';
import type { WalletFieldsFragment } from '../../../client/generated/graphql';
import { fetchTransport, Send, TransportError } from '../../../client/transport';
import { fakeTransport, noWait, walletFields } from '../../support/client-kit';

const wallet = (version: number, balance: string): WalletFieldsFragment => walletFields(version, balance);
const increased = (version: number, balance: string) => ({
  result: { __typename: 'BalanceIncreased', amount: '1.00', wallet: wallet(version, balance) },
});
const conflict = (expectedVersion: number, now: WalletFieldsFragment) => ({
  result: {
    __typename: 'VersionConflict',
    code: 'VERSION_CONFLICT',
    message: 'stale',
    walletId: 'w-1',
    expectedVersion,
    actualVersion: now.version,
    wallet: now,
  },
});

describe('changeWithRetry', () => {
  it('on VersionConflict decides again from conflict.wallet, with its version and the same key, and reads nothing', async () => {
    const { send, calls } = fakeTransport(conflict(3, wallet(4, '10.00')), increased(5, '11.00'));
    const seen: string[] = [];
    const result = await changeWithRetry(
      send,
      {
        operation: 'increase',
        currency: 'GBP',
        wallet: wallet(3, '9.00'),
        idempotencyKey: 'k-1',
        amount: (state) => {
          seen.push(`${state.version}:${state.balance}`);
          return '1.00';
        },
      },
      noWait,
    );
    expect(result).toMatchObject({ kind: 'answered', attempts: 2, outcome: { __typename: 'BalanceIncreased', wallet: { version: 5 } } });
    expect(seen).toEqual(['3:9.00', '4:10.00']);
    expect(calls).toEqual([
      {
        operation: 'IncreaseBalance',
        variables: { walletId: 'w-1', amount: '1.00', currency: 'GBP', expectedVersion: 3, idempotencyKey: 'k-1' },
      },
      {
        operation: 'IncreaseBalance',
        variables: { walletId: 'w-1', amount: '1.00', currency: 'GBP', expectedVersion: 4, idempotencyKey: 'k-1' },
      },
    ]);
  });

  it('after a timeout or network failure sends the very same request again (same key, same version)', async () => {
    const { send, calls } = fakeTransport(new TransportError('timeout', true), new TransportError('reset', true), increased(1, '1.00'));
    const result = await changeWithRetry(
      send,
      { operation: 'decrease', currency: 'GBP', wallet: wallet(0, '5.00'), amount: () => '1.00' },
      noWait,
    );
    expect(result).toMatchObject({ kind: 'answered', attempts: 3 });
    expect(calls).toHaveLength(3);
    expect(calls.map((call) => call.operation)).toEqual(['DecreaseBalance', 'DecreaseBalance', 'DecreaseBalance']);
    expect(new Set(calls.map((call) => JSON.stringify(call.variables))).size).toBe(1);
    expect(calls[0].variables.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('throws a refusal that retrying cannot fix, after one attempt', async () => {
    const { send, calls } = fakeTransport(new TransportError('BAD_USER_INPUT', false));
    await expect(
      changeWithRetry(send, { operation: 'increase', currency: 'GBP', wallet: wallet(0, '0.00'), amount: () => 'abc' }, noWait),
    ).rejects.toThrow('BAD_USER_INPUT');
    expect(calls).toHaveLength(1);
  });

  it('stops after maxAttempts: the last VersionConflict is the answer, with a jittered wait between attempts', async () => {
    const { send, calls } = fakeTransport(...[1, 2, 3, 4].map((version) => conflict(version - 1, wallet(version, '0.00'))));
    const waits: number[] = [];
    const randoms = [0.9, 0.1, 0.5];
    const result = await changeWithRetry(
      send,
      { operation: 'increase', currency: 'GBP', wallet: wallet(0, '0.00'), amount: () => '1.00' },
      {
        maxAttempts: 4,
        backoff: { baseMs: 100, capMs: 250 },
        random: () => randoms.shift()!,
        wait: async (ms) => {
          waits.push(ms);
        },
      },
    );
    expect(result).toMatchObject({ kind: 'answered', attempts: 4, outcome: { __typename: 'VersionConflict', actualVersion: 4 } });
    expect(calls).toHaveLength(4);
    expect(waits).toEqual([Math.floor(0.9 * 200), Math.floor(0.1 * 250), Math.floor(0.5 * 250)]);
  });

  it('throws the last network failure when attempts run out', async () => {
    const { send, calls } = fakeTransport(new TransportError('down 1', true), new TransportError('down 2', true));
    await expect(
      changeWithRetry(
        send,
        { operation: 'increase', currency: 'GBP', wallet: wallet(0, '0.00'), amount: () => '1.00' },
        { ...noWait, maxAttempts: 2 },
      ),
    ).rejects.toThrow('down 2');
    expect(calls).toHaveLength(2);
  });

  it('abandons without sending when the decision from the current wallet is "nothing to do"', async () => {
    const { send, calls } = fakeTransport(conflict(0, wallet(1, '0.50')));
    const result = await changeWithRetry(
      send,
      {
        operation: 'decrease',
        currency: 'GBP',
        wallet: wallet(0, '5.00'),
        amount: (state) => (BigInt(state.balance.replace('.', '')) >= 100n ? '1.00' : null),
      },
      noWait,
    );
    expect(result).toEqual({ kind: 'abandoned', wallet: wallet(1, '0.50'), attempts: 1 });
    expect(calls).toHaveLength(1);
  });

  it('returns a DomainError other than VersionConflict at once (retrying would not change it)', async () => {
    const { send, calls } = fakeTransport({
      result: { __typename: 'WalletNotFound', code: 'WALLET_NOT_FOUND', message: 'no', walletId: 'w-1' },
    });
    const result = await changeWithRetry(
      send,
      { operation: 'increase', currency: 'GBP', wallet: wallet(0, '0.00'), amount: () => '1.00' },
      noWait,
    );
    expect(result).toMatchObject({ kind: 'answered', attempts: 1, outcome: { __typename: 'WalletNotFound' } });
    expect(calls).toHaveLength(1);
  });
});

/** A clock that moves only when waited on; `waits` records each wait (ms). */
function fakeClock() {
  let time = 0;
  const waits: number[] = [];
  const wait = async (ms: number) => {
    waits.push(ms);
    time += ms;
  };
  return { waits, options: { now: () => time, wait, random: () => 0.5 } };
}
/** The service's answers over a stubbed global fetch, one per request; the requests' variables are recorded. */
function scriptedFetch(...answers: Array<() => Response>) {
  const sent: Array<Record<string, unknown>> = [];
  jest.spyOn(globalThis, 'fetch').mockImplementation(async (_url, init) => {
    sent.push(JSON.parse(String(init?.body)).variables);
    const answer = answers.shift();
    if (!answer) throw new Error('unexpected extra request');
    return answer();
  });
  return { send: fetchTransport({ url: 'http://wallet.test/graphql' }), sent };
}
const json =
  (body: unknown, status = 200) =>
  () =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const storeUnavailable = json({
  errors: [
    {
      message: 'The wallet store is unavailable or did not answer. Retry in 2 s or more.',
      path: ['result'],
      extensions: { code: 'STORE_UNAVAILABLE', retryable: true, retryAfterSeconds: 2 },
    },
  ],
  data: null,
});
const tooManyRequests = (retryAfter: string) => () =>
  new Response('Too many requests: at most 20 a second, bursts of 50; retry after 3 s\n', {
    status: 429,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': retryAfter },
  });
const landed = json({ data: increased(1, '1.00') });
const deposit = { operation: 'increase' as const, currency: 'GBP' as const, wallet: wallet(0, '0.00'), amount: () => '1.00' };

describe('changeWithRetry, when the service asks for a wait (retryAfterSeconds, Retry-After)', () => {
  afterEach(() => jest.restoreAllMocks());

  it("waits at least STORE_UNAVAILABLE's retryAfterSeconds (plus the jitter), then sends the same request again", async () => {
    const { send, sent } = scriptedFetch(storeUnavailable, landed);
    const clock = fakeClock();
    const result = await changeWithRetry(send, deposit, clock.options);
    expect(result).toMatchObject({ kind: 'answered', attempts: 2, outcome: { __typename: 'BalanceIncreased' } });
    expect(clock.waits).toEqual([2000 + Math.floor(0.5 * 20)]);
    expect(sent).toHaveLength(2);
    expect(sent[1]).toEqual(sent[0]);
  });

  it('retries a 429 (plain text) after its Retry-After, with the same key', async () => {
    const { send, sent } = scriptedFetch(tooManyRequests('3'), landed);
    const clock = fakeClock();
    const result = await changeWithRetry(send, deposit, clock.options);
    expect(result).toMatchObject({ kind: 'answered', attempts: 2 });
    expect(clock.waits).toEqual([3000 + Math.floor(0.5 * 20)]);
    expect(sent[1]).toEqual(sent[0]);
  });

  it('with the defaults, outlasts a store restart of 5.4 s (the defect: it gave up after about 2 s)', async () => {
    const { options } = fakeClock();
    const calls: number[] = [];
    const send = (async () => {
      calls.push(options.now());
      if (options.now() < 5400) throw new TransportError('STORE_UNAVAILABLE', true, 2);
      return increased(1, '1.00');
    }) as Send;
    const result = await changeWithRetry(send, deposit, { now: options.now, wait: options.wait });
    expect(result).toMatchObject({ kind: 'answered', attempts: 4, outcome: { __typename: 'BalanceIncreased' } });
    expect(calls.slice(1).map((at, index) => at - calls[index] >= 2000)).toEqual([true, true, true]);
  });

  it('gives up at once when the next wait would end past deadlineMs, throwing the error with its retryAfterSeconds', async () => {
    const { send, calls } = fakeTransport(...[1, 2, 3, 4].map(() => new TransportError('STORE_UNAVAILABLE', true, 2)));
    const clock = fakeClock();
    const failure = changeWithRetry(send, deposit, { ...clock.options, deadlineMs: 5000 });
    await expect(failure).rejects.toMatchObject({ name: 'TransportError', retryable: true, retryAfterSeconds: 2 });
    expect(clock.waits).toEqual([2010, 2020]);
    expect(calls).toHaveLength(3);
  });

  it('answers the last VersionConflict when the next wait would end past deadlineMs', async () => {
    const { send, calls } = fakeTransport(conflict(0, wallet(1, '0.00')), conflict(1, wallet(2, '0.00')));
    const clock = fakeClock();
    const result = await changeWithRetry(send, deposit, {
      ...clock.options,
      backoff: { baseMs: 100, capMs: 1000 },
      deadlineMs: 150,
    });
    expect(result).toMatchObject({ kind: 'answered', attempts: 2, outcome: { __typename: 'VersionConflict', actualVersion: 2 } });
    expect(calls).toHaveLength(2);
    expect(clock.waits).toEqual([100]);
  });

  it('never waits on, nor resends, a refusal that is not retryable, whatever wait it names', async () => {
    const { send, calls } = fakeTransport(new TransportError('BAD_USER_INPUT', false, 1));
    const clock = fakeClock();
    await expect(changeWithRetry(send, deposit, clock.options)).rejects.toThrow('BAD_USER_INPUT');
    expect(calls).toHaveLength(1);
    expect(clock.waits).toEqual([]);
  });
});

describe('backoffDelay', () => {
  it('is a random share of an exponentially growing, capped window', () => {
    expect([0, 1, 2, 3, 10].map((attempt) => backoffDelay(attempt, { baseMs: 10, capMs: 60 }, () => 0.999))).toEqual([9, 19, 39, 59, 59]);
    expect(backoffDelay(5, { baseMs: 10, capMs: 60 }, () => 0)).toBe(0);
  });
});
