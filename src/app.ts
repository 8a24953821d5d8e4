import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { NO_METRICS, ServiceMetrics } from './application/service-metrics.port';
import { TokenVerifier } from './application/token-verifier.port';
import { WalletUseCases } from './application/wallet-use-cases';
import { RequestContext } from './graphql/request-context';
import { buildWalletSchema } from './graphql/schema';
import { CallerKey, clientAddress } from './http/caller-key';
import { applyCors } from './http/cors';
import { edgeLog } from './http/edge-log';
import { edgeGuards } from './http/edge-guards';
import { errorLoggingPlugin, formatError } from './http/error-policy';
import { authenticate, bearerToken, refuseUnauthenticated } from './http/authentication';
import { graphqlHandler, plain } from './http/graphql-handler';
import { HttpDrain } from './http/http-drain';
import { httpServerOptions } from './http/http-server-options';
import { DEFAULT_LIMITS, EdgeLimits } from './http/limits';
import { metricsPlugin } from './http/metrics.plugin';
import { PLAYGROUND_ASSETS, playgroundPage, servePlaygroundAsset } from './http/playground';
import { queryLimits } from './http/query-limits';
import { RateLimiter, tooManyRequests } from './http/rate-limit';
import { answerHealth, Readiness } from './http/readiness';
import { shapeRefusals } from './http/refusal-format';
import { requestIdOf } from './http/request-id';
import { requestPath } from './http/request-target';
import { createSubscriptionServer } from './http/subscriptions/subscription-server';
import { subscriptionsOverWebSocketRule } from './http/subscriptions/subscriptions-over-websocket.rule';
import { DEFAULT_SUBSCRIPTION_LIMITS, SubscriptionLimits } from './http/subscriptions/subscription-limits';
import { inRequestScope, Logger } from './logger';
import { Caller } from './domain/caller';
import { answerStatementCsv, statementWalletId } from './http/statement-csv';

