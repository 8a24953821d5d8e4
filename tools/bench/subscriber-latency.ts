import { setTimeout as sleep } from 'node:timers/promises';
import { HttpClient } from '../kit/http-client';
import { TokenIssuer } from '../kit/token-issuer';
import { ServiceClient } from './service-client';
import { BenchSettings } from './settings';
import { cell, perSecond, ratio, summarize } from './stats';
import { FeedCaller, SubscriberFeed } from './subscriber-feed';
import { callersFor, deliveryLatencies, MOST_SUBSCRIBERS, seatSubscribers } from './subscriber-layout';
import { FeedWriter, writeFor } from './subscriber-writers';

/** Subscriber counts measured, each beside the same writers with no one following, just before. */
const LEVELS = [1, 100, MOST_SUBSCRIBERS] as const;
const CATCH_UP_MS = 20_000;

/**
 * The one service setting the feed changes: every bench socket comes from 127.0.0.1, and 1,000 subscribers
 * hold 50 sockets beside the writers' connections, past the default 32 per address. Said in the report.
 */
export const SUBSCRIBER_SERVICE_ENV = { MAX_CONNECTIONS_PER_ADDRESS: '128' } as const;

export interface SubscriberLevel {
  readonly subscribers: number;
  readonly connections: number;
  readonly alonePerSecond: number;
  readonly writesPerSecond: number;
  readonly writeP50: number;
  readonly writeP99: number;
  readonly expected: number;
  readonly delivered: number;
  readonly eventsPerSecond: number;
  readonly latencyP50: number;
  readonly latencyP99: number;
  readonly errors: readonly string[];
}

interface Feed {
  readonly url: string;
  readonly callers: readonly FeedCaller[];
  readonly writers: readonly FeedWriter[];
}

/**
 * Commit-to-subscriber latency: one writer per caller's wallet increases it in a closed loop while
 * 1, 100 and 1,000 `graphql-ws` subscribers follow those wallets (several per wallet and per socket,
 * within the service's default limits for one caller, so 5 callers), each level right after the same
 * writers alone, so that load from outside the bench falls on both alike.
 */
export async function measureSubscriberLatency(url: string, issuer: TokenIssuer, settings: BenchSettings, stop: AbortSignal) {
  const writers: FeedWriter[] = [];
  const callers: FeedCaller[] = [];
  for (let caller = 0; caller < callersFor(MOST_SUBSCRIBERS); caller++) {
    const authorization = await issuer.authorization(`bench-feed-${caller}`);
    const service = new ServiceClient(new HttpClient(url, { sockets: 1, keepAlive: true }), authorization);
    const wallet = await service.createWallet();
    writers.push({ service, walletId: wallet.id, version: wallet.version });
    callers.push({ authorization, walletId: wallet.id });
  }
  await writeFor(writers, settings.warmupSeconds, stop);
  const levels: SubscriberLevel[] = [];
  for (const subscribers of LEVELS) {
    const level = await measureLevel({ url, callers, writers }, subscribers, settings.seconds, stop);
    console.log(`  ${subscribers} subscribers: ${level.delivered} events, p50 ${cell(level.latencyP50, 1)} ms`);
    levels.push(level);
  }
  return { callers: callers.length, writers: writers.length, levels };
}

async function measureLevel(feed: Feed, subscribers: number, seconds: number, stop: AbortSignal): Promise<SubscriberLevel> {
  const { writers, callers } = feed;
  const alone = await writeFor(writers, seconds, stop);
  const seats = seatSubscribers(subscribers, callers.length);
  const followers = new SubscriberFeed(feed.url, callers, seats);
  try {
    // A subscription without afterVersion starts at its first live change: write until each has one.
    const ready = Date.now() + CATCH_UP_MS;
    while (followers.caughtUp(() => 1) < subscribers && Date.now() < ready && !stop.aborted) await writeFor(writers, 0.5, stop);
    followers.arrivals.length = 0;
    const run = await writeFor(writers, seconds, stop);
    const finalVersion = (subscriber: number) => writers[seats[subscriber].caller].version;
    const drained = Date.now() + CATCH_UP_MS;
    while (followers.caughtUp(finalVersion) < subscribers && Date.now() < drained && !stop.aborted) await sleep(100);
    const followersOf = (walletId: string) => seats.filter((seat) => callers[seat.caller].walletId === walletId).length;
    const latencies = summarize(deliveryLatencies(run.commits, followers.arrivals));
    const writes = summarize(run.requestLatencies);
    return {
      subscribers,
      connections: followers.connections,
      alonePerSecond: perSecond(alone.commits.length, alone.elapsedMs),
      writesPerSecond: perSecond(run.commits.length, run.elapsedMs),
      writeP50: writes.p50,
      writeP99: writes.p99,
      expected: run.commits.reduce((sum, commit) => sum + followersOf(commit.walletId), 0),
      delivered: latencies.count,
      eventsPerSecond: perSecond(latencies.count, run.elapsedMs),
      latencyP50: latencies.p50,
      latencyP99: latencies.p99,
      errors: followers.errors.slice(0, 3),
    };
  } finally {
    await followers.close();
  }
}

export function renderSubscriberLatency(result: Awaited<ReturnType<typeof measureSubscriberLatency>>, settings: BenchSettings): string {
  const rows = result.levels.map(
    (level) =>
      `| ${level.subscribers} | ${level.connections} | ${cell(level.alonePerSecond, 1)} | ${cell(level.writesPerSecond, 1)} | ` +
      `${cell(ratio(level.writesPerSecond, level.alonePerSecond))} | ${cell(level.writeP50, 1)} / ${cell(level.writeP99, 1)} | ` +
      `${level.delivered} of ${level.expected} | ${cell(level.eventsPerSecond, 1)} | ${cell(level.latencyP50, 1)} / ${cell(level.latencyP99, 1)} |`,
  );
  const errors = result.levels.flatMap((level) => level.errors.map((error) => `- ${level.subscribers} subscribers: ${error}`));
  return [
    '## Live subscribers: commit-to-subscriber latency',
    '',
    `${result.writers} writers, one per wallet, increase their wallet in a closed loop (after ${settings.warmupSeconds} s of` +
      ` warm-up); at each level they write ${settings.seconds} s alone (no subscriber), then ${settings.seconds} s while` +
      ' `graphql-ws` subscribers (over `ws`, in the bench process) follow those wallets, measured once every subscriber has' +
      ' seen a live event. The service runs with its default subscription limits (10 sockets per caller, 20 subscriptions' +
      ` per socket), so the subscribers use ${result.callers} callers (tokens), one wallet each, filling sockets 20 at a time.` +
      ' One service setting differs from its defaults for the bench:' +
      ` MAX_CONNECTIONS_PER_ADDRESS=${SUBSCRIBER_SERVICE_ENV.MAX_CONNECTIONS_PER_ADDRESS} (default 32), as every socket comes from 127.0.0.1.` +
      " Latency: from the mutation's HTTP answer (commit) to the event's arrival at each subscriber, on the bench's one clock." +
      ' Events/s: events delivered to all subscribers per second of writing. Writes ratio: writes/s followed over writes/s' +
      ' alone (what the feed costs the writers; the subscribers share the 2 cores with the service).',
    '',
    '| Subscribers | Sockets | Writes/s alone | Writes/s followed | Writes ratio | Write p50 / p99 (ms) | Events delivered | Events/s | Latency p50 / p99 (ms) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    ...(errors.length ? ['', 'Subscriber errors:', ...errors] : []),
    '',
  ].join('\n');
}
