import { ENTRIES_PER_READ, MissingEntries, storedEntries, VersionWindow } from '../../../src/application/stored-entries';
import { ScriptedLedger } from '../../support/scripted-ledger';

/**
 * The walk itself, over a scripted store that can lose versions and cut reads short (as DynamoDB does at
 * 1 MB): the real stores' key-range reads under it are tested in the money history contract.
 */
async function walked(ledger: ScriptedLedger, window: VersionWindow): Promise<number[]> {
  const versions: number[] = [];
  for await (const entry of storedEntries(ledger.repository(), 'w', window)) versions.push(entry.version);
  return versions;
}

const span = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

it('reads ceil(size / ENTRIES_PER_READ) chunks, each asking only for what is left of the window', async () => {
  const store = ScriptedLedger.upTo(300);
  expect(await walked(store, { fromVersion: 10, toVersion: 260, order: 'oldestFirst' })).toEqual(span(10, 260));
  expect(store.reads.map((range) => [range.fromVersion, range.toVersion, range.limit])).toEqual([
    [10, 260, ENTRIES_PER_READ],
    [110, 260, ENTRIES_PER_READ],
    [210, 260, 51],
  ]);
});

it('walks newest first from the top of the window', async () => {
  const store = ScriptedLedger.upTo(300);
  expect(await walked(store, { fromVersion: 50, toVersion: 160, order: 'newestFirst' })).toEqual(span(50, 160).reverse());
  expect(store.reads.map((range) => [range.fromVersion, range.toVersion, range.limit])).toEqual([
    [50, 160, ENTRIES_PER_READ],
    [50, 60, 11],
  ]);
});

it('reads nothing for an empty window, and no further chunk once the reader stops', async () => {
  const store = ScriptedLedger.upTo(300);
  expect(await walked(store, { fromVersion: 5, toVersion: 4, order: 'oldestFirst' })).toEqual([]);
  expect(store.reads).toHaveLength(0);
  for await (const entry of storedEntries(store.repository(), 'w', { fromVersion: 0, toVersion: 300, order: 'oldestFirst' })) {
    if (entry.version === ENTRIES_PER_READ - 1) break;
  }
  expect(store.reads).toHaveLength(1);
});

it('goes on after a read cut short, and reads each version once', async () => {
  const store = ScriptedLedger.upTo(300, { readsCutAt: 30 });
  expect(await walked(store, { fromVersion: 0, toVersion: 99, order: 'oldestFirst' })).toEqual(span(0, 99));
  expect(store.reads.map((range) => range.fromVersion)).toEqual([0, 30, 60, 90]);
  expect(await walked(ScriptedLedger.upTo(300, { readsCutAt: 7 }), { fromVersion: 0, toVersion: 20, order: 'newestFirst' })).toEqual(
    span(0, 20).reverse(),
  );
});

it('is MissingEntries, naming the version, when the store lacks one in the window or at its end', async () => {
  const gap = ScriptedLedger.upTo(60).lose(42);
  await expect(walked(gap, { fromVersion: 0, toVersion: 60, order: 'oldestFirst' })).rejects.toThrow('ledger entry 42 is missing');
  await expect(walked(gap, { fromVersion: 0, toVersion: 60, order: 'newestFirst' })).rejects.toThrow('ledger entry 42 is missing');
  const tail = ScriptedLedger.upTo(60);
  await expect(walked(tail, { fromVersion: 50, toVersion: 61, order: 'oldestFirst' })).rejects.toThrow(MissingEntries);
  await expect(walked(tail, { fromVersion: 50, toVersion: 61, order: 'newestFirst' })).rejects.toThrow('ledger entry 61 is missing');
});
