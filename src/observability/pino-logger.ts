import pino, { DestinationStream, Logger as Pino } from 'pino';
import { currentRequest, LOG_LEVELS, LogContext, Logger } from '../logger';

export interface LogSettings {
  /** debug, info, warn, error or silent (main.ts refuses any other LOG_LEVEL: config.ts); anything else here is info. */
  readonly level?: string;
  /** Human-readable lines (pino-pretty, a devDependency): for a terminal, never for a log pipeline. */
  readonly pretty?: boolean;
  /** Where the lines go: stderr unless given (a test reads them from its own stream). */
  readonly destination?: DestinationStream;
}

/** Credentials never reach a log line, wherever a caller put them in a line's context. */
const REDACTED = ['authorization', 'token', 'cookie', '*.authorization', '*.token', '*.cookie', '*.headers.authorization'];

/**
 * pino, one JSON object a line: `level` as a word, `time` in ISO 8601, the message in `msg`.
 * The logger returned follows the request being served (see inRequestScope): a line logged
 * through it during a request carries that request's id.
 */
export function createLogger(settings: LogSettings = {}): Logger {
  const level = settings.level && LOG_LEVELS.includes(settings.level) ? settings.level : 'info';
  const root = pino(
    {
      level,
      redact: { paths: REDACTED, censor: '[redacted]' },
      formatters: { level: (label) => ({ level: label }) },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    settings.destination ?? (settings.pretty ? prettyStream() : pino.destination({ fd: 2, sync: true })),
  );
  return adapt(root, true);
}

function adapt(target: Pino, followsRequest: boolean): Logger {
  const at =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (message: string, context: LogContext = {}): void => {
      // A line that names its request itself is not scoped again (one requestId key, not two).
      const scoped = followsRequest && context.requestId === undefined ? currentRequest()?.log : undefined;
      if (scoped) scoped[level](message, context);
      else target[level](context, message);
    };
  return {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    child: (bindings) => adapt(target.child(bindings), false),
  };
}

function prettyStream(): DestinationStream {
  try {
    // Loaded only when asked: a production install (npm ci --omit=dev) does not carry it.
    const pretty = require('pino-pretty') as (options: { destination: number; sync: boolean }) => DestinationStream;
    return pretty({ destination: 2, sync: true });
  } catch {
    throw new Error('LOG_PRETTY=true needs pino-pretty, a devDependency: install without --omit=dev, or unset LOG_PRETTY.');
  }
}
