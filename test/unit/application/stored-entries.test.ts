import { ENTRIES_PER_READ, MissingEntries, storedEntries, VersionWindow } from '../../../src/application/stored-entries';
import { Currency } from '../../../src/domain/currency';
import { LedgerEntry } from '../../../src/domain/ledger-entry';
import { EntryRange } from '../../../src/domain/wallet-repository.port';

/**
 * The walk itself, over a scripted store that can lose versions and cut reads short (as DynamoDB does at
 * 1 MB): the real stores' key-range reads under it are tested in the money history contract.
 */
function entryOf(version: number): LedgerEntry {
  return {
    id: `e${version}`,
    walletId: 'w',
    type: version === 0 ? 'WALLET_CREATED' : 'BALANCE_INCREASED',
    version,
    currency: Currency.GBP,
    amount: version === 0 ? 0n : 1n,
    balanceAfter: BigInt(version),
    availableAfter: BigInt(version),
    occurredAt: 't',
    actor: 'alice',
    metadata: [],
  };
}

/** A store holding `versions`, whose reads return at most `cut` entries, recording each range asked. */
function scripted(versions: readonly number[], cut = Infinity) {
  const ranges: EntryRange[] = [];
  const entries = async (walletId: string, range: EntryRange) => {
    ranges.push(range);
    const held = walletId === 'w' ? versions : [];
    const inRange = held.filter((version) => version >= range.fromVersion && version <= range.toVersion).map(entryOf);
    const ordered = range.order === 'oldestFirst' ? inRange : inRange.reverse();
    return ordered.slice(0, Math.min(range.limit, cut));
  };
  return { repository: { entries }, ranges };
}

async function walked(store: ReturnType<typeof scripted>, window: VersionWindow): Promise<number[]> {
  const versions: number[] = [];
  for await (const entry of storedEntries(store.repository, 'w', window)) versions.push(entry.version);
  return versions;
}

const span = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

it('reads ceil(size / ENTRIES_PER_READ) chunks, each asking only for what is left of the window', async () => {
  const store = scripted(span(0, 300));
  expect(await walked(store, { fromVersion: 10, toVersion: 260, order: 'oldestFirst' })).toEqual(span(10, 260));
  expect(store.ranges.map((range) => [range.fromVersion, range.toVersion, range.limit])).toEqual([
    [10, 260, ENTRIES_PER_READ],
    [110, 260, ENTRIES_PER_READ],
    [210, 260, 51],
  ]);
});

it('walks newest first from the top of the window', async () => {
  const store = scripted(span(0, 300));
  expect(await walked(store, { fromVersion: 50, toVersion: 160, order: 'newestFirst' })).toEqual(span(50, 160).reverse());
  expect(store.ranges.map((range) => [range.fromVersion, range.toVersion, range.limit])).toEqual([
    [50, 160, ENTRIES_PER_READ],
    [50, 60, 11],
  ]);
});

it('reads nothing for an empty window, and no further chunk once the reader stops', async () => {
  const store = scripted(span(0, 300));
  expect(await walked(store, { fromVersion: 5, toVersion: 4, order: 'oldestFirst' })).toEqual([]);
  expect(store.ranges).toHaveLength(0);
  for await (const entry of storedEntries(store.repository, 'w', { fromVersion: 0, toVersion: 300, order: 'oldestFirst' })) {
    if (entry.version === ENTRIES_PER_READ - 1) break;
  }
  expect(store.ranges).toHaveLength(1);
});

it('goes on after a read cut short, and reads each version once', async () => {
  const store = scripted(span(0, 300), 30);
  expect(await walked(store, { fromVersion: 0, toVersion: 99, order: 'oldestFirst' })).toEqual(span(0, 99));
  expect(store.ranges.map((range) => range.fromVersion)).toEqual([0, 30, 60, 90]);
  expect(await walked(scripted(span(0, 300), 7), { fromVersion: 0, toVersion: 20, order: 'newestFirst' })).toEqual(span(0, 20).reverse());
});

it('is MissingEntries, naming the version, when the store lacks one in the window or at its end', async () => {
  const gap = scripted([...span(0, 41), ...span(43, 60)]);
  await expect(walked(gap, { fromVersion: 0, toVersion: 60, order: 'oldestFirst' })).rejects.toThrow('ledger entry 42 is missing');
  await expect(walked(gap, { fromVersion: 0, toVersion: 60, order: 'newestFirst' })).rejects.toThrow('ledger entry 42 is missing');
  const tail = scripted(span(0, 60));
  await expect(walked(tail, { fromVersion: 50, toVersion: 61, order: 'oldestFirst' })).rejects.toThrow(MissingEntries);
  await expect(walked(tail, { fromVersion: 50, toVersion: 61, order: 'newestFirst' })).rejects.toThrow('ledger entry 61 is missing');
});
