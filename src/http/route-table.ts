import { IncomingMessage, ServerResponse } from 'node:http';
import { Caller } from '../domain/caller';

/** One request as a route sees it: `path` is the decoded path of its target, without the query. */
export interface Exchange {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly path: string;
  /** Its id, answered as x-request-id (request-id.ts). */
  readonly requestId: string;
}

/** A path by name, or a test of the whole request (the Playground page is GET /graphql asking for HTML). */
type PathMatch = string | ((path: string, req: IncomingMessage) => boolean);

/**
 * One line of the routing table. `access` says who pays before the handler runs: `probe`, nobody (the
 * operator's health checks cost no store request); `address`, the client address's ceiling and bucket;
 * `caller`, the address's ceiling, then a verified bearer token and its caller's bucket.
 */
export type Route = { readonly method: 'GET' | 'ANY'; readonly path: PathMatch } & (
  | { readonly access: 'probe' | 'address'; handle(exchange: Exchange): Promise<void> | void }
  | { readonly access: 'caller'; handle(exchange: Exchange, caller: Caller): Promise<void> | void }
);

/** How a request pays for its route; each answers false (or undefined) once it has sent the refusal. */
export interface RouteAccess {
  /** The per-address ceiling that every route but a probe passes first. */
  withinAddressCeiling(req: IncomingMessage, res: ServerResponse): boolean;
  /** One token of the client address's bucket. */
  addressPays(req: IncomingMessage, res: ServerResponse): boolean;
  /** The verified caller, whose bucket paid. */
  identified(req: IncomingMessage, res: ServerResponse): Promise<Caller | undefined>;
}

/**
 * The first route that matches, in table order. A probe's GET route answers HEAD too (Node sends the head, no body),
 * for load balancers that probe with it; no other does (a statement's HEAD would read its whole window to send nothing).
 */
function findRoute(routes: readonly Route[], req: IncomingMessage, path: string): Route | undefined {
  return routes.find((route) => {
    const head = req.method === 'HEAD' && route.access === 'probe';
    if (route.method === 'GET' && req.method !== 'GET' && !head) return false;
    return typeof route.path === 'string' ? route.path === path : route.path(path, req);
  });
}

/** Runs the route that matches (the last route must match everything): its access first, then its handler. */
export async function dispatch(routes: readonly Route[], access: RouteAccess, exchange: Exchange): Promise<void> {
  const { req, res, path } = exchange;
  const route = findRoute(routes, req, path);
  if (!route) throw new Error(`No route for ${req.method} ${path}: the table must end with a catch-all`);
  if (route.access === 'probe') return route.handle(exchange);
  if (!access.withinAddressCeiling(req, res)) return;
  if (route.access === 'address') return access.addressPays(req, res) ? route.handle(exchange) : undefined;
  const caller = await access.identified(req, res);
  return caller && route.handle(exchange, caller);
}
