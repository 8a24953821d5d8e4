import { LogContext, Logger } from '../../src/logger';

export interface LoggedLine {
  readonly level: string;
  readonly message: string;
  readonly context: LogContext;
}

/** A logger that keeps every line (a child's too, with its bindings), to check what reached which level. */
export function recordingLogger() {
  const lines: LoggedLine[] = [];
  /** The messages alone, in order. */
  const messages: string[] = [];
  /** How many child loggers were made (a request makes one only when it logs). */
  let children = 0;
  const make = (bindings: LogContext): Logger => {
    const at =
      (level: string) =>
      (message: string, context: LogContext = {}) => {
        lines.push({ level, message, context: { ...bindings, ...context } });
        messages.push(message);
      };
    return {
      debug: at('debug'),
      info: at('info'),
      warn: at('warn'),
      error: at('error'),
      child: (more) => {
        children += 1;
        return make({ ...bindings, ...more });
      },
    };
  };
  return {
    logger: make({}),
    lines,
    messages,
    errors: () => lines.filter((line) => line.level === 'error'),
    children: () => children,
  };
}
