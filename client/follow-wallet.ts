import { print } from 'graphql';
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
   * The subscription ended for good: an error result (WALLET_NOT_FOUND, a limit), or a close the client does not retry.
   * Not called when you stop following (the function followWallet returns).
   */
  end?(reason: unknown): void;
}

const QUERY = print(WalletEventsDocument);

/**
 * Follows a wallet from the version the caller holds (the one its screen read): every change after it, each once and in
 * order, across reconnects. graphql-ws sends a subscription's payload again on each reconnect it makes (a service
 * restart's 1012, a network drop: give it `retryAttempts` and `shouldRetry`); here that payload's variables are one
 * object that always holds the last version seen, so a reconnect resumes right after it: nothing missed, nothing
 * twice. (Subscribing again with `afterVersion` does the same by hand.) Returns the function that stops following.
 */
export function followWallet(client: SubscribingClient, walletId: string, fromVersion: number, handlers: FollowHandlers): () => void {
  const variables = { walletId, afterVersion: fromVersion };
  return client.subscribe(
    { query: QUERY, variables },
    {
      next({ data, errors }) {
        const event = (data as WalletEventsSubscription | undefined)?.walletEvents;
        if (!event) {
          handlers.end?.(errors);
          return;
        }
        // The service sends each version once; the check keeps a screen right even if a transport repeated one.
        if (event.version <= variables.afterVersion) return;
        variables.afterVersion = event.version;
        handlers.event(event);
      },
      error: (error) => handlers.end?.(error),
      complete: () => undefined,
    },
  );
}
