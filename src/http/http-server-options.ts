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

/**
 * The accept queue's length: connections the kernel has completed and the process has not accepted yet.
 * Node's default, 511, overflowed when the ~1,000 sockets one address had reset all came back at once while
 * the process waited for a CPU; the kernel then drops every new connection, a normal client's too, and its
 * SYN is resent only a second later (its p99 read 1,014 ms). Linux caps it at net.core.somaxconn (4096 by
 * default since 5.4): an accepted-then-refused socket costs microseconds, a dropped one a second.
 */
export const LISTEN_BACKLOG = 4096;
