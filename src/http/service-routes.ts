import { IncomingMessage, ServerResponse } from 'node:http';
import { ServiceMetrics } from '../application/service-metrics.port';
import { WalletUseCases } from '../application/wallet-use-cases';
import { Caller } from '../domain/caller';
import { plain } from './graphql-handler';
import { PLAYGROUND_ASSETS, playgroundPage, servePlaygroundAsset } from './playground';
import { answerHealth, Readiness } from './readiness';
import { Exchange, Route } from './route-table';
import { serveStatementCsv, StatementCsvLimits, statementWalletId } from './statement-csv';

export const GRAPHQL_PATH = '/graphql';
const HEALTH_PATHS = new Set(['/health', '/health/ready', '/health/live']);

export interface ServiceRoutesDeps {
  readonly wallets: WalletUseCases;
  readonly readiness: Readiness;
  readonly graphql: (req: IncomingMessage, res: ServerResponse, caller: Caller, requestId: string) => Promise<void>;
  /** The Playground page and its assets (development); off: GET /graphql is the API like any method. */
  readonly playground: boolean;
  /** Headers the Playground's tabs send (development: a token of the first example user). */
  readonly playgroundHeaders?: () => Promise<Record<string, string>>;
  /** The page's token also for a connection from another address (see pageMayCarryToken). */
  readonly playgroundTokenAnyAddress?: boolean;
  /** The CSV statement's byte budget and how long its reader may stall (docs/finance.md). */
  readonly statementCsv: StatementCsvLimits;
  /** Where the CSV statement's requests are counted (GraphQL's are counted by Apollo's metrics plugin). */
  readonly metrics: ServiceMetrics;
}

/** A browser asking for the Playground: GET /graphql that accepts HTML. */
const wantsPage = (path: string, req: IncomingMessage) => path === GRAPHQL_PATH && (req.headers.accept ?? '').includes('text/html');

/**
 * The service's routes, first match wins. Health is a probe (never rate-limited); the API and the CSV
 * statement need a verified caller; the rest, public, is paid for by the client address.
 */
export function serviceRoutes(deps: ServiceRoutesDeps): readonly Route[] {
  const { wallets, playground } = deps;
  const playgroundRoutes: Route[] = [
    {
      method: 'GET',
      path: wantsPage,
      access: 'address',
      handle: (exchange) => answerPlaygroundPage(exchange, deps.playgroundHeaders, deps.playgroundTokenAnyAddress),
    },
    {
      method: 'ANY',
      path: (path) => path.startsWith(`${PLAYGROUND_ASSETS}/`),
      access: 'address',
      handle: ({ path, res }) => servePlaygroundAsset(path, res),
    },
  ];
  return [
    { method: 'GET', path: (path) => HEALTH_PATHS.has(path), access: 'probe', handle: answerHealthOf(deps.readiness) },
    // Before the API: the page is GET /graphql too.
    ...(playground ? playgroundRoutes : []),
    {
      method: 'ANY',
      path: GRAPHQL_PATH,
      access: 'caller',
      handle: ({ req, res, requestId }, caller) => deps.graphql(req, res, caller, requestId),
    },
    {
      method: 'GET',
      path: (path) => statementWalletId(path) !== undefined,
      access: 'caller',
      handle: ({ req, res, path, requestId }, caller) =>
        serveStatementCsv(wallets, deps.metrics, caller, statementWalletId(path) ?? '', req, res, requestId, deps.statementCsv),
    },
    { method: 'ANY', path: '/', access: 'address', handle: ({ res }) => redirect(res, GRAPHQL_PATH) },
    { method: 'ANY', path: () => true, access: 'address', handle: ({ res }) => plain(res, 404, 'Not found') },
  ];
}

const answerHealthOf =
  (readiness: Readiness) =>
  async ({ path, res }: Exchange): Promise<void> => {
    await answerHealth(path, res, readiness);
  };

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(302, { location });
  res.end();
}

async function answerPlaygroundPage(
  { req, res }: Exchange,
  headers?: () => Promise<Record<string, string>>,
  anyAddress = false,
): Promise<void> {
  // An absolute endpoint: the Playground resolves tab endpoints itself and expects a full URL.
  const host = /^[\w.:[\]-]+$/.test(req.headers.host ?? '') ? req.headers.host : 'localhost';
  const html = playgroundPage(`http://${host}${GRAPHQL_PATH}`, pageMayCarryToken(req, anyAddress) ? await headers?.() : undefined);
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(html);
}

/**
 * The pre-filled token only for a page asked for from this machine, by name as this machine, by navigation: a page
 * reached by another name (another host on the network, a DNS-rebinding site), from another address (a client on the
 * network that sends `Host: localhost` itself, as any but a browser may), or read by another site's script (a request
 * with an `Origin`, which CORS_ORIGINS=* would let it read) gets the tabs without it. `anyAddress`
 * (PLAYGROUND_TOKEN_ANY_ADDRESS, for a container whose port is published on its host's loopback only, as
 * docker-compose.yml does) drops the address's part: such connections arrive from the container network's gateway.
 */
export function pageMayCarryToken(req: Pick<IncomingMessage, 'headers' | 'socket'>, anyAddress = false): boolean {
  const named = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(req.headers.host ?? '');
  const from = req.socket.remoteAddress ?? '';
  const fromHere = anyAddress || /^(::ffff:)?127\./.test(from) || from === '::1';
  return named && fromHere && req.headers.origin === undefined;
}
