import { MissingEntries, storedEntries, VersionWindow } from '../../src/application/stored-entries';
import { Currency } from '../../src/domain/currency';
import { METADATA_LIMITS } from '../../src/domain/metadata';
import { TransferRecord } from '../../src/domain/transfer-record';
import { decreaseBalance, increaseBalance, openWallet, Wallet, WalletChange } from '../../src/domain/wallet';
import { WalletRepository } from '../../src/domain/wallet-repository.port';
import { TestStore } from '../support/stores';

/**
 * What every WalletRepository must do for the money history: entries keep their metadata, running
 * totals and reversal link; version ranges either way; the last entry before an instant (strictly);
 * transfer records written with their transfer and moved on only from the reversed sum planned from;
 * the chunked walk of storedEntries over a long window.
 */
export function moneyHistoryContract(openStore: () => Promise<TestStore>): void {
  let store: TestStore;
  let repository: WalletRepository;
  let ids = 0;
  const next = (prefix: string) => `${prefix}-${++ids}-${Date.now()}`;
  const at = (second: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, second)).toISOString();
  const context = (now: string, extra = {}) => ({ entryId: next('entry'), actor: 'alice', now, ...extra });

  beforeAll(async () => {
    store = await openStore();
    repository = store.repository();
  });
  afterAll(() => store.drop());

  async function committed(change: WalletChange): Promise<Wallet> {
    expect(await repository.commit([change])).toEqual({ status: 'committed' });
    return change.after;
  }
  function up(wallet: Wallet, minor: bigint, now: string, extra = {}): WalletChange {
    const result = increaseBalance(wallet, { currency: wallet.currency, minor }, context(now, extra));
    if (!result.ok) throw new Error(result.error.message);
    return result.change;
  }
  function down(wallet: Wallet, minor: bigint, now: string, extra = {}): WalletChange {
    const result = decreaseBalance(wallet, { currency: wallet.currency, minor }, context(now, extra));
    if (!result.ok) throw new Error(result.error.message);
    return result.change;
  }

  /** A wallet with entries at seconds 10 (opened), 20 (+500), 20 (-200, same instant), 30 (+50). */
  async function walletWithHistory(): Promise<Wallet> {
    let wallet = await committed(openWallet(next('wallet'), 'alice', Currency.GBP, context(at(10))));
    wallet = await committed(up(wallet, 500n, at(20), { metadata: [{ key: 'order', value: '8812' }] }));
    wallet = await committed(down(wallet, 200n, at(20)));
    return committed(up(wallet, 50n, at(30), { reversalOf: 'tx-1' }));
  }

  it('keeps metadata, running totals and the reversal link on entries', async () => {
    const wallet = await walletWithHistory();
    const entries = await repository.entries(wallet.id, { fromVersion: 0, toVersion: 3, order: 'oldestFirst', limit: 10 });
    expect(entries.map((entry) => [entry.version, entry.balanceAfter, entry.inTotalAfter, entry.outTotalAfter])).toEqual([
      [0, 0n, 0n, 0n],
      [1, 500n, 500n, 0n],
      [2, 300n, 500n, 200n],
      [3, 350n, 550n, 200n],
    ]);
    expect(entries[1].metadata).toEqual([{ key: 'order', value: '8812' }]);
    expect(entries[0].metadata).toEqual([]);
    expect(entries[3].reversalOf).toBe('tx-1');
    expect(await repository.find(wallet.id)).toMatchObject({ inTotal: 550n, outTotal: 200n, balance: 350n });
  });

  it('reads a version range either way, bounded by its limit, and one entry by version', async () => {
    const wallet = await walletWithHistory();
    const newest = await repository.entries(wallet.id, { fromVersion: 1, toVersion: 3, order: 'newestFirst', limit: 2 });
    expect(newest.map((entry) => entry.version)).toEqual([3, 2]);
    const oldest = await repository.entries(wallet.id, { fromVersion: 1, toVersion: 3, order: 'oldestFirst', limit: 2 });
    expect(oldest.map((entry) => entry.version)).toEqual([1, 2]);
    expect(await repository.entries(wallet.id, { fromVersion: 4, toVersion: 9, order: 'oldestFirst', limit: 5 })).toEqual([]);
    expect((await repository.entryAt(wallet.id, 2))?.balanceAfter).toBe(300n);
    expect(await repository.entryAt(wallet.id, 9)).toBeUndefined();
  });

  it('serves storedEntries: a window of 150 versions either way, across the sort order of 99 and 100', async () => {
    let wallet = await committed(openWallet(next('wallet'), 'alice', Currency.GBP, context(at(1))));
    for (let version = 1; version < 150; version += 1) wallet = await committed(up(wallet, 1n, at(2)));
    const span = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
    // What the store answers a chunk with: full to its limit, in order either way. The chunks the walk asks for
    // (their ranges and limits, none after the reader stops) are the walk's own, pinned in stored-entries.test.
    const chunk = async (order: VersionWindow['order']) =>
      (await repository.entries(wallet.id, { fromVersion: 0, toVersion: 149, order, limit: 100 })).map((entry) => entry.version);
    expect(await chunk('oldestFirst')).toEqual(span(0, 99));
    expect(await chunk('newestFirst')).toEqual(span(50, 149).reverse());
    const walked = async (window: VersionWindow, stopAfter = Infinity) => {
      const versions: number[] = [];
      for await (const entry of storedEntries(repository, wallet.id, window)) {
        versions.push(entry.version);
        if (versions.length >= stopAfter) break;
      }
      return versions;
    };
    expect(await walked({ fromVersion: 0, toVersion: 149, order: 'oldestFirst' })).toEqual(span(0, 149));
    expect(await walked({ fromVersion: 3, toVersion: 149, order: 'newestFirst' })).toEqual(span(3, 149).reverse());
    expect(await walked({ fromVersion: 95, toVersion: 140, order: 'oldestFirst' }, 10)).toEqual(span(95, 104));
    await expect(walked({ fromVersion: 140, toVersion: 150, order: 'oldestFirst' })).rejects.toThrow(MissingEntries);
  });

  it('serves storedEntries over entries of the largest metadata, past a read DynamoDB cuts short at 1 MB', async () => {
    // 16 keys and values at their length limits in a 3-byte character: about 14 KB an entry, 100 of them over 1 MB.
    const metadata = Array.from({ length: METADATA_LIMITS.keys }, (_, i) => ({
      key: `${String(i).padStart(2, '0')}${'€'.repeat(METADATA_LIMITS.keyLength - 2)}`,
      value: '€'.repeat(METADATA_LIMITS.valueLength),
    }));
    let wallet = await committed(openWallet(next('wallet'), 'alice', Currency.GBP, context(at(1))));
    for (let version = 1; version <= 100; version += 1) wallet = await committed(up(wallet, 1n, at(2), { metadata }));
    const versions: number[] = [];
    for await (const entry of storedEntries(repository, wallet.id, { fromVersion: 1, toVersion: 100, order: 'oldestFirst' })) {
      expect(entry.metadata).toEqual(metadata);
      versions.push(entry.version);
    }
    expect(versions).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    // One page of history and one window of entries, each asked for in one call: all there, not 1 MB's worth.
    const page = await repository.history(wallet.id, { first: 101 });
    expect(page.map((entry) => entry.version)).toEqual(Array.from({ length: 101 }, (_, i) => 100 - i));
    const window = await repository.entries(wallet.id, { fromVersion: 1, toVersion: 100, limit: 100, order: 'oldestFirst' });
    expect(window).toHaveLength(100);
  });

  it('finds the last entry strictly before an instant; nothing before the wallet opened', async () => {
    const wallet = await walletWithHistory();
    const before = async (second: number) => (await repository.lastEntryBefore(wallet.id, at(second)))?.version;
    expect(await before(10)).toBeUndefined();
    expect(await before(11)).toBe(0);
    expect(await before(20)).toBe(0);
    expect(await before(21)).toBe(2);
    expect(await before(30)).toBe(2);
    expect(await before(59)).toBe(3);
  });

  it('writes a transfer record with its transfer, and moves it on only from the reversed sum planned from', async () => {
    const payer = await committed(up(await committed(openWallet(next('payer'), 'alice', Currency.GBP, context(at(1)))), 1000n, at(2)));
    const payee = await committed(openWallet(next('payee'), 'bob', Currency.GBP, context(at(1))));
    const record: TransferRecord = {
      transferId: next('transfer'),
      payerWalletId: payer.id,
      payeeWalletId: payee.id,
      currency: Currency.GBP,
      amount: 600n,
      reversed: 0n,
      occurredAt: at(3),
    };
    const out = down(payer, 600n, at(3), { transferId: record.transferId });
    const into = up(payee, 600n, at(3), { transferId: record.transferId });
    expect(await repository.commit([out, into], undefined, { record })).toEqual({ status: 'committed' });
    expect(await repository.findTransfer(record.transferId)).toEqual(record);
    expect(await repository.findTransfer('no-such-transfer')).toBeUndefined();

    const back = (from: Wallet, to: Wallet, minor: bigint) => [down(from, minor, at(4)), up(to, minor, at(4))];
    const first = back(into.after, out.after, 100n);
    const moved = { record: { ...record, reversed: 100n }, expectedReversed: 0n };
    expect(await repository.commit(first, undefined, moved)).toEqual({ status: 'committed' });
    // A reversal planned from the old sum (0) loses, and changes nothing, even with its wallets current.
    const late = back(first[0].after, first[1].after, 500n);
    const outcome = await repository.commit(late, undefined, { record: { ...record, reversed: 500n }, expectedReversed: 0n });
    expect(outcome).toEqual({ status: 'rejected', stale: [], transferNow: { ...record, reversed: 100n } });
    expect(await repository.find(payee.id)).toEqual(first[0].after);
    expect(await repository.findTransfer(record.transferId)).toEqual({ ...record, reversed: 100n });
  });
}
