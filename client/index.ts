/**
 * The client kit as one package, `@wallet-service/client`: the typed operations (documents and result
 * types made by `npm run codegen`), the `possibleTypes` map Apollo Client needs for the result unions, a
 * POST-only fetch transport, `retryChange` and `changeWithRetry` (the retry recipe of docs/clients.md, for every change) and `followWallet` (a wallet's
 * changes over a graphql-ws client, resumed after a reconnect and after its token expired, with `pingTimeout` for a
 * network gone silent: docs/subscriptions.md).
 */
import introspection from './generated/possible-types';

export * from './generated/graphql';
export { type Backoff, DEFAULT_BACKOFF } from './backoff';
export { type ChangeIntent, type ChangeResult, changeWithRetry } from './change-with-retry';
export {
  DEFAULT_FOLLOW_BACKOFF,
  type FollowHandlers,
  type FollowOptions,
  followWallet,
  isConnectionFailure,
  isResumableClose,
  type SubscribingClient,
  SubscriptionCompleted,
  type WalletEvent,
} from './follow-wallet';
export { type PingTimeoutOptions, pingTimeout, type TerminableClient } from './ping-timeout';
export {
  type ChangeArguments,
  type RetryIntent,
  type RetryOptions,
  type RetryResult,
  retryChange,
  type VersionedVariables,
} from './retry-change';
export { type FetchTransportOptions, fetchTransport, type Send, TransportError } from './transport';

/** For Apollo Client's `InMemoryCache({ possibleTypes })`: which members each result union and interface has. */
export const possibleTypes = introspection.possibleTypes;
