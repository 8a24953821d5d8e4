import { print } from 'graphql';
import { Backoff, backoffDelay, sleep } from './backoff';
import { WalletEventsDocument, type WalletEventsSubscription } from './generated/graphql';

/** One change of a followed wallet: the ledger entry and the wallet right after it. */
export type WalletEvent = WalletEventsSubscription['walletEvents'];

/** What followWallet needs of a graphql-ws client (`createClient` from 'graphql-ws', as Apollo Client's GraphQLWsLink uses). */
export interface SubscribingClient {
  subscribe(
    payload: { query: string; variables: Record<string, unknown> },
    sink: { next(value: { data?: unknown; errors?: readonly unknown[] }): void; error(error: unknown): void; complete(): void },
  ): () => void;
}

export interface FollowHandlers {
  /** Each change after the version followed from, once, oldest first. */
  event(event: WalletEvent): void;
  /**
   * The subscription ended for good: an array of GraphQL errors (WALLET_NOT_FOUND, BAD_USER_INPUT, a limit), a close
   * that is not resumed (a 4401 refusing the token, 4429, 4400, ...: an object with `code` and `reason`), one that was,
   * `maxResumes` times in a row, or another error of the client. Not called when you stop following (the function
   * followWallet returns).
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
 * (it retries those itself, `retryAttempts` times, but never a 44xx close). A 4401 with any other reason refuses the
 * token and is final, as are the other 44xx codes (4429 too many connections or requests, 4400, 4408, 4409) and a
 * normal close (1000, the client disposed).
 */
export function isResumableClose(reason: unknown): boolean {
  if (typeof reason !== 'object' || reason === null || !('code' in reason) || typeof reason.code !== 'number') return false;
  if (reason.code === 4401) return 'reason' in reason && reason.reason === 'Token expired';
  return [1001, 1006, 1011, 1012, 1013, 4499].includes(reason.code);
}

const QUERY = print(WalletEventsDocument);

/**
 * Follows a wallet from the version the caller holds (the one its screen read): every change after it, each once and in
 * order, across reconnects. graphql-ws sends a subscription's payload again on each reconnect it makes (a service
 * restart's 1012, a network drop: give it `retryAttempts` and `shouldRetry`); here that payload's variables are one
 * object that always holds the last version seen, so a reconnect resumes right after it: nothing missed, nothing
 * twice. graphql-ws never reconnects after a 44xx close, though, and the service closes a socket whose token expired
 * with 4401 `Token expired`; so when the subscription ends with a close that `isResumableClose` accepts, followWallet
 * subscribes again on the same client after a jittered wait, from the last version seen. The client then opens a new
 * socket and asks its `connectionParams` again: return a fresh token there. Returns the function that stops following.
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

  const subscribe = () => {
    const startedAt = now();
    // Each subscription's sink acts only while it is the current one and followWallet has not been stopped.
    let current = true;
    const finish = (reason: unknown) => {
      if (!current || stopped) return;
      current = false;
      if (now() - startedAt >= steadyMs) resumes = 0;
      if (!isResumableClose(reason) || resumes >= maxResumes) {
        handlers.end?.(reason);
        return;
      }
      resumes += 1;
      const delay = backoffDelay(resumes, backoff, random);
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
            current = false;
            handlers.end?.(errors);
            return;
          }
          // The service sends each version once; the check keeps a screen right even if a transport repeated one.
          if (event.version <= variables.afterVersion) return;
          variables.afterVersion = event.version;
          resumes = 0;
          handlers.event(event);
        },
        error: finish,
        complete: () => {
          current = false;
        },
      },
    );
  };

  subscribe();
  return () => {
    stopped = true;
    unsubscribe();
  };
}
