import { IncomingMessage, Server, ServerResponse } from 'node:http';
import { ServiceMetrics } from '../application/service-metrics.port';
import { BodyRateGuard } from './body-rate';
import { CallerKey } from './caller-key';
import { ConnectionGuard, guardConnections } from './connection-guard';
import { EdgeLog } from './edge-log';
import { EdgeLimits } from './limits';
import { RateLimiter, tooManyRequests } from './rate-limit';

/**
 * What keeps one address from starving the others, beside Node's own timeouts: connection slots it
 * cannot take (connection-guard.ts), a minimum body rate (body-rate.ts), and a request ceiling per
 * address on top of each caller's bucket (one address holding many valid tokens).
 */
export function edgeGuards(
  server: Server,
  limits: EdgeLimits,
  log: EdgeLog,
  addressOf: CallerKey,
  metrics: Pick<ServiceMetrics, 'refused'>,
) {
  const connections: ConnectionGuard = guardConnections(server, limits.http, log, metrics);
  const bodies = new BodyRateGuard(limits.http, log, { metrics });
  const ceiling = { perSecond: limits.rate.addressPerSecond, burst: limits.rate.addressBurst, maxCallers: limits.rate.maxCallers };
  const perAddress = new RateLimiter(ceiling);
  function spendCeiling(req: IncomingMessage): number {
    const retryAfter = perAddress.take(addressOf(req));
    if (retryAfter > 0) log.warn('Address request ceiling exceeded', { address: addressOf(req) });
    return retryAfter;
  }
  return {
    connections,
    /** Every request, first: its body (if any) is watched from now. */
    received(req: IncomingMessage, res: ServerResponse): void {
      bodies.watch(req, res);
    },
    /** The address's ceiling: false (and a 429 sent) when it is spent. Health checks do not pass here. */
    withinAddressCeiling(req: IncomingMessage, res: ServerResponse): boolean {
      const retryAfter = spendCeiling(req);
      if (retryAfter <= 0) return true;
      tooManyRequests(res, retryAfter, ceiling);
      return false;
    },
    /** The same ceiling for a WebSocket upgrade (no response to answer on): 0 when within it, else the Retry-After seconds. */
    upgradeCeiling: (req: IncomingMessage): number => spendCeiling(req),
    stop(): void {
      bodies.stop();
    },
  };
}
