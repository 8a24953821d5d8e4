import { Caller } from '../domain/caller';
import { LedgerEntry } from '../domain/ledger-entry';
import { Wallet } from '../domain/wallet';
import { WalletNotFound, walletNotFound } from '../domain/wallet-errors';
import { EntryInbox } from './entry-inbox';
import { storedEntries } from './stored-entries';
import { WalletFeed } from './wallet-feed.port';
import { TurnsByKey } from './turns-by-key';
import { WalletStates } from './wallet-states';
import { WalletRepository } from '../domain/wallet-repository.port';

export interface WalletEventDeps {
  readonly repository: WalletRepository;
  readonly states: WalletStates;
  readonly feed: WalletFeed;
  /**
   * One store read at a time per caller for every replay (and gap) of its subscriptions: a replay reads the history
   * after `afterVersion`, a subscribe message costs one rate-limit token, and a hostile probe's 200 replays of a fat
   * history at once starved the store for every other caller. In turns, a caller's replays read like one client
   * paging its history over HTTP.
   */
  readonly replayReads: TurnsByKey;
}

/** A wallet's committed entries, oldest first, each once; ends when the subscriber returns. */
export type WalletEventStream = AsyncIterableIterator<LedgerEntry>;

/** `afterVersion` beyond the wallet's version: bad input (the client named a version this wallet never had). */
export interface VersionAhead {
  readonly code: 'BAD_USER_INPUT';
  readonly message: string;
  readonly walletId: string;
  readonly argument: 'afterVersion';
}

const versionAhead = (walletId: string, afterVersion: number, version: number): VersionAhead => ({
  code: 'BAD_USER_INPUT',
  message: `afterVersion ${afterVersion} is beyond wallet ${walletId}'s version ${version}: resume from the last version you saw of this wallet.`,
  walletId,
  argument: 'afterVersion',
});

/**
 * The entries of a wallet after `afterVersion` (absent: after its version at subscription time), then each
 * new one as it is committed, in version order, each exactly once. The feed is joined FIRST and buffers;
 * then the wallet is read (a consistent read) and the store replayed up to its version: what was committed
 * before the join is in the store, what comes after it is in the buffer, and the overlap is skipped by
 * version. A live entry beyond the next expected version (a stream read in pieces, an overflowed buffer)
 * is preceded by the missing versions, read from the store, where they must be, since a wallet's versions
 * are committed in order.
 */
export async function openWalletEvents(
  deps: WalletEventDeps,
  caller: Caller,
  walletId: string,
  afterVersion?: number,
): Promise<WalletEventStream | WalletNotFound | VersionAhead> {
  const inbox = new EntryInbox();
  const stopListening = await deps.feed.listen(walletId, (entry) => inbox.push(entry));
  let wallet: Awaited<ReturnType<WalletStates['findVisible']>>;
  try {
    // Someone else's wallet is an unknown id: the same read, the same answer.
    wallet = await deps.states.findVisible(caller, walletId);
  } catch (error) {
    stopListening();
    throw error;
  }
  if (!wallet) {
    stopListening();
    return walletNotFound(walletId);
  }
  if (afterVersion !== undefined && afterVersion > wallet.version) {
    // A version the wallet never had (another wallet's, an older database's): resuming from it would skip changes, silently.
    stopListening();
    return versionAhead(walletId, afterVersion, wallet.version);
  }
  let ended = false;
  // A read still waiting for its turn when the subscription ends is not sent: a closed socket's replays leave the queue.
  const reads: Pick<WalletRepository, 'entries'> = {
    entries: (id, range) =>
      deps.replayReads.inTurn(caller.id, () => (ended ? Promise.reject(new StreamEnded()) : deps.repository.entries(id, range))),
  };
  const entries = inOrder(reads, wallet, afterVersion ?? wallet.version, inbox);
  const end = () => {
    ended = true;
    inbox.close();
    stopListening();
  };
  const stream: WalletEventStream = {
    async next() {
      try {
        const result = await entries.next();
        if (result.done) end();
        return result;
      } catch (error) {
        end();
        if (error instanceof StreamEnded) return { done: true, value: undefined };
        throw error;
      }
    },
    async return() {
      end();
      return entries.return(undefined);
    },
    async throw(error: unknown) {
      end();
      return entries.throw(error);
    },
    [Symbol.asyncIterator]: () => stream,
  };
  return stream;
}

async function* inOrder(
  repository: Pick<WalletRepository, 'entries'>,
  // Read after the join: every version up to its own is in the store, every later one reaches the inbox.
  joined: Pick<Wallet, 'id' | 'version'>,
  afterVersion: number,
  inbox: EntryInbox,
): AsyncGenerator<LedgerEntry> {
  const stored = (fromVersion: number, toVersion: number) =>
    storedEntries(repository, joined.id, { fromVersion, toVersion, order: 'oldestFirst' });
  let last = afterVersion;
  for await (const entry of stored(last + 1, joined.version)) {
    yield entry;
    last = entry.version;
  }
  for (let live = await inbox.take(); live; live = await inbox.take()) {
    if (live.version <= last) continue;
    for await (const entry of stored(last + 1, live.version - 1)) {
      yield entry;
      last = entry.version;
    }
    yield live;
    last = live.version;
  }
}

/** A store read skipped because its subscription ended while it waited for its turn. */
class StreamEnded extends Error {
  constructor() {
    super('The subscription ended before its store read');
    this.name = 'StreamEnded';
  }
}
