import { Currency } from '../../src/domain/currency';
import { IdempotencyRecord } from '../../src/domain/idempotency';
import { decreaseBalance, increaseBalance, openWallet, Wallet, WalletChange } from '../../src/domain/wallet';
import { WalletRepository } from '../../src/domain/wallet-repository.port';
import { expectLedgerConsistent } from '../support/ledger';
import { TestStore } from '../support/stores';

/**
 * What every WalletRepository must do, whatever the database: the optimistic lock, atomic commits,
 * append-only ledgers, idempotency keys (per caller, with expiry), and the two listings. Each adapter's
 * test file runs this against a real, fresh store of its kind (never a mock).
 */
export function walletRepositoryContract(openStore: () => Promise<TestStore>): void {
  let store: TestStore;
  let repository: WalletRepository;
  let ids = 0;
  const next = (prefix: string) => {
    ids += 1;
    return `${prefix}-${ids}`;
  };
  const context = (now = new Date().toISOString()) => ({ entryId: next('entry'), actor: 'alice', now });

  beforeAll(async () => {
    store = await openStore();
    repository = store.repository();
  });
  afterAll(() => store.drop());

  async function created(currency = Currency.GBP, owner = 'alice', now?: string, id = next('wallet')): Promise<Wallet> {
    const change = openWallet(id, owner, currency, context(now));
    expect(await repository.commit([change])).toEqual({ status: 'committed' });
    return change.after;
  }

  function increased(wallet: Wallet, minor: bigint): WalletChange {
    const result = increaseBalance(wallet, { currency: wallet.currency, minor }, context());
    if (!result.ok) throw new Error(result.error.message);
    return result.change;
  }

  const recordFor = (
    change: WalletChange,
    owner: string,
    key: string,
    fingerprint = 'f',
    storedAt = Math.floor(Date.now() / 1000),
  ): IdempotencyRecord => ({
    owner,
    key,
    fingerprint,
    storedAt,
    expiresAt: storedAt + 60,
    event: {
      type: 'BALANCE_INCREASED',
      wallet: change.after,
      amount: { currency: change.after.currency, minor: change.entries[0].amount },
    },
  });

  it('stores a new wallet and reads it back, strongly consistent', async () => {
    const wallet = await created(Currency.JPY);
    expect(await repository.find(wallet.id)).toEqual(wallet);
    expect(await repository.find('missing')).toBeUndefined();
  });

  it('commits a change guarded by its version, with its ledger entry', async () => {
    const wallet = await created();
    const change = increased(wallet, 12345n);
    expect(await repository.commit([change])).toEqual({ status: 'committed' });
    expect(await repository.find(wallet.id)).toEqual(change.after);
    expect(await repository.history(wallet.id, { first: 1 })).toEqual(change.entries);
    await expectLedgerConsistent(store, wallet.id);
  });

  it('keeps money exact far above 2^53 minor units: balance, entries and stored events', async () => {
    const wallet = await created();
    const big = 2n ** 53n + 1n;
    const first = increased(wallet, big);
    const record = recordFor(first, 'alice', next('big-key'));
    expect(await repository.commit([first], record)).toEqual({ status: 'committed' });
    const second = increased(first.after, 2n ** 62n + 7n);
    expect(await repository.commit([second])).toEqual({ status: 'committed' });
    const third = decreaseBalance(second.after, { currency: Currency.GBP, minor: 3n }, context());
    if (!third.ok) throw new Error('expected a decrease');
    expect(await repository.commit([third.change])).toEqual({ status: 'committed' });
    expect((await repository.find(wallet.id))?.balance).toBe(2n ** 53n + 1n + 2n ** 62n + 7n - 3n);
    expect((await repository.history(wallet.id, { first: 3 })).map((entry) => [entry.amount, entry.balanceAfter])).toEqual([
      [3n, 2n ** 53n + 2n ** 62n + 5n],
      [2n ** 62n + 7n, 2n ** 53n + 2n ** 62n + 8n],
      [big, big],
    ]);
    expect(await repository.findIdempotencyRecord('alice', record.key)).toEqual(record);
    await expectLedgerConsistent(store, wallet.id);
  });

  it('rejects a change based on a stale version and returns the wallet as it is now, writing nothing', async () => {
    const wallet = await created();
    const first = increased(wallet, 100n);
    const second = increased(wallet, 999n);
    await repository.commit([first]);
    expect(await repository.commit([second])).toEqual({ status: 'rejected', stale: [{ walletId: wallet.id, current: first.after }] });
    expect(await repository.find(wallet.id)).toEqual(first.after);
    await expectLedgerConsistent(store, wallet.id);
  });

  it('never changes a ledger entry: a stale change leaves the entry of its version as the winner wrote it', async () => {
    const wallet = await created();
    const winner = increased(wallet, 100n);
    await repository.commit([winner]);
    await repository.commit([increased(wallet, 999n)]);
    expect((await store.readLedger(wallet.id)).entries[1]).toEqual(winner.entries[0]);
  });

  it('rejects a change to a wallet that does not exist, without creating one', async () => {
    const ghost: Wallet = {
      id: next('ghost'),
      ownerId: 'alice',
      currency: Currency.GBP,
      balance: 0n,
      pendingHolds: [],
      version: 0,
      inTotal: 0n,
      outTotal: 0n,
      createdAt: 't',
      updatedAt: 't',
    };
    expect(await repository.commit([increased(ghost, 1n)])).toEqual({
      status: 'rejected',
      stale: [{ walletId: ghost.id, current: undefined }],
    });
    expect(await repository.find(ghost.id)).toBeUndefined();
    expect(await repository.history(ghost.id, { first: 10 })).toEqual([]);
  });

  it('never overwrites a wallet when opening one with a taken id', async () => {
    const wallet = await created();
    const moved = increased(wallet, 5n);
    await repository.commit([moved]);
    const again = openWallet(wallet.id, 'mallory', Currency.EUR, context());
    expect(await repository.commit([again])).toEqual({ status: 'rejected', stale: [{ walletId: wallet.id, current: moved.after }] });
    expect(await repository.find(wallet.id)).toEqual(moved.after);
    await expectLedgerConsistent(store, wallet.id);
  });

  it('commits two wallets atomically: one stale wallet cancels both', async () => {
    const a = await created();
    const b = await created();
    const moved = increased(b, 5n);
    await repository.commit([moved]);
    const outcome = await repository.commit([increased(a, 1n), increased(b, 1n)]);
    expect(outcome).toEqual({ status: 'rejected', stale: [{ walletId: b.id, current: moved.after }] });
    expect(await repository.find(a.id)).toEqual(a);
    expect(await repository.history(a.id, { first: 10 })).toHaveLength(1);
    const both = await repository.commit([increased(a, 1n), increased(moved.after, 1n)]);
    expect(both).toEqual({ status: 'committed' });
    await expectLedgerConsistent(store, a.id);
    await expectLedgerConsistent(store, b.id);
  });

  it('stores an idempotency record with its effect, and reports the record when the key is taken', async () => {
    const wallet = await created();
    const change = increased(wallet, 7n);
    const record = recordFor(change, 'alice', next('key'));
    expect(await repository.commit([change], record)).toEqual({ status: 'committed' });
    expect(await repository.findIdempotencyRecord('alice', record.key)).toEqual(record);
    const again = await repository.commit([increased(change.after, 7n)], { ...record, fingerprint: 'other' });
    expect(again).toEqual({ status: 'rejected', stale: [], takenBy: record });
    expect((await repository.find(wallet.id))?.version).toBe(1);
    expect(await repository.findIdempotencyRecord('alice', 'never-used')).toBeUndefined();
  });

  it("lets an expired key be claimed again, judged at the new record's storedAt (TTL deletion may lag)", async () => {
    const wallet = await created();
    const key = next('expired');
    const expired: IdempotencyRecord = {
      owner: 'alice',
      key,
      fingerprint: 'old',
      storedAt: 0,
      expiresAt: 1,
      event: { type: 'WALLET_CREATED', wallet },
    };
    await repository.commit([increased(wallet, 1n)], expired);
    const current = await repository.find(wallet.id);
    const fresh = {
      ...expired,
      fingerprint: 'new',
      storedAt: Math.floor(Date.now() / 1000),
      expiresAt: Math.floor(Date.now() / 1000) + 60,
    };
    const early = { ...fresh, storedAt: 0 };
    expect(await repository.commit([increased(current!, 1n)], early)).toEqual({ status: 'rejected', stale: [], takenBy: expired });
    expect(await repository.commit([increased(current!, 1n)], fresh)).toEqual({ status: 'committed' });
    expect(await repository.findIdempotencyRecord('alice', key)).toEqual(fresh);
  });

  it('scopes keys per owner: the same key from two owners is two keys, and no owner/key pair spells another', async () => {
    const key = next('shared');
    const claims: Array<[string, string]> = [
      ['alice', key],
      ['bob', key],
      ['ab', `c${key}`],
      ['a', `bc${key}`],
    ];
    for (const [owner, ownKey] of claims) {
      const change = increased(await created(Currency.GBP, owner), 1n);
      expect(await repository.commit([change], recordFor(change, owner, ownKey, `by ${owner}`))).toEqual({ status: 'committed' });
    }
    for (const [owner, ownKey] of claims) expect((await repository.findIdempotencyRecord(owner, ownKey))?.fingerprint).toBe(`by ${owner}`);
  });

  it('pages the history newest first below a version', async () => {
    let wallet = await created();
    for (let i = 1; i <= 5; i++) {
      const change = increased(wallet, BigInt(i));
      await repository.commit([change]);
      wallet = change.after;
    }
    const newest = await repository.history(wallet.id, { first: 3 });
    expect(newest.map((entry) => entry.version)).toEqual([5, 4, 3]);
    const older = await repository.history(wallet.id, { first: 3, beforeVersion: 3 });
    expect(older.map((entry) => [entry.version, entry.type])).toEqual([
      [2, 'BALANCE_INCREASED'],
      [1, 'BALANCE_INCREASED'],
      [0, 'WALLET_CREATED'],
    ]);
    expect(await repository.history(wallet.id, { first: 3, beforeVersion: 0 })).toEqual([]);
    expect(await repository.history(wallet.id, { first: 0 })).toEqual([]);
    await expectLedgerConsistent(store, wallet.id);
  });

  it("lists one owner's wallets newest first by creation time then id, `after` exclusive", async () => {
    const owner = next('owner');
    const early = await created(Currency.GBP, owner, '2026-01-01T00:00:00.000Z', next('w'));
    const [tieA, tieB] = [
      await created(Currency.GBP, owner, '2026-01-02T00:00:00.000Z', 'tie-a'),
      await created(Currency.EUR, owner, '2026-01-02T00:00:00.000Z', 'tie-b'),
    ];
    const late = await created(Currency.JPY, owner, '2026-01-03T00:00:00.000Z', next('w'));
    await created(Currency.GBP, next('someone-else'), '2026-01-02T00:00:00.000Z');
    const moved = increased(tieA, 9n);
    await repository.commit([moved]);
    expect(await repository.walletsOf(owner, { first: 10 })).toEqual([late, tieB, moved.after, early]);
    expect(await repository.walletsOf(owner, { first: 2 })).toEqual([late, tieB]);
    expect(await repository.walletsOf(owner, { first: 2, after: tieB })).toEqual([moved.after, early]);
    expect(await repository.walletsOf(owner, { first: 2, after: early })).toEqual([]);
    expect(await repository.walletsOf(owner, { first: 0 })).toEqual([]);
    expect(await repository.walletsOf(next('nobody'), { first: 5 })).toEqual([]);
  });

  it('lets exactly one of many concurrent commits from the same version win', async () => {
    const wallet = await created();
    // Two repository instances on one store, as two processes would be.
    const others = [repository, store.repository()];
    const outcomes = await Promise.all(Array.from({ length: 10 }, (_, i) => others[i % 2].commit([increased(wallet, BigInt(i + 1))])));
    expect(outcomes.filter((outcome) => outcome.status === 'committed')).toHaveLength(1);
    const winner = await repository.find(wallet.id);
    expect(winner?.version).toBe(1);
    // Every loser was turned away by the version guard (and saw the winner's state) or found the store contended.
    for (const outcome of outcomes.filter((o) => o.status !== 'committed')) {
      if (outcome.status === 'rejected') expect(outcome.stale).toEqual([{ walletId: wallet.id, current: winner }]);
      else expect(outcome).toEqual({ status: 'contended' });
    }
    await expectLedgerConsistent(store, wallet.id);
  });
}
