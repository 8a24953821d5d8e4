import { IncomingMessage, ServerResponse } from 'node:http';
import { EdgeLog } from './edge-log';
import { HttpLimits } from './limits';

interface Watched {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly startedAt: number;
  readonly bytesAtStart: number;
}

/**
 * A minimum body rate. Node bounds a whole request by `requestTimeout` (30 s), which a sender of one
 * byte a second holds to the end; here, after `bodyGraceMs`, a body must have arrived at
 * `minBodyBytesPerSecond` on average since, else 408 and the connection is closed. Progress is read
 * from the socket's byte count, so watching adds no listener to the body and leaves its reader alone.
 * One timer checks every body in flight.
 */
export class BodyRateGuard {
  private readonly watched = new Set<Watched>();
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly limits: Pick<HttpLimits, 'minBodyBytesPerSecond' | 'bodyGraceMs'>,
    private readonly log: EdgeLog,
    private readonly now: () => number = () => performance.now(),
    private readonly checkEveryMs = 250,
  ) {}

  /** Watches the body of `req`, if it has one, until it has all arrived or the request is gone. */
  watch(req: IncomingMessage, res: ServerResponse): void {
    const declared = req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
    if (this.limits.minBodyBytesPerSecond <= 0 || !declared || req.complete) return;
    const entry = { req, res, startedAt: this.now(), bytesAtStart: req.socket.bytesRead };
    this.watched.add(entry);
    req.once('close', () => this.watched.delete(entry));
    this.timer ??= setInterval(() => this.check(), this.checkEveryMs).unref();
  }

  get inFlight(): number {
    return this.watched.size;
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private check(): void {
    const now = this.now();
    for (const entry of this.watched) {
      const { req, res, startedAt, bytesAtStart } = entry;
      const late = now - startedAt - this.limits.bodyGraceMs;
      if (req.complete || req.socket.destroyed) this.watched.delete(entry);
      else if (late > 0 && req.socket.bytesRead - bytesAtStart < (this.limits.minBodyBytesPerSecond * late) / 1000) {
        this.watched.delete(entry);
        this.log.warn('Request body too slow', { minBodyBytesPerSecond: this.limits.minBodyBytesPerSecond });
        tooSlow(req, res, this.limits.minBodyBytesPerSecond);
      }
    }
    if (this.watched.size === 0) this.stop();
  }
}

/** 408 when nothing was answered yet; the connection is closed either way. */
function tooSlow(req: IncomingMessage, res: ServerResponse, minBodyBytesPerSecond: number): void {
  if (res.headersSent || res.writableEnded) return void req.socket.destroy();
  res.writeHead(408, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' });
  res.end(`Request body too slow: it must arrive at ${minBodyBytesPerSecond} bytes a second or more\n`);
  res.once('finish', () => req.socket.destroy());
}
