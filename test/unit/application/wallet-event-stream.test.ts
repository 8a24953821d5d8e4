import { KnownWallets } from '../../../src/application/known-wallets';
import { LocalWalletFeed } from '../../../src/application/local-wallet-feed';
import { TurnsByKey } from '../../../src/application/turns-by-key';
import { openWalletEvents, WalletEventStream } from '../../../src/application/wallet-event-stream';
import { WalletStates } from '../../../src/application/wallet-states';
import { Caller } from '../../../src/domain/caller';
import { ScriptedLedger } from '../../support/scripted-ledger';

/**
 * The gap-free join of store replay and live feed, with a scripted ledger and an in-process feed whose
 * deliveries the test controls (dropped, duplicated, reordered, late): the subscriber must see every
 * version after its start exactly once, in order. The stores' history queries are tested on the real stores.
 */
const ALICE: Caller = { id: 'alice', admin: false };
const BOB: Caller = { id: 'bob', admin: false };

async function open(ledger: ScriptedLedger, feed: LocalWalletFeed, afterVersion?: number, caller = ALICE) {
  const repository = ledger.repository();
  const stream = await openWalletEvents(
    { repository, feed, states: new WalletStates(repository, new KnownWallets()), replayReads: new TurnsByKey() },
    caller,
    'w',
    afterVersion,
  );
  if ('code' in stream) throw new Error(stream.code);
  return stream;
}

async function take(stream: WalletEventStream, count: number): Promise<number[]> {
  const versions: number[] = [];
  while (versions.length < count) {
    const next = await stream.next();
    if (next.done) break;
    versions.push(next.value.version);
  }
  return versions;
}

it('replays the store after afterVersion, then goes live, skipping what both carry', async () => {
  const ledger = new ScriptedLedger();
  for (let i = 0; i < 4; i += 1) ledger.commit();
  const feed = new LocalWalletFeed();
  const stream = await open(ledger, feed, 1);
  // Committed after the join: in the store (read next) and in the buffer alike.
  feed.publish(ledger.commit());
  const replayed = await take(stream, 3);
  feed.publish(ledger.commit());
  expect([...replayed, ...(await take(stream, 1))]).toEqual([2, 3, 4, 5]);
});

it('fills a hole in the feed from the store, and ignores late and repeated deliveries', async () => {
  const ledger = new ScriptedLedger();
  ledger.commit();
  const feed = new LocalWalletFeed();
  const stream = await open(ledger, feed);
  const one = ledger.commit();
  const two = ledger.commit();
  const three = ledger.commit();
  feed.publish(three);
  feed.publish(one);
  feed.publish(three);
  feed.publish(two);
  const four = ledger.commit();
  feed.publish(four);
  expect(await take(stream, 4)).toEqual([1, 2, 3, 4]);
});

it('survives a buffer overflow: only the newest entry is kept and the store supplies the rest', async () => {
  const ledger = new ScriptedLedger();
  ledger.commit();
  const feed = new LocalWalletFeed();
  const stream = await open(ledger, feed);
  for (let i = 0; i < 1_500; i += 1) feed.publish(ledger.commit());
  const versions = await take(stream, 1_500);
  expect(versions).toEqual(Array.from({ length: 1_500 }, (_, i) => i + 1));
});

it("answers another owner's wallet as an unknown id, and leaves the feed", async () => {
  const ledger = new ScriptedLedger();
  ledger.commit();
  const feed = new LocalWalletFeed();
  const repository = ledger.repository();
  const deps = { repository, feed, states: new WalletStates(repository, new KnownWallets()), replayReads: new TurnsByKey() };
  expect(await openWalletEvents(deps, BOB, 'w')).toMatchObject({ code: 'WALLET_NOT_FOUND', message: 'Wallet w does not exist.' });
  expect(await openWalletEvents(deps, BOB, 'nope')).toMatchObject({ code: 'WALLET_NOT_FOUND', message: 'Wallet nope does not exist.' });
  expect(feed.size).toBe(0);
});

it('leaves the feed when the subscriber returns, even while it waits for the next entry', async () => {
  const ledger = new ScriptedLedger();
  ledger.commit();
  const feed = new LocalWalletFeed();
  const stream = await open(ledger, feed);
  expect(feed.size).toBe(1);
  const pending = stream.next();
  await stream.return?.();
  expect(await pending).toMatchObject({ done: true });
  expect(feed.size).toBe(0);
});

it('ends with an error, and leaves the feed, when the store lacks a version the feed proved committed', async () => {
  const ledger = new ScriptedLedger();
  ledger.commit();
  const feed = new LocalWalletFeed();
  const stream = await open(ledger, feed);
  feed.publish({ ...ledger.entries[0], version: 5 });
  await expect(stream.next()).rejects.toThrow('ledger entry 1 is missing');
  expect(feed.size).toBe(0);
});

