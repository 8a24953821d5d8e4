import { Logger } from '../logger';

/**
 * What the HTTP edge logs about clients. Refusals are warnings, at most one line per kind every
 * `intervalMs` with the number held back since, so a flood of bad requests cannot flood the log.
 * Client aborts and timeouts are routine: debug.
 */
export function edgeLog(logger: Logger, intervalMs = 10_000, now: () => number = Date.now) {
  const lastLine = new Map<string, { at: number; suppressed: number }>();
  return {
    warn(kind: string, context: Record<string, unknown> = {}): void {
      const seen = lastLine.get(kind);
      if (seen && now() - seen.at < intervalMs) {
        seen.suppressed += 1;
        return;
      }
      lastLine.set(kind, { at: now(), suppressed: 0 });
      (logger.warn ?? logger.info)(kind, { ...context, ...(seen?.suppressed ? { suppressedSinceLastLine: seen.suppressed } : {}) });
    },
    debug(message: string, context: Record<string, unknown> = {}): void {
      logger.debug?.(message, context);
    },
  };
}

export type EdgeLog = ReturnType<typeof edgeLog>;
