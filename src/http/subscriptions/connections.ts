import { WebSocket } from 'ws';
import { UnauthenticatedSockets } from './unauthenticated-sockets';

/**
 * The open sockets, in all and per caller: what the connection limits count, and what the shutdown
 * closes. A socket counts for its caller once its token is verified, until it closes; until then it is one of the
 * `unauthenticated`, a pool of its own.
 */
export class Connections {
  private readonly open = new Set<WebSocket>();
  private readonly perCaller = new Map<string, number>();
  readonly unauthenticated: UnauthenticatedSockets;

  constructor(maxUnauthenticated: number) {
    this.unauthenticated = new UnauthenticatedSockets(maxUnauthenticated);
  }

  get size(): number {
    return this.open.size;
  }

  /** `address`: the client's, as the HTTP edge keys it (caller-key.ts), for the unauthenticated pool's fairness. */
  opened(socket: WebSocket, address: string): void {
    this.open.add(socket);
    this.unauthenticated.opened(socket, address);
    socket.once('close', () => this.open.delete(socket));
  }

  /**
   * Room for one more socket of at most `max`, from `address`: `free`, or `made` once an unauthenticated socket was
   * cut for it (their pool is full, or every slot is taken; unauthenticated-sockets.ts says which), or `none` when
   * there is none to cut. Called once the handshake is valid: a malformed upgrade cuts no one.
   */
  makeRoom(max: number, address: string): 'free' | 'made' | 'none' {
    if (this.hasFreeRoom(max)) return 'free';
    return this.unauthenticated.evictFor(address) ? 'made' : 'none';
  }

  /** Whether makeRoom would find room, without cutting anyone (checked before the handshake is validated). */
  mayMakeRoom(max: number): boolean {
    return this.hasFreeRoom(max) || this.unauthenticated.evictable;
  }

  private hasFreeRoom(max: number): boolean {
    return this.open.size < max && !this.unauthenticated.full;
  }

  /** Counts the socket for `callerId`; false (nothing counted) when the caller is at `max` already. */
  claim(callerId: string, max: number): boolean {
    const count = this.perCaller.get(callerId) ?? 0;
    if (count >= max) return false;
    this.perCaller.set(callerId, count + 1);
    return true;
  }

  release(callerId: string): void {
    const count = (this.perCaller.get(callerId) ?? 1) - 1;
    if (count <= 0) this.perCaller.delete(callerId);
    else this.perCaller.set(callerId, count);
  }

  /** Closes every socket with `code`; those that have not finished the closing handshake within `graceMs` are cut. */
  async closeAll(code: number, reason: string, graceMs: number): Promise<void> {
    const closing = [...this.open].map(
      (socket) =>
        new Promise<void>((resolve) => {
          if (socket.readyState === WebSocket.CLOSED) return resolve();
          socket.once('close', () => resolve());
          socket.close(code, reason);
        }),
    );
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, graceMs);
    });
    await Promise.race([Promise.all(closing), late]);
    clearTimeout(timer);
    for (const socket of this.open) socket.terminate();
  }
}
