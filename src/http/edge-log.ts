import { Logger, throttledWarn } from '../logger';

/**
 * What the HTTP edge logs about clients. Refusals are warnings, at most one line per kind every
 * `intervalMs` with the number held back since, so a flood of bad requests cannot flood the log.
 * Client aborts and timeouts are routine: debug.
 */
export function edgeLog(logger: Logger, intervalMs = 10_000, now: () => number = Date.now) {
  return {
    warn: throttledWarn(logger, intervalMs, now),
    debug(message: string, context: Record<string, unknown> = {}): void {
      logger.debug?.(message, context);
    },
  };
}

export type EdgeLog = ReturnType<typeof edgeLog>;
