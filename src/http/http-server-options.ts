import { ServerOptions } from 'node:http';
import { HttpLimits } from './limits';

/**
 * Node's timeouts, chosen rather than inherited (Node's request timeout is 300 s: a few hundred
 * 1-byte-every-5-s clients held every socket). A request still incomplete after `requestTimeoutMs`
 * gets 408 and its socket is closed; Node checks every `connectionsCheckingInterval`, kept well
 * under the timeouts so the bound holds to within a second. `headersTimeout` runs from the moment a
 * connection opens (measured on Node 20 and 24): a socket that sends nothing, or a request head a line
 * at a time, gets 408 and is closed, which is what frees the slots of idle and slowloris clients.
 */
export function httpServerOptions(limits: HttpLimits): ServerOptions {
  const headersTimeout = Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs);
  return {
    requestTimeout: limits.requestTimeoutMs,
    headersTimeout,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(headersTimeout / 4))),
  };
}
