import { IncomingMessage, ServerResponse } from 'node:http';
import { ServiceMetrics } from '../application/service-metrics.port';
import { inRequestScope, Logger } from '../logger';
import { AnswerStallGuard } from './answer-stall';
import { applyCors } from './cors';
import { EdgeLog } from './edge-log';
import { plain } from './graphql-handler';
import { requestIdOf } from './request-id';
import { requestPath } from './request-target';
import { dispatch, Route, RouteAccess } from './route-table';

export interface ServeDeps {
  readonly routes: readonly Route[];
  readonly access: RouteAccess;
  /** Origins whose browser apps may call the API ("*" for any). */
  readonly corsOrigins: readonly string[];
  readonly logger: Logger;
  readonly log: EdgeLog;
  readonly metrics: ServiceMetrics;
  /**
   * How long an answer handed to the socket may wait for a client that takes none of it (REQUEST_TIMEOUT_MS).
   * Undefined: no deadline (tests of other concerns).
   */
  readonly stallMs?: number;
}

/**
 * Every HTTP request: given an id (in its answer and on every line logged while it is served), its target
 * checked, CORS answered, then the route table. An unexpected failure is logged here and answered 500.
 */
export function serveRequests(deps: ServeDeps): (req: IncomingMessage, res: ServerResponse) => void {
  const { logger, log } = deps;
  const answers = deps.stallMs === undefined ? undefined : new AnswerStallGuard(deps.stallMs);
  return (req, res) => {
    const requestId = requestIdOf(req);
    res.setHeader('x-request-id', requestId);
    // The child logger is made on the request's first line: most requests log none.
    let child: Logger | undefined;
    const scope = {
      requestId,
      get log() {
        child ??= logger.child({ requestId });
        return child;
      },
    };
    inRequestScope(scope, () => {
      res.once('close', () => res.writableFinished || log.debug('Client went away before the answer', { requestId, method: req.method }));
      route(deps, req, res, requestId).then(
        // An answer taken at once (nearly all) costs nothing more: no closure, no timer.
        () => answers && !res.writableFinished && answers.watch(req, res, () => stalled(deps, req, requestId)),
        (error: unknown) => {
          // A client that hung up is routine; anything else is ours. The id is named: the scope may not reach here (logger.ts).
          if (req.destroyed || res.destroyed) log.debug('Client went away', { requestId, method: req.method, error: String(error) });
          else {
            // Its path only, as for a malformed target: a query string may carry what no log should.
            logger.error('HTTP request failed', {
              requestId,
              method: req.method,
              url: req.url?.split('?')[0].slice(0, 200),
              error: String(error),
              stack: error instanceof Error ? error.stack : undefined,
            });
            // Counted where the alert on unexpected failures looks (running-it.md), as Apollo's own are.
            deps.metrics.graphqlError('INTERNAL_SERVER_ERROR');
          }
          if (!res.headersSent && !res.destroyed) plain(res, 500, 'Internal server error');
          else res.end();
        },
      );
    });
  };
}

function stalled(deps: ServeDeps, req: IncomingMessage, requestId: string): void {
  deps.metrics.refused('stalled_reader');
  deps.log.debug('Client stopped reading the answer: connection closed', { requestId, method: req.method });
}

async function route(deps: ServeDeps, req: IncomingMessage, res: ServerResponse, requestId: string): Promise<void> {
  const path = requestPath(req);
  if (path === undefined) {
    // Its path only: a query string may carry what no log should (a token, where a client put one).
    deps.log.warn('Malformed request target', { target: req.url?.split('?')[0].slice(0, 40) });
    deps.metrics.refused('malformed_target');
    return plain(res, 400, 'Malformed request target');
  }
  if (applyCors(req, res, deps.corsOrigins, deps.access)) return;
  return dispatch(deps.routes, deps.access, { req, res, path, requestId });
}
