import { RefusalReason } from '../application/service-metrics.port';

/**
 * One rate-limit bucket: its key in the RateLimiter, and the refusal counted when it is empty. The reason
 * travels with the bucket, so no one reads it back out of the key.
 */
export interface RateBucket {
  readonly key: string;
  readonly refusal: Extract<RefusalReason, 'rate_limited_address' | 'rate_limited_caller'>;
}

/** What an address pays: requests before anyone is identified, and each new token's signature check. */
export function addressBucket(address: string): RateBucket {
  return { key: `address:${address}`, refusal: 'rate_limited_address' };
}

/** What a verified caller pays, whichever address it comes from. */
export function callerBucket(callerId: string): RateBucket {
  return { key: `caller:${callerId}`, refusal: 'rate_limited_caller' };
}
