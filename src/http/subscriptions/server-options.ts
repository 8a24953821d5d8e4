import { IncomingMessage } from 'node:http';
import { GraphQLError, GraphQLSchema } from 'graphql';
import { Context, ServerOptions } from 'graphql-ws';
import { WebSocket } from 'ws';
import { ServiceMetrics } from '../../application/service-metrics.port';
import { TokenVerifier } from '../../application/token-verifier.port';
import { WalletUseCases } from '../../application/wallet-use-cases';
import { Caller } from '../../domain/caller';
import { SubscriptionContext } from '../../graphql/subscription-context';
import { Logger, throttledWarn } from '../../logger';
import { limitExceeded } from '../../graphql/rules/limit-exceeded';
import { QueryLimits } from '../../graphql/rules/limits';
import { identify } from '../authentication';
import { addressBucket, callerBucket } from '../rate-bucket';
import { RateLimiter } from '../rate-limit';
import { CLOSE } from './close-codes';
import { connectionToken } from './connection-token';
import { Connections } from './connections';
import { operationGuard } from './operation-guard';
import { formatSubscriptionErrors, rateLimited } from './subscription-errors';
import { SubscriptionLimits } from './subscription-limits';

/** What the server keeps of one socket: its protocol adapter's close, and once verified, its caller. */
export interface SocketSession {
  readonly socket: WebSocket;
  readonly request: IncomingMessage;
  readonly address: string;
  /** The upgrade's request id (request-id.ts), answered in its 101's `x-request-id` and on the socket's log lines. */
  readonly requestId: string;
  /** Closes through the protocol adapter (the legacy one says connection_error first). */
  close(close: { readonly code: number; readonly reason: string }): void;
  caller?: Caller;
  expiry?: NodeJS.Timeout;
  /** Subscribe ids whose operation is being opened (see onSubscribe). */
  readonly opening: Set<string>;
}

export interface SubscriptionDeps {
  readonly schema: GraphQLSchema;
  readonly wallets: WalletUseCases;
  readonly tokens: TokenVerifier;
  readonly limits: SubscriptionLimits;
  readonly queryLimits: QueryLimits;
  readonly hideSuggestions: boolean;
  readonly rateLimiter: RateLimiter;
  readonly connections: Connections;
  readonly logger: Logger;
  readonly metrics: ServiceMetrics;
}

type Ctx = Context<Record<string, unknown>, SocketSession>;

/** One set of graphql-ws hooks for both protocols: authentication, ownership (in the use case), limits, execution. */
export function serverOptions(deps: SubscriptionDeps): ServerOptions<Record<string, unknown>, SocketSession> {
  const { limits, rateLimiter, connections, logger } = deps;
  const guard = operationGuard(deps.schema, deps.queryLimits);
  const refusals = throttledWarn(logger);
  const counted = (label: string) => deps.metrics.graphqlError(label);
  return {
    schema: deps.schema,
    connectionInitWaitTimeout: limits.connectionInitTimeoutMs,
    onConnect: async (ctx: Ctx) => {
      // Not cut to make room while its token is verified (unauthenticated-sockets.ts): an honest client is past its round trip and its connectionParams.
      connections.unauthenticated.verifying(ctx.extra.socket, true);
      try {
        return await admit(ctx, deps, refusals);
      } finally {
        connections.unauthenticated.verifying(ctx.extra.socket, false);
      }
    },
    onSubscribe: (ctx: Ctx, id, payload) => {
      const { caller, opening } = ctx.extra;
      // graphql-ws closes a socket that subscribes before its acknowledgement (4401); this is the type's due.
      if (!caller) return [new GraphQLError('Not authenticated', { extensions: { code: 'UNAUTHENTICATED' } })];
      if (Object.keys(ctx.subscriptions).length > limits.maxSubscriptionsPerConnection) {
        const max = limits.maxSubscriptionsPerConnection;
        return [limitExceeded(`At most ${max} subscriptions run on one connection.`, 'maxSubscriptionsPerConnection', max)];
      }
      const retryAfter = rateLimiter.take(callerBucket(caller.id).key);
      if (retryAfter > 0) return [rateLimited(retryAfter)];
      const checked = guard(payload);
      if (Array.isArray(checked)) return checked;
      // graphql-ws forgets an id on `complete` while its operation is still opening: a `subscribe` reusing it then
      // opened a second stream, and the first ran on unseen (no limit, no end, even after the socket closed).
      if (opening.has(id)) {
        ctx.extra.close(CLOSE.subscriberExists);
        return [new GraphQLError(`Subscriber for ${id} is still opening`, { extensions: { code: 'BAD_REQUEST' } })];
      }
      opening.add(id);
      const contextValue: SubscriptionContext = { caller, wallets: deps.wallets };
      return { ...checked, contextValue };
    },
    onOperation: (ctx: Ctx, id, _payload, _args, result) => {
      ctx.extra.opening.delete(id);
      // Opened on a socket already closing (a refusal above closed it): graphql-ws may no longer hold it to end it.
      if (ctx.extra.socket.readyState !== WebSocket.OPEN && isAsyncGenerator(result)) void result.return(undefined);
      return undefined;
    },
    onNext: (ctx: Ctx, id, payload, _args, result) =>
      result.errors
        ? {
            ...result,
            errors: formatSubscriptionErrors(result.errors, logger, failedWhere(ctx, id, payload.variables), deps.hideSuggestions, {
              // No data: the operation never ran, and an error with no path is about the request (its variables), as HTTP's 400.
              requestErrors: result.data === undefined || result.data === null,
              counted,
            }),
          }
        : undefined,
    onError: (ctx: Ctx, id, payload, errors) =>
      formatSubscriptionErrors(errors, logger, failedWhere(ctx, id, payload.variables), deps.hideSuggestions, { counted }),
    onClose: (ctx: Ctx) => {
      clearTimeout(ctx.extra.expiry);
      if (ctx.extra.caller) connections.release(ctx.extra.caller.id);
    },
  };
}

