import { AsyncLocalStorage } from 'node:async_hooks';

export type LogContext = Record<string, unknown>;

/**
 * Structured logs, one JSON object a line (pino, in src/observability/pino-logger.ts). The layers
 * see only this interface. LOG_LEVEL=silent keeps tests quiet.
 */
export interface Logger {
  /** Routine noise, e.g. a client that hung up mid-request; only with LOG_LEVEL=debug. */
  debug(message: string, context?: LogContext): void;
  info(message: string, context?: LogContext): void;
  /** Clients' misbehaviour worth noticing (refused requests); rate-limited by the edge. */
  warn(message: string, context?: LogContext): void;
  error(message: string, context?: LogContext): void;
  /** A logger whose every line also carries `bindings` (a request's id). */
  child(bindings: LogContext): Logger;
}

/** The request being served: its id, and its logger (a child carrying that id). */
export interface RequestScope {
  readonly requestId: string;
  readonly log: Logger;
}

const requestScope = new AsyncLocalStorage<RequestScope>();

/**
 * Runs one request's work in its scope. Code deeper down (the store, its retries) is handed the
 * service's logger once, at start-up: that logger asks currentRequest() on each line, so those
 * lines carry the request's id too, without a logger passed through every call.
 */
export function inRequestScope<T>(scope: RequestScope, work: () => T): T {
  return requestScope.run(scope, work);
}

/** The request being served, if any. */
export function currentRequest(): RequestScope | undefined {
  return requestScope.getStore();
}