it('replays up to the version read after the join, one store read per 100 entries, none when starting at it', async () => {
  const ledger = new ScriptedLedger();
  for (let i = 0; i < 251; i += 1) ledger.commit();
  const feed = new LocalWalletFeed();
  const current = await open(ledger, feed);
  feed.publish(ledger.commit());
  expect(await take(current, 1)).toEqual([251]);
  expect(ledger.reads).toHaveLength(0);
  const resumed = await open(ledger, feed, 0);
  expect(await take(resumed, 251)).toEqual(Array.from({ length: 251 }, (_, i) => i + 1));
  expect(ledger.reads).toHaveLength(3);
});

it('ends with an error when the store lacks a version below the one read after the join', async () => {
  const ledger = new ScriptedLedger();
  for (let i = 0; i < 6; i += 1) ledger.commit();
  ledger.lose(4);
  const stream = await open(ledger, new LocalWalletFeed(), 1);
  expect(await take(stream, 2)).toEqual([2, 3]);
  await expect(stream.next()).rejects.toThrow('ledger entry 4 is missing');
});

/**
 * A hostile probe opened 200 replays of a fat history at once (10 sockets of 20 subscriptions, one caller, within every
 * limit): 200 store reads at a time, and other callers' writes timed out. A caller's replays now read in turns.
 */
it("reads one caller's replays one store request at a time; another caller's read beside them; every replay whole", async () => {
  const ledger = new ScriptedLedger();
  for (let i = 0; i < 251; i += 1) ledger.commit();
  const stored = ledger.repository();
  const inFlight = new Map<string, number>();
  const most = new Map<string, number>();
  /** The store as one caller's replays read it: its reads in flight counted under its id. */
  const readBy = (who: string) => ({
    ...stored,
    entries: async (...args: Parameters<typeof stored.entries>) => {
      inFlight.set(who, (inFlight.get(who) ?? 0) + 1);
      most.set(who, Math.max(most.get(who) ?? 0, inFlight.get(who) ?? 0));
      await new Promise((done) => setTimeout(done, 2));
      inFlight.set(who, (inFlight.get(who) ?? 0) - 1);
      return stored.entries(...args);
    },
  });
  const feed = new LocalWalletFeed();
  const replayReads = new TurnsByKey();
  const states = new WalletStates(stored, new KnownWallets());
  const OPERATOR: Caller = { id: 'ops', admin: true };
  const replay = async (caller: Caller) => {
    const stream = await openWalletEvents({ repository: readBy(caller.id), feed, states, replayReads }, caller, 'w', 0);
    if ('code' in stream) throw new Error(stream.code);
    return take(stream, 250);
  };
  let mostAtOnce = 0;
  const watch = setInterval(() => {
    mostAtOnce = Math.max(
      mostAtOnce,
      [...inFlight.values()].reduce((sum, n) => sum + n, 0),
    );
  }, 1);
  const all = await Promise.all([...Array.from({ length: 10 }, () => replay(ALICE)), replay(OPERATOR), replay(OPERATOR)]);
  clearInterval(watch);
  for (const versions of all) expect(versions).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));
  expect(Object.fromEntries(most)).toEqual({ alice: 1, ops: 1 });
  // Alice's and the operator's reads ran beside each other: turns are per caller, not one queue for all.
  expect(mostAtOnce).toBe(2);
  expect(replayReads.size).toBe(0);
});

it('sends no store read for a subscription that ended while its read waited for its turn', async () => {
  const ledger = new ScriptedLedger();
  for (let i = 0; i < 251; i += 1) ledger.commit();
  const stored = ledger.repository();
  const reads = new Map<string, number>();
  const readBy = (who: string) => ({
    ...stored,
    entries: async (...args: Parameters<typeof stored.entries>) => {
      reads.set(who, (reads.get(who) ?? 0) + 1);
      await new Promise((done) => setTimeout(done, 5));
      return stored.entries(...args);
    },
  });
  const feed = new LocalWalletFeed();
  const replayReads = new TurnsByKey();
  const states = new WalletStates(stored, new KnownWallets());
  const open = async (who: string) => {
    const stream = await openWalletEvents({ repository: readBy(who), feed, states, replayReads }, ALICE, 'w', 0);
    if ('code' in stream) throw new Error(stream.code);
    return stream;
  };
  const first = await open('first');
  const second = await open('second');
  const replayed = take(first, 250);
  // Its first read queued behind the first stream's; the client completes it before its turn comes.
  const waiting = second.next();
  await second.return?.();
  expect(await waiting).toEqual({ done: true, value: undefined });
  expect(await replayed).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));
  expect(Object.fromEntries(reads)).toEqual({ first: 3 });
  expect(replayReads.size).toBe(0);
});
