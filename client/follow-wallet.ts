import { print } from 'graphql';
import { Backoff, backoffDelay, sleep } from './backoff';
import { WalletEventsDocument, type WalletEventsSubscription } from './generated/graphql';

/** One change of a followed wallet: the ledger entry and the wallet right after it. */
export type WalletEvent = WalletEventsSubscription['walletEvents'];

/**
 * What followWallet needs of a graphql-ws client (`createClient` from 'graphql-ws', as Apollo Client's GraphQLWsLink uses).
 * `on` (graphql-ws has it) tells a `complete` the service sent from the client's own end (`dispose()` closes with 1000
 * and then completes every subscription); a client without it has every `complete` taken as the service's.
 */
export interface SubscribingClient {
  subscribe(
    payload: { query: string; variables: Record<string, unknown> },
    sink: { next(value: { data?: unknown; errors?: readonly unknown[] }): void; error(error: unknown): void; complete(): void },
  ): () => void;
  on?(event: 'connected' | 'closed', listener: (event?: unknown) => void): () => void;
}

/**
 * The reason given to `resuming` (and to `end`, after `maxResumes`) when the service completed a subscription that had
 * not failed: it stopped serving it (a drain, a gateway, another release), while walletEvents never ends by itself.
 */
export class SubscriptionCompleted extends Error {
  override readonly name = 'SubscriptionCompleted';
  constructor() {
    super('The service completed the subscription');
  }
}

export interface FollowHandlers {
  /** Each change after the version followed from, once, oldest first. */
  event(event: WalletEvent): void;
  /**
   * The subscription ended for good: an array of GraphQL errors (WALLET_NOT_FOUND, BAD_USER_INPUT, a limit; one that
   * says to ask again, STORE_UNAVAILABLE or RATE_LIMITED, is resumed), a close
   * that is not resumed (a 4401 refusing the token, 4429, 4400, ...: an object with `code` and `reason`; 1000 when the
   * client was disposed), one that was (or a SubscriptionCompleted, or a socket's `error` event: a refused connection),
   * `maxResumes` times in a row, or another error of the client (your `connectionParams` threw). Not called when you
   * stop following (the function followWallet returns).
   */
  end?(reason: unknown): void;
  /** The subscription was cut by `reason` and is subscribed again after `delayMs`, the `attempt`-th time in a row. */
  resuming?(reason: unknown, attempt: number, delayMs: number): void;
}

export interface FollowOptions {
  /** Subscriptions again in a row (with no event between them) before giving up and calling `end`. */
  maxResumes?: number;
  /** The jittered wait before subscribing again (full jitter, as changeWithRetry's). */
  backoff?: Backoff;
  /**
   * A subscription that ran this long before its close starts the count of `maxResumes` anew, as an event does: a token
   * that expires every hour on a quiet wallet is resumed for ever, one refused at once (already expired) is not.
   */
  steadyMs?: number;
  random?: () => number;
  wait?: (ms: number) => Promise<void>;
  now?: () => number;
}

export const DEFAULT_FOLLOW_BACKOFF: Backoff = { baseMs: 250, capMs: 30_000 };

/**
 * Whether followWallet subscribes again after the subscription ended with `reason`: a close that says "come back"
 * (4401 `Token expired`: with a fresh token; 1012 `Service restart`; 1013 try again later) or a connection lost
 * (1001, 1006, 1011, graphql-ws's own 4499 for a socket that stopped answering) that the graphql-ws client gave up on
 * (it retries those itself, `retryAttempts` times, but never a 44xx close); also 1005 (no status) and 1014 (bad gateway),
 * which a proxy in front of a restarting service may give. A 4401 with any other reason refuses the token and is final,
 * as are the other 44xx codes (4429 too many connections, requests or messages, 4400, 4408, 4409) and a normal close (1000, the
 * client disposed).
 */
export function isResumableClose(reason: unknown): boolean {
  if (typeof reason !== 'object' || reason === null || !('code' in reason) || typeof reason.code !== 'number') return false;
  if (reason.code === 4401) return 'reason' in reason && reason.reason === 'Token expired';
  return [1001, 1005, 1006, 1011, 1012, 1013, 1014, 4499].includes(reason.code);
}

/**
 * Whether the subscription ended because its socket could not be opened or failed: a WebSocket `error` event (the
 * browser's `Event`, `ws`'s or undici's `ErrorEvent`), as when the connection is refused while the service restarts in
 * place, or its upgrade is answered 503 while it stops, starts or is full. graphql-ws's default `shouldRetry` retries
 * close events only, so such an event ends the subscription at once (and so does the last one when `retryAttempts` ran
 * out); followWallet subscribes again after it, as after a lost connection. An error thrown by your `connectionParams`
 * (an `Error`) is not one: it is final.
 */
export function isConnectionFailure(reason: unknown): boolean {
  if (typeof reason !== 'object' || reason === null || reason instanceof Error || Array.isArray(reason)) return false;
  return (reason as { type?: unknown }).type === 'error';
}

