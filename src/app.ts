import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDisableSuggestions } from '@apollo/server/plugin/disableSuggestions';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { TokenVerifier } from './application/token-verifier.port';
import { WalletService } from './application/wallet.service';
import { RequestContext } from './graphql/request-context';
import { buildWalletSchema } from './graphql/schema';
import { applyCors } from './http/cors';
import { errorLoggingPlugin, formatError } from './http/error-policy';
import { graphqlHandler, plain } from './http/graphql-handler';
import { HttpDrain } from './http/http-drain';
import { PLAYGROUND_ASSETS, playgroundPage, servePlaygroundAsset } from './http/playground';
import { Logger } from './logger';

export interface AppDependencies {
  readonly wallets: WalletService;
  /** Proves who is asking: every GraphQL request carries a bearer token. */
  readonly tokens: TokenVerifier;
  /** Headers the Playground's tabs send (development: a token of the first example user). */
  readonly playgroundHeaders?: () => Promise<Record<string, string>>;
  /** Readiness: true once the store answers. */
  readonly isStoreReachable: () => Promise<boolean>;
  /** GraphQL Playground and introspection (development); off in production. */
  readonly playground: boolean;
  readonly logger: Logger;
  /** When given, GET /metrics answers with its result as JSON (the benchmark's opt-in probe). */
  readonly metrics?: () => unknown;
  /** Origins whose browser apps may call the API ("*" for any); none by default. */
  readonly corsOrigins?: readonly string[];
  /** How long stop() waits for the requests already received to be answered (default 20 s). */
  readonly drainTimeoutMs?: number;
}

export interface App {
  readonly httpServer: Server;
  /** Resolves with the port it listens on (pass 0 for any free port). */
  listen(port: number, host?: string): Promise<number>;
  /** Stops accepting connections, answers every request already received (see HttpDrain), then stops Apollo. */
  stop(): Promise<void>;
}

export const GRAPHQL_PATH = '/graphql';

/** Builds the whole service from its dependencies. No I/O happens until listen(). */
export async function createApp({
  wallets, tokens, playgroundHeaders, isStoreReachable, playground, logger, metrics, corsOrigins = [], drainTimeoutMs = 20_000,
}: AppDependencies): Promise<App> {
  const httpServer = createServer();
  const drain = new HttpDrain(httpServer);
  const apollo = new ApolloServer<RequestContext>({
    schema: await buildWalletSchema(wallets),
    introspection: playground,
    includeStacktraceInErrorResponses: false,
    // main.ts owns the signals: it must stop DynamoDB Local after Apollo has drained.
    stopOnTerminationSignals: false,
    formatError,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      errorLoggingPlugin(logger),
      ...(playground ? [] : [ApolloServerPluginDisableSuggestions()]),
    ],
  });
  await apollo.start();
  const graphql = graphqlHandler(apollo, tokens);

  httpServer.on('request', (req: IncomingMessage, res: ServerResponse) => {
    route(req, res).catch((error: unknown) => {
      logger.error('HTTP request failed', { method: req.method, url: req.url, error: String(error) });
      if (!res.headersSent) plain(res, 500, 'Internal server error');
      else res.end();
    });
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (applyCors(req, res, corsOrigins)) return;
    if (path === '/health' && req.method === 'GET') {
      const ready = await isStoreReachable();
      res.writeHead(ready ? 200 : 503, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ status: ready ? 'ok' : 'store unreachable' }));
      return;
    }
    if (metrics && path === '/metrics' && req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(metrics()));
      return;
    }
    if (path === GRAPHQL_PATH) {
      const wantsPage = req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
      if (wantsPage && playground) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        // An absolute endpoint: the Playground resolves tab endpoints itself and expects a full URL.
        const host = /^[\w.:[\]-]+$/.test(req.headers.host ?? '') ? req.headers.host : 'localhost';
        res.end(playgroundPage(`http://${host}${GRAPHQL_PATH}`, await playgroundHeaders?.()));
        return;
      }
      return graphql(req, res);
    }
    if (playground && path.startsWith(`${PLAYGROUND_ASSETS}/`)) return servePlaygroundAsset(path, res);
    if (path === '/') {
      res.writeHead(302, { location: GRAPHQL_PATH });
      res.end();
      return;
    }
    plain(res, 404, 'Not found');
  }

  return {
    httpServer,
    listen(port, host) {
      return new Promise((done, fail) => {
        httpServer.once('error', fail);
        httpServer.listen(port, host, () => done((httpServer.address() as AddressInfo).port));
      });
    },
    async stop() {
      const inFlight = drain.requestsInFlight;
      const inTime = await drain.close(drainTimeoutMs);
      if (!inTime) logger.error('Shutdown deadline passed with requests still in flight: their connections were cut', { drainTimeoutMs });
      else if (inFlight > 0) logger.info('Answered the requests in flight', { inFlight });
      await apollo.stop();
    },
  };
}
