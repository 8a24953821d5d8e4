import { ServerResponse } from 'node:http';
import { RateLimits } from './limits';
import { closeUnlessDrainable } from './refused-body';

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * A token bucket per caller: `burst` requests at once, then `perSecond`. The buckets live in a Map
 * in least-recently-used order (a Map iterates in insertion order; a touched bucket is re-inserted),
 * and past `maxCallers` the oldest is dropped: a flood of new addresses cannot grow it without bound.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly limits: Pick<RateLimits, 'perSecond' | 'burst' | 'maxCallers'>,
    private readonly now: () => number = Date.now,
  ) {}

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
    const bucket = this.buckets.get(caller) ?? { tokens: this.limits.burst, at: now };
    this.buckets.delete(caller);
    bucket.tokens = Math.min(this.limits.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.limits.perSecond);
    bucket.at = now;
    this.buckets.set(caller, bucket);
    if (this.buckets.size > this.limits.maxCallers) this.buckets.delete(this.buckets.keys().next().value as string);
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
