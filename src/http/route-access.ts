import { IncomingMessage, ServerResponse } from 'node:http';
import { ServiceMetrics } from '../application/service-metrics.port';
import { TokenVerifier } from '../application/token-verifier.port';
import { Caller } from '../domain/caller';
import { bearerToken, identify, refuseUnauthenticated } from './authentication';
import { CallerKey } from './caller-key';
import { EdgeLog } from './edge-log';
import { RateLimits } from './limits';
import { RateLimiter, tooManyRequests } from './rate-limit';
import { addressBucket, callerBucket, RateBucket } from './rate-bucket';
import { RouteAccess } from './route-table';

export interface RouteAccessDeps {
  readonly tokens: TokenVerifier;
  readonly rateLimiter: RateLimiter;
  readonly rateLimits: RateLimits;
  /** The per-address request ceiling (edge-guards.ts). */
  readonly ceiling: RouteAccess['withinAddressCeiling'];
  readonly callerKey: CallerKey;
  readonly metrics: ServiceMetrics;
  readonly log: EdgeLog;
}

/** What each route's `access` costs: the address's ceiling and bucket, or a verified caller's bucket. */
export function routeAccess(deps: RouteAccessDeps): RouteAccess {
  const { tokens, rateLimiter, callerKey, metrics, log } = deps;

  /** Takes one token from the bucket; false (and a 429 sent) when it is empty. */
  function spend(bucket: RateBucket, res: ServerResponse): boolean {
    const retryAfter = rateLimiter.take(bucket.key);
    if (retryAfter <= 0) return true;
    log.warn('Rate limit exceeded', { bucket: bucket.key });
    metrics.refused(bucket.refusal);
    tooManyRequests(res, retryAfter, deps.rateLimits);
    return false;
  }

  return {
    withinAddressCeiling(req, res) {
      if (deps.ceiling(req, res)) return true;
      metrics.refused('address_ceiling');
      return false;
    },
    addressPays: (req, res) => spend(addressBucket(callerKey(req)), res),
    /**
     * Who is asking, for every request that reads or changes money (GraphQL, the CSV statement); undefined
     * when refused (401 or 429 sent). Identified as a WebSocket is (authentication.ts); then its caller's
     * own bucket pays.
     */
    async identified(req: IncomingMessage, res: ServerResponse): Promise<Caller | undefined> {
      const identification = await identify(bearerToken(req), tokens, () => spend(addressBucket(callerKey(req)), res));
      if (identification.ok) {
        const { caller } = identification.verified;
        return spend(callerBucket(caller.id), res) ? caller : undefined;
      }
      if (identification.refusal === 'unauthenticated') {
        metrics.refused('unauthenticated');
        refuseUnauthenticated(req, res, identification.problem, identification.tokenGiven);
      }
      return undefined;
    },
  };
}
