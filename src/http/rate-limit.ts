import { ServerResponse } from 'node:http';
import { BoundedLru } from '../application/bounded-lru';
import { RateLimits } from './limits';
import { closeUnlessDrainable } from './refused-body';

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * A token bucket per caller: `burst` requests at once, then `perSecond`. The buckets are kept least recently
 * used first out, at most `maxCallers`: a flood of new addresses cannot grow them without bound, and a
 * forgotten caller only gets the full bucket a new one starts with.
 *
 * Why not rate-limiter-flexible's memory limiter: it counts fixed windows (twice the burst across a window's
 * edge), keeps a timer per key and no bound on how many keys, and answers with a promise; a bucket here is two
 * numbers, updated in place, on every request.
 */
export class RateLimiter {
  private readonly buckets: BoundedLru<string, Bucket>;

  constructor(
    private readonly limits: Pick<RateLimits, 'perSecond' | 'burst' | 'maxCallers'>,
    private readonly now: () => number = Date.now,
  ) {
    this.buckets = new BoundedLru(limits.maxCallers);
  }

  get enabled(): boolean {
    return this.limits.perSecond > 0;
  }

  get callers(): number {
    return this.buckets.size;
  }

  /** Spends one token of `caller`: 0 when allowed, else the seconds until a token is back (Retry-After). */
  take(caller: string): number {
    if (!this.enabled) return 0;
    const now = this.now();
    const bucket = this.buckets.getOrCompute(caller, () => ({ tokens: this.limits.burst, at: now }));
    bucket.tokens = Math.min(this.limits.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.limits.perSecond);
    bucket.at = now;
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.limits.perSecond));
  }
}

/** 429 with Retry-After. Nothing parses the request's body; a small one is drained and the connection kept (refused-body.ts). */
export function tooManyRequests(res: ServerResponse, retryAfterSeconds: number, limits: Pick<RateLimits, 'perSecond' | 'burst'>): void {
  closeUnlessDrainable(res.req, res);
  const body = `Too many requests: at most ${limits.perSecond} a second, bursts of ${limits.burst}; retry after ${retryAfterSeconds} s\n`;
  res.writeHead(429, {
    'content-type': 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'retry-after': String(retryAfterSeconds),
  });
  res.end(body);
}
