import { NO_METRICS } from '../../../src/application/service-metrics.port';
import { ChangeWriter } from '../../../src/application/change-writer';
import { KnownWallets } from '../../../src/application/known-wallets';
import { Currency } from '../../../src/domain/currency';
import { increaseBalance, Wallet } from '../../../src/domain/wallet';
import { walletAt } from '../../support/wallets';
import { IdempotencyRecord } from '../../../src/domain/idempotency';
import { CommitOutcome, WalletRepository } from '../../../src/domain/wallet-repository.port';
import { StoreUnavailable } from '../../../src/domain/store-unavailable';

/**
 * The retry policy around the repository, with a scripted repository (the repository itself is
 * tested against DynamoDB Local; this checks only what the writer does with each answer).
 */
const wallet: Wallet = walletAt(0);
const change = (() => {
  const result = increaseBalance(wallet, { currency: Currency.GBP, minor: 1n }, { entryId: 'e', actor: 'alice', now: 't' });
  if (!result.ok) throw new Error('expected a change');
  return result.change;
})();
const plan = {
  changes: [change],
  event: { type: 'BALANCE_INCREASED' as const, wallet: change.after, amount: { currency: Currency.GBP, minor: 1n } },
};

const NOW = 1_000;
const request = { owner: 'alice', key: 'k', fingerprint: 'increaseBalance|w|GBP|1' };
const stored = (changes: Partial<IdempotencyRecord> = {}): IdempotencyRecord => ({
  ...request,
  event: { ...plan.event, wallet: { ...change.after, version: 9 } },
  storedAt: NOW - 10,
  expiresAt: NOW + 10,
  ...changes,
});

function scripted(...answers: CommitOutcome[]) {
  const commit = jest.fn(async () => answers.shift() ?? { status: 'contended' as const });
  const findIdempotencyRecord = jest.fn(async (): Promise<IdempotencyRecord | undefined> => undefined);
  const repository: WalletRepository = {
    commit,
    find: jest.fn(),
    findIdempotencyRecord,
    history: jest.fn(),
    walletsOf: jest.fn(),
    entries: jest.fn(),
    entryAt: jest.fn(),
    lastEntryBefore: jest.fn(),
    findTransfer: jest.fn(),
    findHold: jest.fn(),
    holdsOf: jest.fn(),
  };
  const known = new KnownWallets();
  const clock = { ms: NOW * 1000 };
  const writer = new ChangeWriter(repository, known, {
    now: () => new Date(clock.ms),
    contendedAttempts: 4,
    backoffMs: 1,
    metrics: NO_METRICS,
  });
  return { writer, commit, known, findIdempotencyRecord, clock };
}

