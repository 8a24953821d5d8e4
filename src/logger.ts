/** Structured logs: one JSON object a line on stderr. LOG_LEVEL=silent keeps tests quiet. */
export interface Logger {
  info(message: string, context?: Record<string, unknown>): void;
  error(message: string, context?: Record<string, unknown>): void;
}

export function createLogger(level = process.env.LOG_LEVEL ?? 'info'): Logger {
  const write = (severity: string) => (message: string, context: Record<string, unknown> = {}) => {
    process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level: severity, message, ...context })}\n`);
  };
  const quiet = () => undefined;
  return {
    info: level === 'info' ? write('info') : quiet,
    error: level === 'silent' ? quiet : write('error'),
  };
}
