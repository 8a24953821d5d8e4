/** Structured logs: one JSON object a line on stderr. LOG_LEVEL=silent keeps tests quiet. */
export interface Logger {
  info(message: string, context?: Record<string, unknown>): void;
  error(message: string, context?: Record<string, unknown>): void;
  /** Clients' misbehaviour worth noticing (refused requests); rate-limited by the edge. */
  warn?(message: string, context?: Record<string, unknown>): void;
  /** Routine noise, e.g. a client that hung up mid-request; only with LOG_LEVEL=debug. */
  debug?(message: string, context?: Record<string, unknown>): void;
}

const LEVELS = ['debug', 'info', 'warn', 'error', 'silent'];

export function createLogger(level = 'info'): Logger {
  const threshold = LEVELS.includes(level) ? LEVELS.indexOf(level) : LEVELS.indexOf('info');
  const write =
    (severity: string) =>
    (message: string, context: Record<string, unknown> = {}) => {
      if (LEVELS.indexOf(severity) < threshold) return;
      process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level: severity, message, ...context })}\n`);
    };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}
