import { setTimeout as sleep } from 'node:timers/promises';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { toMinor } from './decimal';
import { FinalWallet } from './final-wallet';
import { Random } from './random';
import { SeenEvent, Segment, SubscriberLog } from './subscription-checks';
import { Violation } from './violations';

/** How many of the bank's users also follow their wallets live. */
export const SUBSCRIBING_USERS = 4;

const EVENTS = `subscription Follow($walletId: ID!, $afterVersion: Int) {
  walletEvents(walletId: $walletId, afterVersion: $afterVersion) { walletId version balance entry { type amount } }
}`;
const OWN_WALLETS = 'query Own { wallets(first: 3) { edges { node { id } } } }';

interface Follower {
  readonly log: SubscriberLog & { segments: Segment[] };
  last: number;
}

/**
 * Live subscribers during the bank run: each of the first users follows up to three of its wallets from
 * version 0, is cut off at random (every 0.5 to 3 s; a killed service cuts them too) and resumes from the
 * last version it saw. Their logs are checked against the final ledger (subscription-checks.ts).
 */
export class Subscribers {
  private readonly followers: Follower[] = [];
  private stopped = false;
  private readonly running: Promise<void>[] = [];

  constructor(
    private readonly url: string,
    private readonly random: Random,
  ) {}

  /** Starts following the user's wallets once it has some (the bank opens them first). */
  follow(user: { readonly sub: string; readonly authorization: string }): void {
    this.running.push(this.followUser(user));
  }

  /** Waits until every follower has seen its wallet's final version (bounded), stops them and answers their logs. */
  async finish(wallets: readonly FinalWallet[], timeoutMs = 15_000): Promise<SubscriberLog[]> {
    const final = new Map(wallets.map((wallet) => [wallet.walletId, wallet.version]));
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline && this.followers.some((f) => f.last < (final.get(f.log.walletId) ?? 0))) await sleep(200);
    this.stopped = true;
    await Promise.allSettled(this.running);
    return this.followers.map((follower) => follower.log);
  }

  get segments(): number {
    return this.followers.reduce((sum, f) => sum + f.log.segments.length, 0);
  }

  get wallets(): number {
    return this.followers.length;
  }

  get events(): number {
    return this.followers.reduce((sum, f) => sum + f.log.segments.reduce((n, s) => n + s.events.length, 0), 0);
  }

  private async followUser(user: { readonly sub: string; readonly authorization: string }): Promise<void> {
    let ids: string[] = [];
    while (!this.stopped && ids.length === 0) {
      ids = await this.ownWallets(user.authorization).catch(() => []);
      if (ids.length === 0) await sleep(500);
    }
    await Promise.all(
      ids.map((walletId) => {
        const follower: Follower = { log: { subscriber: user.sub, walletId, segments: [] }, last: 0 };
        this.followers.push(follower);
        return this.keepFollowing(follower, user.authorization);
      }),
    );
  }

  private async keepFollowing(follower: Follower, authorization: string): Promise<void> {
    while (!this.stopped) {
      const segment: Segment & { events: SeenEvent[] } = { afterVersion: follower.last, events: [] };
      follower.log.segments.push(segment);
      await this.segment(follower, segment, authorization, this.random.int(500, 3_000));
      await sleep(this.random.int(0, 300));
    }
  }

  /** One connection: subscribe after the last version, record events until cut off (or the socket ends). */
  private segment(follower: Follower, segment: { afterVersion: number; events: SeenEvent[] }, authorization: string, cutAfterMs: number) {
    const client = createClient({
      url: `${this.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { Authorization: authorization },
      retryAttempts: 0,
    });
    return new Promise<void>((resolve) => {
      const end = () => {
        clearTimeout(cut);
        // dispose() awaits the connection; one that failed (the service was killed) rejects it, with nothing to close.
        Promise.resolve(client.dispose()).catch(() => undefined);
        resolve();
      };
      const cut = setTimeout(end, cutAfterMs);
      client.subscribe<{ walletEvents: { walletId: string; version: number; balance: string; entry: { type: string; amount: string } } }>(
        { query: EVENTS, variables: { walletId: follower.log.walletId, afterVersion: segment.afterVersion } },
        {
          next: ({ data }) => {
            const event = data?.walletEvents;
            if (!event) return;
            segment.events.push({
              walletId: event.walletId,
              version: event.version,
              type: event.entry.type,
              amount: toMinor(event.entry.amount),
              balance: toMinor(event.balance),
            });
            follower.last = Math.max(follower.last, event.version);
          },
          error: end,
          complete: end,
        },
      );
    });
  }

  private async ownWallets(authorization: string): Promise<string[]> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ query: OWN_WALLETS }),
    });
    const body = (await response.json()) as { data?: { wallets?: { edges: Array<{ node: { id: string } }> } } };
    return body.data?.wallets?.edges.map((edge) => edge.node.id) ?? [];
  }
}

export function formatSubscriptionReport(subscribers: Subscribers, violations: readonly Violation[]): string {
  const lines = [
    `Subscriptions: ${subscribers.wallets} wallets followed, ${subscribers.segments} connections (cut off at random and resumed), ` +
      `${subscribers.events} events: ${violations.length === 0 ? 'no gap, duplicate, reordering, foreign event or ledger disagreement' : `${violations.length} violations`}`,
  ];
  for (const violation of violations.slice(0, 20)) lines.push(`  ${violation.kind}: ${violation.detail}`);
  return lines.join('\n');
}