describe('ChangeWriter', () => {
  it('retries a transaction cancelled by TransactionConflict, then succeeds, and remembers the new state', async () => {
    const { writer, commit, known } = scripted({ status: 'contended' }, { status: 'contended' }, { status: 'committed' });
    expect(await writer.write(plan)).toEqual({ status: 'done', outcome: plan.event });
    expect(commit).toHaveBeenCalledTimes(3);
    expect(known.atVersion('w', 1)).toEqual(change.after);
  });

  it('gives up after a bounded number of attempts', async () => {
    const { writer, commit } = scripted();
    expect(await writer.write(plan)).toEqual({ status: 'contended' });
    expect(commit).toHaveBeenCalledTimes(4);
  });

  it('does not retry a rejection: the wallet moved, and DynamoDB said how', async () => {
    const moved = { ...wallet, version: 5 };
    const { writer, commit, known } = scripted({ status: 'rejected', stale: [{ walletId: 'w', current: moved }] });
    expect(await writer.write(plan)).toEqual({ status: 'rejected', stale: [{ walletId: 'w', current: moved }] });
    expect(commit).toHaveBeenCalledTimes(1);
    expect(known.latest('w')).toEqual(moved);
  });

  it('believes a rejection over a newer version it remembers (one a store that lost writes left behind)', async () => {
    const { writer, known } = scripted({ status: 'rejected', stale: [{ walletId: 'w', current: wallet }] });
    known.remember({ ...wallet, version: 7 });
    await writer.write(plan);
    expect(known.latest('w')).toEqual(wallet);
  });

  it('settles with a state told by a write sent after it was asked, and only then', async () => {
    let answer = (_: CommitOutcome) => {};
    const { writer, commit } = scripted({ status: 'rejected', stale: [{ walletId: 'w', current: { ...wallet, version: 4 } }] });
    commit.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
    const first = writer.write(plan);
    await new Promise((tick) => setImmediate(tick));
    const second = writer.write(plan);
    const settling = writer.settled('w');
    answer({ status: 'committed' });
    await Promise.all([first, second]);
    // The first was sent before settled() was called; the second after: its answer (version 4) is the one told.
    expect((await settling)?.version).toBe(4);
    expect(await writer.settled('w')).toBeUndefined();
  });

  it('stores the key in the same commit as the effect', async () => {
    const { writer, commit } = scripted({ status: 'committed' });
    await writer.write(plan, request);
    expect(commit).toHaveBeenCalledWith(
      plan.changes,
      { ...request, event: plan.event, storedAt: NOW, expiresAt: NOW + 24 * 3600 },
      undefined,
      new Date(NOW * 1000).toISOString(),
    );
  });

  it("sends each attempt with the clock as it leaves (a hold's expiry is checked against it), not as the plan was made", async () => {
    const { writer, commit, clock } = scripted({ status: 'committed' });
    clock.ms = 5_000;
    commit.mockImplementationOnce(async () => {
      clock.ms = 9_000; // the first attempt's answer and the back-off take time: the retry leaves later
      return { status: 'contended' };
    });
    await writer.write(plan);
    expect(commit.mock.calls.map((call) => (call as unknown[])[3])).toEqual([new Date(5_000).toISOString(), new Date(9_000).toISOString()]);
  });

  it('answers a taken key with its stored result when the intent matches, else IdempotencyKeyReused', async () => {
    const record = stored();
    expect(await scripted({ status: 'rejected', stale: [], takenBy: record }).writer.write(plan, request)).toEqual({
      status: 'done',
      outcome: record.event,
    });
    expect(
      await scripted({ status: 'rejected', stale: [], takenBy: stored({ fingerprint: 'other' }) }).writer.write(plan, request),
    ).toEqual({ status: 'done', outcome: expect.objectContaining({ code: 'IDEMPOTENCY_KEY_REUSED', idempotencyKey: 'k' }) });
  });

  it('ignores an expired record the condition still saw (clock skew): the rejection stands', async () => {
    const stale = [{ walletId: 'w', current: { ...wallet, version: 3 } }];
    expect(await scripted({ status: 'rejected', stale, takenBy: stored({ expiresAt: NOW }) }).writer.write(plan, request)).toEqual({
      status: 'rejected',
      stale,
    });
  });

  it('lets a stored success answer a failure of its retry, but not an expired one', async () => {
    const conflict = { code: 'VERSION_CONFLICT' as const, message: 'm', walletId: 'w', expectedVersion: 0, actualVersion: 1, wallet };
    const fresh = scripted();
    fresh.findIdempotencyRecord.mockResolvedValue(stored());
    expect(await fresh.writer.unlessReplayed(request, conflict)).toEqual(stored().event);
    const expired = scripted();
    expired.findIdempotencyRecord.mockResolvedValue(stored({ expiresAt: NOW }));
    expect(await expired.writer.unlessReplayed(request, conflict)).toBe(conflict);
    expect(await scripted().writer.unlessReplayed(undefined, conflict)).toBe(conflict);
  });

  it('shows no stored success to a request whose wallet is out of its sight, but still names a key taken by another intent', async () => {
    const notFound = { code: 'WALLET_NOT_FOUND' as const, message: 'm', walletId: 'w' };
    const same = scripted();
    same.findIdempotencyRecord.mockResolvedValue(stored());
    expect(await same.writer.unlessReplayed(request, notFound, false)).toBe(notFound);
    const other = scripted();
    other.findIdempotencyRecord.mockResolvedValue(stored({ fingerprint: 'other' }));
    expect(await other.writer.unlessReplayed(request, notFound, false)).toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
      idempotencyKey: 'k',
    });
  });

  it('lets one write per wallet be in flight: a sibling based on the same version is refused without a request', async () => {
    const { writer, commit, known } = scripted({ status: 'committed' }, { status: 'committed' });
    const [first, second] = await Promise.all([writer.write(plan), writer.write(plan)]);
    expect(first).toEqual({ status: 'done', outcome: plan.event });
    expect(second).toEqual({ status: 'rejected', stale: [{ walletId: 'w', current: change.after }] });
    expect(commit).toHaveBeenCalledTimes(1);
    expect(known.latest('w')).toEqual(change.after);
  });

  it('sends the next write on a wallet only once the one before it is answered', async () => {
    let inFlight = 0;
    let most = 0;
    const { writer, commit } = scripted();
    commit.mockImplementation(async () => {
      most = Math.max(most, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight--;
      return { status: 'rejected' as const, stale: [{ walletId: 'w', current: wallet }] };
    });
    await Promise.all([writer.write(plan), writer.write(plan), writer.write(plan)]);
    expect(commit).toHaveBeenCalledTimes(3);
    expect(most).toBe(1);
  });

  it('gives the wallet to the next writer when a write fails unexpectedly', async () => {
    const { writer, commit } = scripted();
    commit.mockRejectedValueOnce(new Error('store down')).mockResolvedValueOnce({ status: 'committed' });
    const [failed, next] = await Promise.allSettled([writer.write(plan), writer.write(plan)]);
    expect(failed.status).toBe('rejected');
    expect(next).toEqual({ status: 'fulfilled', value: { status: 'done', outcome: plan.event } });
  });

  it('trusts only a state told by a request sent after a write arrived; an earlier one sends the write to DynamoDB', async () => {
    const { writer, commit } = scripted();
    let answerFirst = () => {};
    commit
      .mockImplementationOnce(
        () =>
          new Promise<CommitOutcome>((resolve) => {
            answerFirst = () => resolve({ status: 'committed' });
          }),
      )
      .mockResolvedValueOnce({ status: 'rejected', stale: [{ walletId: 'w', current: change.after }] });
    const first = writer.write(plan);
    await new Promise((resolve) => setImmediate(resolve));
    // Both arrive while the first is in flight: its answer may predate them, so the next one asks DynamoDB,
    // and that answer (sent after the third arrived) refuses the third at once.
    const second = writer.write(plan);
    const third = writer.write(plan);
    answerFirst();
    expect(await first).toEqual({ status: 'done', outcome: plan.event });
    expect(await second).toEqual({ status: 'rejected', stale: [{ walletId: 'w', current: change.after }] });
    expect(await third).toEqual({ status: 'rejected', stale: [{ walletId: 'w', current: change.after }] });
    expect(commit).toHaveBeenCalledTimes(2);
  });

  describe('behind a write that found the store unavailable', () => {
    const planOn = (id: string) => {
      const result = increaseBalance(
        walletAt(0, id),
        { currency: Currency.GBP, minor: 1n },
        { entryId: `e-${id}`, actor: 'alice', now: 't' },
      );
      if (!result.ok) throw new Error('expected a change');
      return { changes: [result.change], event: { ...plan.event, wallet: result.change.after } };
    };
    const hungThenDown = (commit: jest.Mock) => {
      let fail = () => {};
      commit.mockImplementationOnce(
        () =>
          new Promise<CommitOutcome>((_, reject) => {
            fail = () => reject(new StoreUnavailable('DynamoDB: timed out'));
          }),
      );
      return () => fail();
    };
    const tick = () => new Promise((resolve) => setImmediate(resolve));
    /** For each write, whether it failed with StoreUnavailable. */
    const storeUnavailable = async (writes: Promise<unknown>[]) =>
      (await Promise.allSettled(writes)).map((answer) => answer.status === 'rejected' && answer.reason instanceof StoreUnavailable);

    it('fails the writes queued on its wallet with it, unsent, and sends a write that arrives after', async () => {
      const { writer, commit } = scripted();
      const fail = hungThenDown(commit);
      const first = writer.write(plan);
      await tick();
      const queued = [writer.write(plan), writer.write(plan)];
      fail();
      expect(await storeUnavailable([first, ...queued])).toEqual([true, true, true]);
      expect(commit).toHaveBeenCalledTimes(1);
      // The failure is no verdict on what comes later: the next write goes to the store.
      commit.mockResolvedValueOnce({ status: 'committed' });
      expect(await writer.write(plan)).toEqual({ status: 'done', outcome: plan.event });
      expect(commit).toHaveBeenCalledTimes(2);
    });

    it('fails the writes queued on either wallet of a transfer, and none on a wallet it did not name', async () => {
      const { writer, commit } = scripted();
      const fail = hungThenDown(commit);
      const [a, b, c] = [planOn('a'), planOn('b'), planOn('c')];
      const transfer = writer.write({ changes: [...a.changes, ...b.changes], event: a.event });
      await tick();
      commit.mockResolvedValueOnce({ status: 'committed' });
      const queued = [writer.write(a), writer.write(b)];
      const elsewhere = writer.write(c);
      expect(await elsewhere).toEqual({ status: 'done', outcome: c.event });
      fail();
      expect(await storeUnavailable([transfer, ...queued])).toEqual([true, true, true]);
      expect(commit).toHaveBeenCalledTimes(2);
    });
  });
});