/**
 * Whether an error result says to ask again: every error in it is `retryable` (STORE_UNAVAILABLE: the store did not
 * answer the replay; HISTORY_UNAVAILABLE while the time index catches up) or RATE_LIMITED (too many subscribe
 * messages). The wait before asking is then at least the `retryAfterSeconds` the service gives.
 */
export function retryAfterMsOf(reason: unknown): number | undefined {
  if (!Array.isArray(reason) || reason.length === 0) return undefined;
  let waitMs = 0;
  for (const error of reason) {
    const extensions = (error as { extensions?: { code?: unknown; retryable?: unknown; retryAfterSeconds?: unknown } } | null)?.extensions;
    if (extensions?.retryable !== true && extensions?.code !== 'RATE_LIMITED') return undefined;
    if (typeof extensions.retryAfterSeconds === 'number') waitMs = Math.max(waitMs, extensions.retryAfterSeconds * 1000);
  }
  return waitMs;
}

const QUERY = print(WalletEventsDocument);

/**
 * Follows a wallet from the version the caller holds (the one its screen read): every change after it, each once and in
 * order, across reconnects. graphql-ws sends a subscription's payload again on each reconnect it makes (a service
 * restart's 1012, a network drop: give it `retryAttempts` and `shouldRetry`); here that payload's variables are one
 * object that always holds the last version seen, so a reconnect resumes right after it: nothing missed, nothing
 * twice. graphql-ws never reconnects after a 44xx close, though, and the service closes a socket whose token expired
 * with 4401 `Token expired`; and with its default `shouldRetry` it gives up at once on a socket that could not be opened
 * (the refused connection of a service restarting in place). So when the subscription ends with a close that
 * `isResumableClose` accepts, a socket error (`isConnectionFailure`), or the service completes it (walletEvents never
 * ends by itself: a `complete` means the serving side stopped, not the wallet), followWallet subscribes again on the
 * same client after a jittered wait, from the last version seen, `maxResumes` times in a row at most. The client then
 * opens a new socket if it needs one and asks its `connectionParams` again: return a fresh token there. Any other
 * ending is final and given to `end`. Returns the function that stops following.
 */
export function followWallet(
  client: SubscribingClient,
  walletId: string,
  fromVersion: number,
  handlers: FollowHandlers,
  {
    maxResumes = 10,
    backoff = DEFAULT_FOLLOW_BACKOFF,
    steadyMs = 60_000,
    random = Math.random,
    wait = sleep,
    now = Date.now,
  }: FollowOptions = {},
): () => void {
  const variables = { walletId, afterVersion: fromVersion };
  let stopped = false;
  let unsubscribe: () => void = () => undefined;
  let resumes = 0;
  // The client's close since it last connected: graphql-ws's dispose() closes with 1000, then completes every subscription.
  let closedWith: unknown;
  const unlisten = [
    client.on?.('connected', () => {
      closedWith = undefined;
    }),
    client.on?.('closed', (event) => {
      closedWith = event;
    }),
  ];
  const release = () => {
    for (const off of unlisten) off?.();
  };
  const end = (reason: unknown) => {
    release();
    handlers.end?.(reason);
  };

  const subscribe = () => {
    const startedAt = now();
    // Each subscription's sink acts only while it is the current one and followWallet has not been stopped.
    let current = true;
    const finish = (reason: unknown) => {
      if (!current || stopped) return;
      current = false;
      if (now() - startedAt >= steadyMs) resumes = 0;
      const retryAfterMs = retryAfterMsOf(reason);
      const resumable =
        isResumableClose(reason) || isConnectionFailure(reason) || reason instanceof SubscriptionCompleted || retryAfterMs !== undefined;
      if (!resumable || resumes >= maxResumes) return end(reason);
      resumes += 1;
      const delay = Math.max(backoffDelay(resumes, backoff, random), retryAfterMs ?? 0);
      handlers.resuming?.(reason, resumes, delay);
      void wait(delay).then(() => {
        if (!stopped) subscribe();
      });
    };
    unsubscribe = client.subscribe(
      { query: QUERY, variables },
      {
        next({ data, errors }) {
          if (!current || stopped) return;
          const event = (data as WalletEventsSubscription | undefined)?.walletEvents;
          if (!event) {
            // An error result: the service completes it next. One that says to ask again (retryAfterMsOf) is resumed;
            // any other (WALLET_NOT_FOUND, BAD_USER_INPUT) is final.
            finish(errors);
            return;
          }
          // The service sends each version once; the check keeps a screen right even if a transport repeated one.
          if (event.version <= variables.afterVersion) return;
          variables.afterVersion = event.version;
          resumes = 0;
          handlers.event(event);
        },
        error: finish,
        complete: () => finish(closedWith ?? new SubscriptionCompleted()),
      },
    );
  };

  subscribe();
  return () => {
    stopped = true;
    release();
    unsubscribe();
  };
}
