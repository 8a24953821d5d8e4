import { DEFAULT_SUBSCRIPTION_LIMITS } from '../../src/http/subscriptions/subscription-limits';

/** Where one subscriber sits: whose token it uses, which socket of that caller, which wallet it follows. */
export interface SubscriberSeat {
  readonly caller: number;
  readonly connection: number;
}

/** The service's per-caller bounds the bench plans around (it does not change them). */
export interface CallerBounds {
  readonly maxConnectionsPerCaller: number;
  readonly maxSubscriptionsPerConnection: number;
}

/** The most subscribers of the bench (the last of its levels). */
export const MOST_SUBSCRIBERS = 1_000;

/**
 * How many callers (tokens) the bench needs so that its largest level fits the service's default limits
 * for one caller: 1,000 subscribers at 20 per socket and 10 sockets per caller are 5 callers.
 */
export function callersFor(subscribers: number, bounds: CallerBounds = DEFAULT_SUBSCRIPTION_LIMITS): number {
  const perCaller = bounds.maxConnectionsPerCaller * bounds.maxSubscriptionsPerConnection;
  return Math.max(1, Math.ceil(subscribers / perCaller));
}

/**
 * Subscriber i goes to caller i mod callers (so every caller's wallet has followers from 5 subscribers
 * up), and fills that caller's sockets 20 at a time. Throws when the count does not fit the bounds.
 */
export function seatSubscribers(
  subscribers: number,
  callers: number,
  bounds: CallerBounds = DEFAULT_SUBSCRIPTION_LIMITS,
): SubscriberSeat[] {
  const seats = Array.from({ length: subscribers }, (_, i) => ({
    caller: i % callers,
    connection: Math.floor(Math.floor(i / callers) / bounds.maxSubscriptionsPerConnection),
  }));
  if (seats.some((seat) => seat.connection >= bounds.maxConnectionsPerCaller))
    throw new Error(`${subscribers} subscribers need more than ${callers} callers within the per-caller limits`);
  return seats;
}

/** A committed change: the wallet and the version it made, and when its HTTP answer arrived. */
export interface Commit {
  readonly walletId: string;
  readonly version: number;
  readonly atMs: number;
}

/** An event as one subscriber saw it. */
export type Arrival = Commit;

const commitKey = (walletId: string, version: number) => `${walletId}#${version}`;

/**
 * Commit-to-subscriber latencies, in ms: each arrival of a measured commit, less that commit's time.
 * Arrivals of changes outside the measured window (warm-up) are not counted. An event can beat the
 * HTTP answer to the bench (a negative latency): it is kept as it is, not clamped.
 */
export function deliveryLatencies(commits: readonly Commit[], arrivals: readonly Arrival[]): number[] {
  const committedAt = new Map(commits.map((commit) => [commitKey(commit.walletId, commit.version), commit.atMs]));
  const latencies: number[] = [];
  for (const arrival of arrivals) {
    const at = committedAt.get(commitKey(arrival.walletId, arrival.version));
    if (at !== undefined) latencies.push(arrival.atMs - at);
  }
  return latencies;
}
