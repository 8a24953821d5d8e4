import { Currency } from '../../src/domain/currency';
import { IdempotencyRecord } from '../../src/domain/idempotency';
import { increaseBalance, openWallet, Wallet, WalletChange } from '../../src/domain/wallet';
import { DynamoWalletRepository } from '../../src/infrastructure/dynamodb/dynamo-wallet.repository';
import { freshTable, TestTable } from '../support/dynamo';
import { expectLedgerConsistent } from '../support/ledger';

let table: TestTable;
let repository: DynamoWalletRepository;
let ids = 0;
const context = () => ({ entryId: `entry-${(ids += 1)}`, actor: 'alice', now: new Date().toISOString() });

beforeAll(async () => {
  table = await freshTable();
  repository = new DynamoWalletRepository(table.documents, table.tableName);
});
afterAll(() => table.drop());

async function created(currency = Currency.GBP): Promise<Wallet> {
  const change = openWallet(`wallet-${(ids += 1)}`, 'alice', currency, context());
  expect(await repository.commit([change])).toEqual({ status: 'committed' });
  return change.after;
}

function increased(wallet: Wallet, minor: bigint): WalletChange {
  const result = increaseBalance(wallet, { currency: wallet.currency, minor }, context());
  if (!result.ok) throw new Error(result.error.message);
  return result.change;
}

describe('DynamoWalletRepository against DynamoDB Local', () => {
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
    await expectLedgerConsistent(table, wallet.id);
  });

  it('rejects a change based on a stale version and returns the wallet as it is now (ALL_OLD), writing nothing', async () => {
    const wallet = await created();
    const first = increased(wallet, 100n);
    const second = increased(wallet, 999n);
    await repository.commit([first]);
    expect(await repository.commit([second])).toEqual({ status: 'rejected', stale: [{ walletId: wallet.id, current: first.after }] });
    expect(await repository.find(wallet.id)).toEqual(first.after);
    await expectLedgerConsistent(table, wallet.id);
  });

  it('rejects a change to a wallet that does not exist, without creating one', async () => {
    const ghost: Wallet = { id: 'ghost', ownerId: 'alice', currency: Currency.GBP, balance: 0n, version: 0, createdAt: 't', updatedAt: 't' };
    expect(await repository.commit([increased(ghost, 1n)])).toEqual({ status: 'rejected', stale: [{ walletId: 'ghost', current: undefined }] });
    expect(await repository.find('ghost')).toBeUndefined();
    expect(await repository.history('ghost', { first: 10 })).toEqual([]);
  });

  it('commits two wallets atomically: one stale wallet cancels both', async () => {
    const a = await created();
    const b = await created();
    const moved = increased(b, 5n);
    await repository.commit([moved]);
    const outcome = await repository.commit([increased(a, 1n), increased(b, 1n)]);
    expect(outcome).toEqual({ status: 'rejected', stale: [{ walletId: b.id, current: moved.after }] });
    expect(await repository.find(a.id)).toEqual(a);
  });

  it('stores an idempotency record with its effect, and reports the record when the key is taken', async () => {
    const wallet = await created();
    const change = increased(wallet, 7n);
    const record: IdempotencyRecord = {
      owner: 'alice', key: `key-${ids}`, fingerprint: 'f', storedAt: Math.floor(Date.now() / 1000), expiresAt: Math.floor(Date.now() / 1000) + 60,
      event: { type: 'BALANCE_INCREASED', wallet: change.after, amount: { currency: Currency.GBP, minor: 7n } },
    };
    expect(await repository.commit([change], record)).toEqual({ status: 'committed' });
    expect(await repository.findIdempotencyRecord('alice', record.key)).toEqual(record);
    const again = await repository.commit([increased(change.after, 7n)], { ...record, fingerprint: 'other' });
    expect(again).toEqual({ status: 'rejected', stale: [], takenBy: record });
    expect((await repository.find(wallet.id))?.version).toBe(1);
  });

  it('lets an expired key be claimed again (TTL deletion lags, so the write checks expiry itself)', async () => {
    const wallet = await created();
    const key = `expired-${ids}`;
    const expired: IdempotencyRecord = { owner: 'alice', key, fingerprint: 'old', storedAt: 0, expiresAt: 1, event: { type: 'WALLET_CREATED', wallet } };
    await repository.commit([increased(wallet, 1n)], expired);
    const current = await repository.find(wallet.id);
    const fresh = { ...expired, fingerprint: 'new', storedAt: Math.floor(Date.now() / 1000), expiresAt: Math.floor(Date.now() / 1000) + 60 };
    const early = { ...fresh, storedAt: 0 };
    expect(await repository.commit([increased(current!, 1n)], early)).toMatchObject({ status: 'rejected', takenBy: expired });
    expect(await repository.commit([increased(current!, 1n)], fresh)).toEqual({ status: 'committed' });
    expect((await repository.findIdempotencyRecord('alice', key))?.fingerprint).toBe('new');
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
    expect(older.map((entry) => [entry.version, entry.type])).toEqual([[2, 'BALANCE_INCREASED'], [1, 'BALANCE_INCREASED'], [0, 'WALLET_CREATED']]);
    expect(await repository.history(wallet.id, { first: 3, beforeVersion: 0 })).toEqual([]);
    await expectLedgerConsistent(table, wallet.id);
  });

  it('lets exactly one of many concurrent commits from the same version win', async () => {
    const wallet = await created();
    const outcomes = await Promise.all(Array.from({ length: 10 }, (_, i) => repository.commit([increased(wallet, BigInt(i + 1))])));
    expect(outcomes.filter((outcome) => outcome.status === 'committed')).toHaveLength(1);
    const winner = await repository.find(wallet.id);
    expect(winner?.version).toBe(1);
    // Every loser was turned away by the version condition (and saw the winner's state) or by a TransactionConflict.
    for (const outcome of outcomes.filter((o) => o.status !== 'committed')) {
      if (outcome.status === 'rejected') expect(outcome.stale).toEqual([{ walletId: wallet.id, current: winner }]);
      else expect(outcome).toEqual({ status: 'contended' });
    }
    await expectLedgerConsistent(table, wallet.id);
  });
});
