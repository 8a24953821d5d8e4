import { Server } from 'node:http';
import { RefusalReason, ServiceMetrics } from '../application/service-metrics.port';
import { Socket } from 'node:net';
import { addressKey } from './client-address';
import { EdgeLog } from './edge-log';
import { HttpLimits } from './limits';

export type ConnectionRefusal = 'address holds too many connections' | 'server full' | 'only reserved connections left';

/** How each refusal is counted (wallet_requests_refused_total). */
const COUNTED_AS: Record<ConnectionRefusal, RefusalReason> = {
  'address holds too many connections': 'connection_per_address',
  'server full': 'connection_full',
  'only reserved connections left': 'connection_reserved',
};

/**
 * Who may open a connection, decided when it opens (before a byte is read). At most `maxConnections`
 * in all; one address holds at most `maxConnectionsPerAddress`; and the last `reservedConnections` are
 * kept for addresses holding only a few, so idle or slow sockets from a handful of addresses cannot
 * fill the server. (Not Node's `server.maxConnections`: it counts a refused socket until its close
 * event, so a burst of refused sockets would make it drop the next comers, whoever they are.)
 */
export class ConnectionGuard {
  private readonly byAddress = new Map<string, number>();
  private open = 0;

  constructor(private readonly limits: HttpLimits) {}

  /** Counts the socket in until it closes, or says why it is refused. */
  admit(socket: Socket): ConnectionRefusal | undefined {
    const address = addressKey(socket.remoteAddress);
    const held = this.byAddress.get(address) ?? 0;
    const { maxConnectionsPerAddress, maxConnections, reservedConnections, reservedForAddressesBelow } = this.limits;
    if (maxConnectionsPerAddress > 0 && held >= maxConnectionsPerAddress) return 'address holds too many connections';
    if (this.open >= maxConnections) return 'server full';
    if (held >= reservedForAddressesBelow && this.open >= maxConnections - reservedConnections) return 'only reserved connections left';
    this.byAddress.set(address, held + 1);
    this.open += 1;
    // Gone when the client has finished sending ('end'), not only at 'close': libuv runs close callbacks after
    // it accepts new connections, so on a busy loop an honest client reconnecting would find its old sockets counted.
    let counted = true;
    const release = () => {
      if (!counted) return;
      counted = false;
      this.open -= 1;
      const left = (this.byAddress.get(address) ?? 1) - 1;
      if (left > 0) this.byAddress.set(address, left);
      else this.byAddress.delete(address);
    };
    socket.once('end', release);
    socket.once('close', release);
    return undefined;
  }

  /** Connections held by `address` now (tests, metrics). */
  heldBy(remoteAddress: string): number {
    return this.byAddress.get(addressKey(remoteAddress)) ?? 0;
  }
}

/**
 * Decides on each connection before anything else sees it, and resets a refused one at once (RST:
 * nothing read, nothing answered, no TIME_WAIT left on this side). The 'connection' listeners already
 * there (Node's HTTP parser set-up, the drain's bookkeeping) run for admitted sockets only: a flood of
 * refused sockets from one address, reconnecting as fast as it is closed, then costs the event loop
 * an accept and a reset each, not a parser each.
 */
export function guardConnections(
  server: Server,
  limits: HttpLimits,
  log: EdgeLog,
  metrics?: Pick<ServiceMetrics, 'refused'>,
): ConnectionGuard {
  const guard = new ConnectionGuard(limits);
  const admitted = server.listeners('connection');
  server.removeAllListeners('connection');
  server.on('connection', (socket: Socket) => {
    const refusal = guard.admit(socket);
    if (refusal === undefined) {
      for (const listener of admitted) listener.call(server, socket);
      return;
    }
    // One line per kind every few seconds at most (edge-log.ts), with the count held back since.
    log.warn('Connection refused', { reason: refusal, address: addressKey(socket.remoteAddress) });
    metrics?.refused(COUNTED_AS[refusal]);
    socket.resetAndDestroy();
  });
  return guard;
}
