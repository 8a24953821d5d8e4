import { WebSocket } from 'ws';

interface Waiting {
  readonly address: string;
  /** When it opened, in the order of opening. */
  readonly seq: number;
  /** Its connection_init is being verified: it is not cut then. */
  verifying: boolean;
}

/**
 * The sockets not yet acknowledged (no valid connection_init so far), per client address (as the HTTP edge keys it: an
 * IPv6 /64 is one), and at most `max` of them: the rest of the WebSocket slots are only for sockets that have shown a
 * valid token. When the pool is full, a newcomer takes the place of the oldest socket, not being verified, of the
 * address that holds the most (the newcomer counted with its own address, so an address that holds the most already
 * cuts its own). An honest client sends its connection_init as soon as the socket opens, so it is safe once that
 * message arrives: it is exposed for the round trip plus its connectionParams (a fresh token awaited there). To cut it
 * then, no address may hold more sockets than the honest one, so an attacker must fill the pool from about `max`
 * addresses (IPv6 /64s) within that time; churning from a few addresses cuts only their own sockets. Refusing the
 * newcomer instead kept every real subscriber out for as long as an attacker re-opened sockets it never authenticated
 * (the former 503 at 200 sockets).
 */
export class UnauthenticatedSockets {
  /** Each socket, in the order it opened. */
  private readonly waiting = new Map<WebSocket, Waiting>();
  /** The sockets of each address, in the order they opened (no empty set is kept). */
  private readonly byAddress = new Map<string, Set<WebSocket>>();

  private opening = 0;

  constructor(private readonly max: number) {}

  get size(): number {
    return this.waiting.size;
  }

  get full(): boolean {
    return this.waiting.size >= this.max;
  }

  /** Whether some socket may be cut (one not being verified). */
  get evictable(): boolean {
    for (const { verifying } of this.waiting.values()) if (!verifying) return true;
    return false;
  }

  /** Sockets of `address` in the pool (tests, metrics). */
  heldBy(address: string): number {
    return this.byAddress.get(address)?.size ?? 0;
  }

  opened(socket: WebSocket, address: string): void {
    this.waiting.set(socket, { address, seq: this.opening++, verifying: false });
    const own = this.byAddress.get(address) ?? new Set<WebSocket>();
    own.add(socket);
    this.byAddress.set(address, own);
    socket.once('close', () => this.remove(socket));
  }

  /** Its connection_init is being verified (true) or was refused (false: it may be cut again, while it closes). */
  verifying(socket: WebSocket, verifying: boolean): void {
    const entry = this.waiting.get(socket);
    if (entry) entry.verifying = verifying;
  }

  authenticated(socket: WebSocket): void {
    this.remove(socket);
  }

  /**
   * Cuts a socket for a newcomer from `address`, at once (it owes no closing handshake): the oldest not being verified
   * of the address holding the most (the newcomer counts for its own; between equals, the one whose socket is oldest).
   * False when every socket is being verified.
   */
  evictFor(address: string): boolean {
    const victim = this.victimFor(address);
    if (!victim) return false;
    this.remove(victim);
    victim.terminate();
    return true;
  }

  private victimFor(newcomer: string): WebSocket | undefined {
    let best: { socket: WebSocket; held: number; seq: number } | undefined;
    for (const [address, sockets] of this.byAddress) {
      const held = sockets.size + (address === newcomer ? 1 : 0);
      if (best && held < best.held) continue;
      for (const socket of sockets) {
        const { verifying, seq } = this.waiting.get(socket) as Waiting;
        if (verifying) continue;
        if (!best || held > best.held || seq < best.seq) best = { socket, held, seq };
        break;
      }
    }
    return best?.socket;
  }

  private remove(socket: WebSocket): void {
    const entry = this.waiting.get(socket);
    if (!entry) return;
    this.waiting.delete(socket);
    const own = this.byAddress.get(entry.address);
    own?.delete(socket);
    if (own?.size === 0) this.byAddress.delete(entry.address);
  }
}
