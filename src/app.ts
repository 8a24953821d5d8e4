import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { NO_METRICS, ServiceMetrics } from './application/service-metrics.port';
import { TokenVerifier } from './application/token-verifier.port';
import { WalletUseCases } from './application/wallet-use-cases';
import { buildWalletSchema } from './graphql/schema';
import { startApollo } from './http/apollo-server';
import { CallerKey, clientAddress } from './http/caller-key';
import { edgeGuards } from './http/edge-guards';
import { edgeLog } from './http/edge-log';
import { graphqlHandler } from './http/graphql-handler';
import { HttpDrain } from './http/http-drain';
import { httpServerOptions, LISTEN_BACKLOG } from './http/http-server-options';
import { DEFAULT_LIMITS, EdgeLimits } from './http/limits';
import { RateLimiter } from './http/rate-limit';
import { Readiness } from './http/readiness';
import { routeAccess } from './http/route-access';
import { serveRequests } from './http/serve-requests';
import { GRAPHQL_PATH, serviceRoutes } from './http/service-routes';
import { DEFAULT_STATEMENT_CSV_LIMITS } from './http/statement-csv';
import { createSubscriptionServer } from './http/subscriptions/subscription-server';
import { DEFAULT_SUBSCRIPTION_LIMITS, SubscriptionLimits } from './http/subscriptions/subscription-limits';
import { Logger } from './logger';

export interface AppDependencies {
  readonly wallets: WalletUseCases;
  /** Proves who is asking: every GraphQL request carries a bearer token. */
  readonly tokens: TokenVerifier;
  /** Headers the Playground's tabs send (development: a token of the first example user). */
  readonly playgroundHeaders?: () => Promise<Record<string, string>>;
  /** Development in a container published on its host's loopback: the page's token for any address (service-routes.ts). */
  readonly playgroundTokenAnyAddress?: boolean;
  /** Readiness: true once the store answers. */
  readonly isStoreReachable: () => Promise<boolean>;
  /** True while the store is known to be down without asking it (a supervised restart): /health is 503 at once. */
  readonly isStoreKnownDown?: () => boolean;
  /** GraphQL Playground and introspection (development); off in production. */
  readonly playground: boolean;
  readonly logger: Logger;
  /** Where requests, refusals and readiness are counted (served on the metrics port by main.ts, never here). */
  readonly metrics?: ServiceMetrics;
  /** Origins whose browser apps may call the API ("*" for any); none by default. */
  readonly corsOrigins?: readonly string[];
  /** How long stop() waits for the requests already received to be answered (default 20 s). */
  readonly drainTimeoutMs?: number;
  /** Query, HTTP and rate limits (docs/limits.md); the defaults when absent. */
  readonly limits?: EdgeLimits;
  /** Drop "Did you mean ...?" hints from errors (production); by default whenever the Playground is off. */
  readonly hideSuggestions?: boolean;
  /** Whose rate-limit bucket a request spends: the client address until requests carry an identity. */
  readonly callerKey?: CallerKey;
  /** How often readiness (GET /health) re-probes the store in the background. */
  readonly readinessIntervalMs?: number;
  /** Subscriptions over WebSocket (docs/subscriptions.md "Limits"); the defaults when absent. */
  readonly subscriptionLimits?: SubscriptionLimits;
  /** Bytes one CSV statement may hold (64 MiB when absent; tests pass less). */
  readonly maxStatementCsvBytes?: number;
}

export interface App {
  readonly httpServer: Server;
  /** Resolves with the port it listens on (pass 0 for any free port). */
  listen(port: number, host?: string): Promise<number>;
  /**
   * Closes the WebSockets with 1012 (come back), stops accepting connections, answers every request already
   * received (see HttpDrain), then stops Apollo.
   */
  stop(): Promise<void>;
}

/** Builds the whole service from its dependencies. No I/O happens until listen(). */
export async function createApp(dependencies: AppDependencies): Promise<App> {
  const { wallets, tokens, logger, metrics = NO_METRICS, limits = DEFAULT_LIMITS } = dependencies;
  const hideSuggestions = dependencies.hideSuggestions ?? !dependencies.playground;
  const httpServer = createServer(httpServerOptions(limits.http));
  const drain = new HttpDrain(httpServer);
  const schema = await buildWalletSchema(wallets);
  const apollo = await startApollo(schema, { ...dependencies, metrics, limits, hideSuggestions });
  const log = edgeLog(logger);
  const readiness = new Readiness(dependencies.isStoreReachable, {
    intervalMs: dependencies.readinessIntervalMs,
    knownDown: dependencies.isStoreKnownDown,
    metrics,
    logger,
  });
  const rateLimiter = new RateLimiter(limits.rate);
  const callerKey = dependencies.callerKey ?? clientAddress;
  const guards = edgeGuards(httpServer, limits, log, callerKey, metrics);
  const subscriptions = createSubscriptionServer({
    path: GRAPHQL_PATH,
    schema,
    wallets,
    tokens,
    limits: dependencies.subscriptionLimits ?? DEFAULT_SUBSCRIPTION_LIMITS,
    queryLimits: limits.query,
    hideSuggestions,
    rateLimiter,
    logger,
    metrics,
    // One deadline for every reader the edge writes to: operators raise REQUEST_TIMEOUT_MS for slow ones (limits.md).
    stallMs: limits.http.requestTimeoutMs,
    clientAddress: callerKey,
    // Every upgrade spends its address's request ceiling, as a request does (429 past it).
    addressCeiling: guards.upgradeCeiling,
  });
  httpServer.on('upgrade', (req, socket, head) => subscriptions.upgrade(req, socket, head));
  const routes = serviceRoutes({
    ...dependencies,
    readiness,
    graphql: graphqlHandler(apollo, limits.http.maxBodyBytes, metrics),
    metrics,
    // A reader of a CSV statement gets REQUEST_TIMEOUT_MS to take each page, as a sender gets it for the whole request.
    statementCsv: {
      maxBytes: dependencies.maxStatementCsvBytes ?? DEFAULT_STATEMENT_CSV_LIMITS.maxBytes,
      stallMs: limits.http.requestTimeoutMs,
    },
  });
  const access = routeAccess({
    tokens,
    rateLimiter,
    rateLimits: limits.rate,
    ceiling: guards.withinAddressCeiling,
    callerKey,
    metrics,
    log,
  });
  const serve = serveRequests({
    routes,
    access,
    corsOrigins: dependencies.corsOrigins ?? [],
    logger,
    log,
    metrics,
    stallMs: limits.http.requestTimeoutMs,
  });
  httpServer.on('request', (req: IncomingMessage, res: ServerResponse) => {
    guards.received(req, res);
    serve(req, res);
  });
  return {
    httpServer,
    listen(port, host) {
      readiness.start();
      return new Promise((done, fail) => {
        httpServer.once('error', fail);
        httpServer.listen({ port, host, backlog: LISTEN_BACKLOG }, () => done((httpServer.address() as AddressInfo).port));
      });
    },
    async stop() {
      readiness.stop();
      await subscriptions.close();
      const inFlight = drain.requestsInFlight;
      const drainTimeoutMs = dependencies.drainTimeoutMs ?? 20_000;
      const inTime = await drain.close(drainTimeoutMs);
      guards.stop();
      if (!inTime) logger.error('Shutdown deadline passed with requests still in flight: their connections were cut', { drainTimeoutMs });
      else if (inFlight > 0) logger.info('Answered the requests in flight', { inFlight });
      await apollo.stop();
    },
  };
}
