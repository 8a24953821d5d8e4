import { WebSocket } from 'ws';

/**
 * The sockets not yet acknowledged (no valid connection_init so far), oldest first, and at most `max` of them: the
 * rest of the WebSocket slots are only for sockets that have shown a valid token. When the pool is full, a newcomer
 * takes the place of the oldest socket whose connection_init is not being verified: an honest client sends its
 * connection_init as soon as the socket opens, so it is safe once that message arrives, and to cut it before then an
 * attacker must open `max` sockets within its round trip. Refusing the newcomer instead kept every real subscriber out
 * for as long as an attacker re-opened sockets it never authenticated (the former 503 at 200 sockets).
 */
export class UnauthenticatedSockets {
  /** Each socket, in the order it opened, and whether its connection_init is being verified (it is not cut then). */
  private readonly waiting = new Map<WebSocket, boolean>();

  constructor(private readonly max: number) {}

  get size(): number {
    return this.waiting.size;
  }

  get full(): boolean {
    return this.waiting.size >= this.max;
  }

  opened(socket: WebSocket): void {
    this.waiting.set(socket, false);
    socket.once('close', () => this.waiting.delete(socket));
  }

  /** Its connection_init is being verified (true) or was refused (false: it may be cut again, while it closes). */
  verifying(socket: WebSocket, verifying: boolean): void {
    // Map.set keeps an entry's place, so the order stays the order of opening.
    if (this.waiting.has(socket)) this.waiting.set(socket, verifying);
  }

  authenticated(socket: WebSocket): void {
    this.waiting.delete(socket);
  }

  /** Cuts the oldest socket not being verified, at once (it owes no closing handshake); false when there is none. */
  evictOldest(): boolean {
    for (const [socket, verifying] of this.waiting) {
      if (verifying) continue;
      this.waiting.delete(socket);
      socket.terminate();
      return true;
    }
    return false;
  }
}