export interface AppDependencies {
  readonly wallets: WalletUseCases;
  /** Proves who is asking: every GraphQL request carries a bearer token. */
  readonly tokens: TokenVerifier;
  /** Headers the Playground's tabs send (development: a token of the first example user). */
  readonly playgroundHeaders?: () => Promise<Record<string, string>>;
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

export const GRAPHQL_PATH = '/graphql';

/** Builds the whole service from its dependencies. No I/O happens until listen(). */
export async function createApp(dependencies: AppDependencies): Promise<App> {
  const {
    wallets,
    tokens,
    playgroundHeaders,
    playground,
    logger,
    metrics = NO_METRICS,
    corsOrigins = [],
    limits = DEFAULT_LIMITS,
  } = dependencies;
  const { hideSuggestions = !playground, drainTimeoutMs = 20_000 } = dependencies;
  const httpServer = createServer(httpServerOptions(limits.http));
  const drain = new HttpDrain(httpServer);
  const schema = await buildWalletSchema(wallets);
  const guard = queryLimits(schema, limits.query, hideSuggestions);
  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: playground,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // main.ts owns the signals: it must stop DynamoDB Local after Apollo has drained.
    stopOnTerminationSignals: false,
    formatError: shapeRefusals(formatError, hideSuggestions),
    validationRules: [...guard.validationRules, subscriptionsOverWebSocketRule],
    parseOptions: guard.parseOptions,
    plugins: [ApolloServerPluginLandingPageDisabled(), errorLoggingPlugin(logger), metricsPlugin(schema, metrics), ...guard.plugins],
  });
  await apollo.start();
  const graphql = graphqlHandler(apollo, logger, limits.http.maxBodyBytes, metrics);
  const log = edgeLog(logger);
  const readiness = new Readiness(dependencies.isStoreReachable, dependencies.readinessIntervalMs, dependencies.isStoreKnownDown, metrics);
  const rateLimiter = new RateLimiter(limits.rate);
  const callerKey = dependencies.callerKey ?? clientAddress;
  const guards = edgeGuards(httpServer, limits, log, callerKey);
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
    clientAddress: callerKey,
  });
  httpServer.on('upgrade', (req, socket, head) => subscriptions.upgrade(req, socket, head));

  httpServer.on('request', (req: IncomingMessage, res: ServerResponse) => {
    guards.received(req, res);
    // Every request has an id, in its answer and on every line logged while it is served.
    const requestId = requestIdOf(req);
    res.setHeader('x-request-id', requestId);
    inRequestScope({ requestId, log: logger.child({ requestId }) }, () => serve(req, res));
  });

  function serve(req: IncomingMessage, res: ServerResponse): void {
    res.once('close', () => res.writableFinished || log.debug('Client went away before the answer', { method: req.method }));
    route(req, res).catch((error: unknown) => {
      // A client that hung up is routine; anything else is ours.
      if (req.destroyed || res.destroyed) log.debug('Client went away', { method: req.method, error: String(error) });
      else logger.error('HTTP request failed', { method: req.method, url: req.url?.slice(0, 200), error: String(error) });
      if (!res.headersSent && !res.destroyed) plain(res, 500, 'Internal server error');
      else res.end();
    });
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = requestPath(req);
    if (path === undefined) {
      log.warn('Malformed request target', { target: req.url?.slice(0, 40) });
      metrics.refused('malformed_target');
      return plain(res, 400, 'Malformed request target');
    }
    if (applyCors(req, res, corsOrigins)) return;
    if (req.method === 'GET' && (await answerHealth(path, res, readiness))) return;
    // The operator's probes (health above) are not rate-limited: they cost no DynamoDB request.
    if (!guards.withinAddressCeiling(req, res)) {
      metrics.refused('address_ceiling');
      return;
    }
    const wantsPage = path === GRAPHQL_PATH && req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
    if (path === GRAPHQL_PATH && !(wantsPage && playground)) {
      const caller = await identified(req, res);
      return caller && graphql(req, res, caller);
    }
    const statementOf = req.method === 'GET' ? statementWalletId(path) : undefined;
    if (statementOf !== undefined) {
      const caller = await identified(req, res);
      const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
      return caller && answerStatementCsv(wallets, caller, statementOf, query, res);
    }
    if (!spend(`address:${callerKey(req)}`, res)) return;
    if (wantsPage && playground) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      // An absolute endpoint: the Playground resolves tab endpoints itself and expects a full URL.
      const host = /^[\w.:[\]-]+$/.test(req.headers.host ?? '') ? req.headers.host : 'localhost';
      // The pre-filled token only for a page asked for by name as this machine: a page reached by another
      // name (another host on the network, a DNS-rebinding site) gets the tabs without it.
      const local = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(req.headers.host ?? '');
      res.end(playgroundPage(`http://${host}${GRAPHQL_PATH}`, local ? await playgroundHeaders?.() : undefined));
      return;
    }
    if (playground && path.startsWith(`${PLAYGROUND_ASSETS}/`)) return servePlaygroundAsset(path, res);
    if (path === '/') {
      res.writeHead(302, { location: GRAPHQL_PATH });
      res.end();
      return;
    }
    plain(res, 404, 'Not found');
  }

  /**
   * Who is asking, for every request that reads or changes money (GraphQL, the CSV statement); undefined
   * when refused (401 or 429 sent). A token verified before is known at once, and its caller's own bucket
   * pays. A new (or forged) token costs a signature check: its address's bucket pays for that first, so a
   * flood of tokens is limited like any flood; once verified, its caller's bucket pays as well.
   */
  async function identified(req: IncomingMessage, res: ServerResponse): Promise<Caller | undefined> {
    const presented = bearerToken(req);
    const known = 'token' in presented ? tokens.remembered(presented.token) : undefined;
    if (known) return spend(`caller:${known.id}`, res) ? known : undefined;
    if (!spend(`address:${callerKey(req)}`, res)) return undefined;
    const authentication = await authenticate(presented, tokens);
    if (!authentication.ok) {
      metrics.refused('unauthenticated');
      refuseUnauthenticated(req, res, authentication.problem, authentication.tokenGiven);
      return undefined;
    }
    return spend(`caller:${authentication.caller.id}`, res) ? authentication.caller : undefined;
  }

  /** Takes one token from the bucket; false (and a 429 sent) when it is empty. */
  function spend(bucket: string, res: ServerResponse): boolean {
    const retryAfter = rateLimiter.take(bucket);
    if (retryAfter <= 0) return true;
    log.warn('Rate limit exceeded', { bucket });
    metrics.refused(bucket.startsWith('caller:') ? 'rate_limited_caller' : 'rate_limited_address');
    tooManyRequests(res, retryAfter, limits.rate);
    return false;
  }

  return {
    httpServer,
    listen(port, host) {
      readiness.start();
      return new Promise((done, fail) => {
        httpServer.once('error', fail);
        httpServer.listen(port, host, () => done((httpServer.address() as AddressInfo).port));
      });
    },
    async stop() {
      readiness.stop();
      await subscriptions.close();
      const inFlight = drain.requestsInFlight;
      const inTime = await drain.close(drainTimeoutMs);
      guards.stop();
      if (!inTime) logger.error('Shutdown deadline passed with requests still in flight: their connections were cut', { drainTimeoutMs });
      else if (inFlight > 0) logger.info('Answered the requests in flight', { inFlight });
      await apollo.stop();
    },
  };
}
