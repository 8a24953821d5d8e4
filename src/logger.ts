import { AsyncLocalStorage } from 'node:async_hooks';

export type LogContext = Record<string, unknown>;

/** The levels LOG_LEVEL names (config.ts refuses any other). */
export const LOG_LEVELS: readonly string[] = ['debug', 'info', 'warn', 'error', 'silent'];

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

/**
 * Whether this runtime's AsyncLocalStorage is built on async context frames (Node >= 24; Node 22 with
 * --experimental-async-context-frame), where following a request across awaits costs next to nothing. Older
 * runtimes build it on promise hooks, which run on every promise the process makes: measured on Node 20, 0.1 to
 * 0.2 ms of CPU per increase (docs/evidence.md, "Fifth round"). There the scope is not followed across awaits.
 * Only the command line is read: a flag given in NODE_OPTIONS is missed, which costs speed or the store lines' ids, never a wrong id.
 */
export function followsAwaits(version = process.versions.node, flags: readonly string[] = process.execArgv): boolean {
  const major = Number(version.split('.')[0]);
  if (major >= 24) return !flags.includes('--no-async-context-frame');
  return flags.includes('--experimental-async-context-frame');
}

const requestScope = followsAwaits() ? new AsyncLocalStorage<RequestScope>() : undefined;
/** Without context frames: the scope of the request whose synchronous part is running, if any. */
let synchronousScope: RequestScope | undefined;

/**
 * Runs one request's work in its scope. Code deeper down (the store, its retries) is handed the
 * service's logger once, at start-up: that logger asks currentRequest() on each line, so those
 * lines carry the request's id too, without a logger passed through every call. Where the runtime
 * cannot follow awaits cheaply (followsAwaits), only the lines logged before the work's first await
 * carry it; a line after one carries none (never another request's), and the lines that matter
 * most, the failed operation's (error-policy.ts) and the failed request's (serve-requests.ts), name
 * their request id themselves.
 */
export function inRequestScope<T>(scope: RequestScope, work: () => T): T {
  return requestScope ? requestScope.run(scope, work) : inSynchronousScope(scope, work);
}

/** Without context frames: `work` runs with `scope` as the synchronous one, the outer one restored after. */
function inSynchronousScope<T>(scope: RequestScope | undefined, work: () => T): T {
  const outer = synchronousScope;
  synchronousScope = scope;
  try {
    return work();
  } finally {
    synchronousScope = outer;
  }
}

/**
 * Runs `work` as no request's: a line it logs carries no request id. For lines about the service rather than a
 * request (a held-back count at a window's end, readiness, the tracing SDK's exports), which ran in the scope of
 * whichever request started their timer and carried its id (an operator's probe).
 */
export function outsideRequest<T>(work: () => T): T {
  return requestScope ? requestScope.exit(work) : inSynchronousScope(undefined, work);
}

/** The request being served, if any. */
export function currentRequest(): RequestScope | undefined {
  return requestScope ? requestScope.getStore() : synchronousScope;
}

/**
 * A URL as a log line may show it: without the user and password written before its host (a collector's basic auth in
 * its endpoint was logged as it was), with a scheme (`http://u:p@host`) or without one (`u:p@host:4317`).
 */
export function urlForLog(text: string | undefined): string | undefined {
  return text?.replace(/^([a-z][a-z0-9+.-]*:\/\/)?[^@/?#]*@/i, '$1');
}

/**
 * Warnings of one kind at most once every `intervalMs`, each with the number held back since: a flood of bad requests,
 * or of retries while the store is down, cannot flood the log.
 */
export function throttledWarn(logger: Logger, intervalMs = 10_000, now: () => number = Date.now) {
  return throttledLines(logger, 'warn', { intervalMs, now });
}

export interface Throttle {
  readonly intervalMs?: number;
  /** Lines of one key let through in an interval (the first ones of it); default 1. */
  readonly perInterval?: number;
  readonly now?: () => number;
}

/**
 * Lines at `level`, at most `perInterval` of one key (the message, unless another key is given) every `intervalMs`.
 * When lines of a window were held back, one more line says how many, at the window's end (`suppressedSinceLastLine`,
 * `heldBackOnly: true`): the last window of a flood is counted too, not only when a later line comes.
 */
export function throttledLines(
  logger: Logger,
  level: 'warn' | 'error',
  { intervalMs = 10_000, perInterval = 1, now = Date.now }: Throttle = {},
) {
  type Window = { at: number; lines: number; suppressed: number; report?: NodeJS.Timeout };
  const windows = new Map<string, Window>();
  const write = (kind: string, context: LogContext) => (logger[level] ?? logger.info)(kind, context);
  const reportAtEnd = (kind: string, key: string, window: Window) => {
    window.report ??= setTimeout(
      () => {
        window.report = undefined;
        // Of the window, not of the request that started the timer; naming what it counts when the key says more.
        if (window.suppressed > 0)
          outsideRequest(() =>
            write(kind, {
              suppressedSinceLastLine: window.suppressed,
              heldBackOnly: true,
              ...(key !== kind && key !== '' && { counted: key }),
            }),
          );
        window.suppressed = 0;
      },
      Math.max(0, window.at + intervalMs - now()),
    ).unref();
  };
  return (kind: string, context: LogContext = {}, key = kind): void => {
    const window = windows.get(key);
    if (window && now() - window.at < intervalMs) {
      if (window.lines >= perInterval) {
        window.suppressed += 1;
        reportAtEnd(kind, key, window);
        return;
      }
      window.lines += 1;
      write(kind, context);
      return;
    }
    if (window?.report) clearTimeout(window.report);
    windows.set(key, { at: now(), lines: 1, suppressed: 0 });
    write(kind, { ...context, ...(window?.suppressed ? { suppressedSinceLastLine: window.suppressed } : {}) });
  };
}
