import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { SharedTicker } from './shared-ticker';

interface Watched {
  readonly socket: Socket;
  /** True once nothing is left to watch: the answer taken whole (or gone), or nothing of the socket's writes waiting. */
  readonly done: () => boolean;
  readonly onCut: () => void;
  windowAt: number;
  takenAtWindow: number;
}

/** What Node and libuv keep of a socket's writes: bytes handed to libuv, and those it has not yet written to the kernel. */
interface WriteCounts {
  readonly _bytesDispatched?: unknown;
  readonly _handle?: { readonly writeQueueSize?: unknown } | null;
}

/**
 * Bytes of this connection's answers the kernel has taken so far. Node's own socket timeout counts a write as progress
 * only once all of it is taken, and counts any byte read from the client as progress: an attacker that never read but
 * sent a blank line (which the parser skips) every 25 s kept its connection for good. libuv's queue shrinks as the
 * kernel takes each part of a write (`_bytesDispatched` and `writeQueueSize`: Node's own fields, present on Node 20 and
 * 24; test/unit/http/answer-stall.test.ts fails if a Node renames them).
 */
export function takenBytes(socket: Socket): number {
  const counts = socket as unknown as WriteCounts;
  const dispatched = counts._bytesDispatched;
  const queued = counts._handle?.writeQueueSize;
  if (typeof dispatched === 'number' && typeof queued === 'number') return dispatched - queued;
  // Without them (another runtime): a write counts when it is taken whole.
  return socket.bytesWritten - socket.writableLength;
}

/**
 * A deadline for answers a client has not taken whole once they are written (a stalled or hostile reader held its
 * connection, and the answer's bytes, for good), and alike for a WebSocket's frames (watchWrites): from then on, the
 * kernel must take some of the connection's writes in every window of `stallMs`, else the connection is closed and its
 * `onCut` told. The kernel hands room back in steps (about a third of the socket's send buffer), so what a window sees
 * is a step or nothing: a reader slower than a step a window is cut (docs/limits.md). One timer checks every watched
 * answer, and runs only while there is one: an answer taken at once is never watched.
 */
export class AnswerStallGuard {
  private readonly watched: SharedTicker<Watched>;
  /** The sockets watched by watchWrites: each once at a time. */
  private readonly writers = new WeakSet<Socket>();
  private lastTickAt = 0;
  /** How much later than due this tick came: time the process was not running (see pausedFor). */
  private lateMs = 0;

  constructor(
    private readonly stallMs: number,
    private readonly now: () => number = () => performance.now(),
    private readonly checkEveryMs = Math.min(250, Math.max(10, stallMs / 4)),
  ) {
    this.watched = new SharedTicker(
      checkEveryMs,
      (entry) => this.stillWatched(entry),
      (first) => this.pausedFor(first),
    );
  }

  /**
   * A tick that comes late (a long garbage collection, a blocked event loop, a machine busy with other work) follows
   * time in which no one could write, and this process could not hand the kernel's room to its writes either: timers
   * run before the loop polls the sockets. That time is not counted in any window (each is moved on by it), so an
   * honest reader is not cut for the service's own pause. A lateness within a tick is the timer's normal jitter.
   */
  private pausedFor(first: boolean): void {
    const now = this.now();
    const late = first ? 0 : now - this.lastTickAt - this.checkEveryMs;
    this.lastTickAt = now;
    this.lateMs = late > this.checkEveryMs ? late : 0;
  }

  /** Watches `res` until its answer is taken or its connection is gone (then `onCut`); nothing when it is taken already. */
  watch(req: IncomingMessage, res: ServerResponse, onCut: () => void): void {
    const socket = req.socket;
    if (res.writableFinished || res.destroyed || socket.destroyed) return;
    this.add(socket, () => res.writableFinished || res.destroyed, onCut);
  }

  /**
   * Watches a socket written to outside any HTTP answer (a WebSocket's), while some of its writes wait for the kernel:
   * the same deadline, from now. Nothing when none waits, or when the socket is watched already.
   */
  watchWrites(socket: Socket, onCut: () => void): void {
    if (socket.destroyed || socket.writableLength === 0 || this.writers.has(socket)) return;
    this.writers.add(socket);
    // Node's writable length counts a write until the kernel has taken all of it.
    const done = () => {
      if (socket.writableLength > 0) return false;
      this.writers.delete(socket);
      return true;
    };
    this.add(socket, done, onCut);
  }

  get inFlight(): number {
    return this.watched.size;
  }

  stop(): void {
    this.watched.stop();
  }

  private add(socket: Socket, done: () => boolean, onCut: () => void): void {
    this.watched.add({ socket, done, onCut, windowAt: this.now(), takenAtWindow: takenBytes(socket) });
  }

  /** False once the answer is taken or its connection gone, or when the kernel took nothing of it for a window (then cut). */
  private stillWatched(entry: Watched): boolean {
    const { socket } = entry;
    if (entry.done() || socket.destroyed) return false;
    const now = this.now();
    // Never past now: an answer watched since the last tick was not waiting through the pause.
    if (this.lateMs > 0) entry.windowAt = Math.min(entry.windowAt + this.lateMs, now);
    if (now - entry.windowAt < this.stallMs) return true;
    const taken = takenBytes(socket);
    if (taken !== entry.takenAtWindow) {
      entry.windowAt = now;
      entry.takenAtWindow = taken;
      return true;
    }
    entry.onCut();
    // The connection, not the answer: a pipelined answer waiting its turn has no socket to destroy yet.
    socket.destroy();
    return false;
  }
}
