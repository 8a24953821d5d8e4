import { IncomingMessage, ServerResponse } from 'node:http';
import { ServiceMetrics } from '../application/service-metrics.port';
import { EdgeLog } from './edge-log';
import { HttpLimits } from './limits';
import { SharedTicker } from './shared-ticker';

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
  private readonly watched: SharedTicker<Watched>;

  private readonly now: () => number;
  private readonly metrics?: Pick<ServiceMetrics, 'refused'>;

  constructor(
    private readonly limits: Pick<HttpLimits, 'minBodyBytesPerSecond' | 'bodyGraceMs'>,
    private readonly log: EdgeLog,
    options: { readonly now?: () => number; readonly checkEveryMs?: number; readonly metrics?: Pick<ServiceMetrics, 'refused'> } = {},
  ) {
    this.now = options.now ?? (() => performance.now());
    this.metrics = options.metrics;
    this.watched = new SharedTicker(options.checkEveryMs ?? 250, (entry) => this.stillWatched(entry));
  }

  /** Watches the body of `req`, if it has one, until it has all arrived or the request is gone. */
  watch(req: IncomingMessage, res: ServerResponse): void {
    const declared = req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
    if (this.limits.minBodyBytesPerSecond <= 0 || !declared || req.complete) return;
    const entry = { req, res, startedAt: this.now(), bytesAtStart: req.socket.bytesRead };
    this.watched.add(entry);
    req.once('close', () => this.watched.delete(entry));
  }

  get inFlight(): number {
    return this.watched.size;
  }

  stop(): void {
    this.watched.stop();
  }

  /** False once the body has arrived, its request is gone, or it was too slow (then answered 408). */
  private stillWatched({ req, res, startedAt, bytesAtStart }: Watched): boolean {
    if (req.complete || req.socket.destroyed) return false;
    const late = this.now() - startedAt - this.limits.bodyGraceMs;
    if (late <= 0 || req.socket.bytesRead - bytesAtStart >= (this.limits.minBodyBytesPerSecond * late) / 1000) return true;
    this.log.warn('Request body too slow', { minBodyBytesPerSecond: this.limits.minBodyBytesPerSecond });
    this.metrics?.refused('body_too_slow');
    tooSlow(req, res, this.limits.minBodyBytesPerSecond);
    return false;
  }
}

/** 408 when nothing was answered yet; the connection is closed either way. */
function tooSlow(req: IncomingMessage, res: ServerResponse, minBodyBytesPerSecond: number): void {
  if (res.headersSent || res.writableEnded) return void req.socket.destroy();
  res.writeHead(408, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' });
  res.end(`Request body too slow: it must arrive at ${minBodyBytesPerSecond} bytes a second or more\n`);
  res.once('finish', () => req.socket.destroy());
}
