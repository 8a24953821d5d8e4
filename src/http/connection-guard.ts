import { IncomingMessage, Server, ServerResponse } from 'node:http';
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
 * fill the server. When every slot is taken all the same (many addresses, each holding a few: an operator's probe
 * filled them from 40 addresses of 7 sockets), a light newcomer takes the slot of an idle connection (no request in
 * flight, not a WebSocket) of the address holding the most, if that address holds at least two more than the
 * newcomer's: no address is kept out while another holds more than its share. (Not Node's `server.maxConnections`: it
 * counts a refused socket until its close event, so a burst of refused sockets would make it drop the next comers,
 * whoever they are.)
 */
export class ConnectionGuard {
  private readonly byAddress = new Map<string, Set<Socket>>();
  /** Each admitted socket's release, which gives its slot back (once). */
  private readonly releases = new Map<Socket, () => void>();
  /** Requests in flight on a socket, and sockets handed to WebSocket: not idle, never taken back. */
  private readonly busy = new Map<Socket, number>();
  private open = 0;

  constructor(private readonly limits: HttpLimits) {}

  /** Counts the socket in until it closes, or says why it is refused; `evicted` is told of a socket closed for it. */
  admit(socket: Socket, evicted: (address: string) => void = () => undefined): ConnectionRefusal | undefined {
    const address = addressKey(socket.remoteAddress);
    const held = this.byAddress.get(address)?.size ?? 0;
    const { maxConnectionsPerAddress, maxConnections, reservedConnections, reservedForAddressesBelow } = this.limits;
    if (maxConnectionsPerAddress > 0 && held >= maxConnectionsPerAddress) return 'address holds too many connections';
    if (this.open >= maxConnections) {
      const taken = held < reservedForAddressesBelow ? this.idleOfHeaviest(held) : undefined;
      if (!taken) return 'server full';
      evicted(addressKey(taken.remoteAddress));
      this.releases.get(taken)?.();
      taken.destroy();
    }
    if (held >= reservedForAddressesBelow && this.open >= maxConnections - reservedConnections) return 'only reserved connections left';
    const sockets = this.byAddress.get(address) ?? new Set<Socket>();
    sockets.add(socket);
    this.byAddress.set(address, sockets);
    this.open += 1;
    // Gone when the client has finished sending ('end'), not only at 'close': libuv runs close callbacks after
    // it accepts new connections, so on a busy loop an honest client reconnecting would find its old sockets counted.
    const release = () => {
      if (!this.releases.delete(socket)) return;
      this.busy.delete(socket);
      this.open -= 1;
      sockets.delete(socket);
      if (sockets.size === 0 && this.byAddress.get(address) === sockets) this.byAddress.delete(address);
    };
    this.releases.set(socket, release);
    socket.once('end', release);
    socket.once('close', release);
    return undefined;
  }

  /** A request is in flight on `socket` until the returned function is called (once: its answer's close). */
  requestStarted(socket: Socket): () => void {
    this.busy.set(socket, (this.busy.get(socket) ?? 0) + 1);
    return () => {
      const left = (this.busy.get(socket) ?? 1) - 1;
      if (left > 0) this.busy.set(socket, left);
      else this.busy.delete(socket);
    };
  }

  /** The socket now carries a WebSocket: never idle again. */
  upgraded(socket: Socket): void {
    this.busy.set(socket, Number.POSITIVE_INFINITY);
  }

  /** Connections held by `address` now (tests, metrics). */
  heldBy(remoteAddress: string): number {
    return this.byAddress.get(addressKey(remoteAddress))?.size ?? 0;
  }

  /** The oldest idle socket of the address holding the most, if it holds at least two more than `held`. */
  private idleOfHeaviest(held: number): Socket | undefined {
    const heaviestFirst = [...this.byAddress.values()].filter((sockets) => sockets.size > held + 1).sort((a, b) => b.size - a.size);
    for (const sockets of heaviestFirst) {
      for (const socket of sockets) if (!this.busy.has(socket)) return socket;
    }
    return undefined;
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
  server.on('request', (req: IncomingMessage, res: ServerResponse) => res.once('close', guard.requestStarted(req.socket)));
  server.on('upgrade', (req: IncomingMessage) => guard.upgraded(req.socket));
  const evicted = (address: string) => {
    log.warn('Idle connection closed for a lighter address', { address });
    metrics?.refused('connection_evicted');
  };
  server.on('connection', (socket: Socket) => {
    const refusal = guard.admit(socket, evicted);
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
