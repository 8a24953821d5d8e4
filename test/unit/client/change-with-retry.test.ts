import { getOperationAST } from 'graphql';
import { backoffDelay } from '../../../client/backoff';
import { changeWithRetry } from '../../../client/change-with-retry';
import type { WalletFieldsFragment } from '../../../client/generated/graphql';
import { Send, TransportError } from '../../../client/transport';

const wallet = (version: number, balance: string): WalletFieldsFragment => ({
  __typename: 'Wallet',
  id: 'w-1',
  ownerId: 'alice',
  currency: 'GBP',
  balance,
  version,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});
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

/** A scripted transport: each call takes the next answer (a value, or an error to throw) and is recorded. */
function fakeTransport(...answers: unknown[]) {
  const calls: Array<{ operation: string; variables: Record<string, unknown> }> = [];
  const send = (async (document, variables) => {
    calls.push({ operation: getOperationAST(document as never)!.name!.value, variables: variables as Record<string, unknown> });
    const answer = answers.shift();
    if (answer === undefined) throw new Error('unexpected extra request');
    if (answer instanceof Error) throw answer;
    return answer;
  }) as Send;
  return { send, calls };
}
const noWait = { wait: async () => undefined, random: () => 0.5 };

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

describe('backoffDelay', () => {
  it('is a random share of an exponentially growing, capped window', () => {
    expect([0, 1, 2, 3, 10].map((attempt) => backoffDelay(attempt, { baseMs: 10, capMs: 60 }, () => 0.999))).toEqual([9, 19, 39, 59, 59]);
    expect(backoffDelay(5, { baseMs: 10, capMs: 60 }, () => 0)).toBe(0);
  });
});