/** What a failure's log line says of where it happened: the wallet, the caller and the subscription's id on its socket. */
function failedWhere(ctx: Ctx, id: string, variables: Record<string, unknown> | null | undefined) {
  const walletId = variables?.walletId;
  return {
    walletId: typeof walletId === 'string' ? walletId.slice(0, 128) : null,
    caller: ctx.extra.caller?.id ?? null,
    requestId: ctx.extra.requestId,
    subscriptionId: id.slice(0, 128),
  };
}

/** A connection_init: its token verified, then its caller's slot claimed; false when the socket was closed instead. */
async function admit(ctx: Ctx, deps: SubscriptionDeps, refused: ReturnType<typeof throttledWarn>): Promise<boolean> {
  const { connections, limits } = deps;
  const session = ctx.extra;
  const caller = await authenticate(ctx, deps);
  if (!caller) return false;
  // Closed while its token was verified: onClose has run already, and would never release a slot claimed now.
  if (session.socket.readyState !== WebSocket.OPEN) {
    clearTimeout(session.expiry);
    return false;
  }
  if (!connections.claim(caller.id, limits.maxConnectionsPerCaller)) {
    // Any signed-in caller can ask for this hundreds of times a second: counted, and logged once per 10 s with the count.
    deps.metrics.refused('websocket_per_caller');
    refused('Too many WebSocket connections for one caller', { caller: caller.id, address: session.address });
    session.close(CLOSE.tooManyConnections);
    return false;
  }
  session.caller = caller;
  connections.unauthenticated.authenticated(session.socket);
  return true;
}

/**
 * The token of connection_init, identified as HTTP identifies it (authentication.ts: a new token spends its
 * address's rate-limit bucket first). On success the socket is closed (4401 `Token expired`) when HTTP starts refusing
 * the token: at its `acceptedUntilMs`, `exp` plus the verifier's clock tolerance, not at `exp`. On failure it is closed
 * with 4401 (4429 when the address's bucket is empty).
 */
async function authenticate(ctx: Ctx, deps: SubscriptionDeps): Promise<Caller | undefined> {
  const session = ctx.extra;
  const addressPays = () => deps.rateLimiter.take(addressBucket(session.address).key) <= 0;
  const identification = await identify(connectionToken(ctx.connectionParams), deps.tokens, addressPays);
  if (!identification.ok) {
    if (identification.refusal === 'rate_limited') session.close(CLOSE.rateLimited);
    else session.close({ code: CLOSE.unauthorized.code, reason: identification.problem.slice(0, 120) });
    return undefined;
  }
  const { caller, acceptedUntilMs } = identification.verified;
  // Verified, but no longer accepted by the time the verification ended (a slow JWKS): refused, not acknowledged and cut at once.
  // A token past its `exp` but within the clock tolerance is acknowledged, as HTTP accepts it (it was refused here).
  if (acceptedUntilMs <= Date.now()) {
    session.close(CLOSE.tokenExpired);
    return undefined;
  }
  // setTimeout holds at most 2^31-1 ms (~24.8 days); a token living longer is closed then, and reconnects.
  const delay = Math.min(Math.max(acceptedUntilMs - Date.now(), 0), 2 ** 31 - 1);
  session.expiry = setTimeout(() => session.close(CLOSE.tokenExpired), delay);
  return caller;
}

function isAsyncGenerator(value: unknown): value is AsyncGenerator {
  return (
    typeof value === 'object' && value !== null && Symbol.asyncIterator in value && 'return' in value && typeof value.return === 'function'
  );
}
