import { setTimeout as sleep } from 'node:timers/promises';
import { performance } from 'node:perf_hooks';
import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { Arrival, SubscriberSeat } from './subscriber-layout';

const EVENTS = 'subscription Follow($walletId: ID!) { walletEvents(walletId: $walletId) { walletId version } }';

/** One caller's side of the feed: its token and the one wallet all of its subscribers follow. */
export interface FeedCaller {
  readonly authorization: string;
  readonly walletId: string;
}

/**
 * The subscribers of one level, as `graphql-ws` clients over `ws`: one client (socket) per seat's
 * connection, every arrival stamped with this process's clock. Errors are counted, never hidden.
 */
export class SubscriberFeed {
  readonly arrivals: Arrival[] = [];
  /** Per subscriber, the last version seen: the bench waits for each to catch up before it stops. */
  readonly lastSeen: number[];
  readonly errors: string[] = [];
  private readonly clients: Client[] = [];
  private readonly unsubscribes: Array<() => void> = [];

  constructor(url: string, callers: readonly FeedCaller[], seats: readonly SubscriberSeat[]) {
    this.lastSeen = seats.map(() => 0);
    const sockets = new Map<string, Client>();
    seats.forEach((seat, index) => {
      const caller = callers[seat.caller];
      const key = `${seat.caller}/${seat.connection}`;
      let client = sockets.get(key);
      if (!client) {
        client = createClient({
          url: `${url.replace(/^http/, 'ws')}/graphql`,
          webSocketImpl: WebSocket,
          connectionParams: { Authorization: caller.authorization },
          retryAttempts: 0,
        });
        sockets.set(key, client);
        this.clients.push(client);
      }
      this.unsubscribes.push(this.follow(client, caller.walletId, index));
    });
  }

  get connections(): number {
    return this.clients.length;
  }

  /** Subscribers that have seen at least `version` of their wallet (or some event, for version 1). */
  caughtUp(versionOf: (subscriber: number) => number): number {
    return this.lastSeen.filter((seen, subscriber) => seen >= versionOf(subscriber)).length;
  }

  /**
   * Ends every subscription and socket, then lets the service see them gone: the next level's sockets
   * must not meet this level's still counted against the per-caller limit.
   */
  async close(settleMs = 1_000): Promise<void> {
    for (const unsubscribe of this.unsubscribes) unsubscribe();
    await Promise.all(this.clients.map((client) => client.dispose()));
    if (this.clients.length) await sleep(settleMs);
  }

  private follow(client: Client, walletId: string, subscriber: number): () => void {
    return client.subscribe<{ walletEvents: { walletId: string; version: number } }>(
      { query: EVENTS, variables: { walletId } },
      {
        next: ({ data, errors }) => {
          const atMs = performance.now();
          const event = data?.walletEvents;
          if (!event) return void this.errors.push(JSON.stringify(errors ?? data).slice(0, 200));
          this.arrivals.push({ walletId: event.walletId, version: event.version, atMs });
          this.lastSeen[subscriber] = Math.max(this.lastSeen[subscriber], event.version);
        },
        error: (error: unknown) => void this.errors.push(describe(error)),
        complete: () => undefined,
      },
    );
  }
}

/** graphql-ws hands over an Error, GraphQL errors, or the socket's CloseEvent / ErrorEvent (fields on its prototype). */
function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (error && typeof error === 'object') {
    const [code, reason, message] = ['code', 'reason', 'message'].map((name) => Reflect.get(error, name));
    if (code !== undefined) return `socket closed ${String(code)} ${String(reason ?? '')}`;
    if (message !== undefined) return `socket error ${String(message)}`;
  }
  return JSON.stringify(error).slice(0, 200);
}
