import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';

export interface AnswerRateLimits {
  /** The window: an answer left waiting must see its connection take bytes within each (REQUEST_TIMEOUT_MS). */
  readonly stallMs: number;
  /** Bytes a second the connection must take, on average over each window (at least one byte a window). */
  readonly minAnswerBytesPerSecond: number;
}

interface Watched {
  readonly res: ServerResponse;
  readonly socket: Socket;
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
 * sent a blank line (which the parser skips) every 25 s kept its connection for good, and a reader at 256 KB/s of two
 * pipelined answers of 2.6 MB was cut at a 2 s deadline. libuv's queue shrinks as the kernel takes each part of a write.
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
 * A minimum read rate for answers a client has not taken whole once they are written (a stalled or hostile reader held
 * its connection, and the answer's bytes, for good). From then on, in every window of `stallMs` the connection must take
 * `minAnswerBytesPerSecond` on average (and at least a byte), else it is closed and its `onCut` told. One timer checks every
 * watched answer, and runs only while there is one: an answer taken at once is never watched.
 */
export class AnswerRateGuard {
  private readonly watched = new Set<Watched>();
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly limits: AnswerRateLimits,
    private readonly now: () => number = () => performance.now(),
    private readonly checkEveryMs = Math.min(250, Math.max(10, limits.stallMs / 4)),
  ) {}

  /** Watches `res` until its answer is taken or its connection is gone (then `onCut`); nothing when it is taken already. */
  watch(req: IncomingMessage, res: ServerResponse, onCut: () => void): void {
    const socket = req.socket;
    if (res.writableFinished || res.destroyed || socket.destroyed) return;
    this.watched.add({ res, socket, onCut, windowAt: this.now(), takenAtWindow: takenBytes(socket) });
    this.timer ??= setInterval(() => this.check(), this.checkEveryMs).unref();
  }

  get inFlight(): number {
    return this.watched.size;
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private check(): void {
    const now = this.now();
    for (const entry of this.watched) {
      const { res, socket } = entry;
      const elapsed = now - entry.windowAt;
      if (res.writableFinished || res.destroyed || socket.destroyed) this.watched.delete(entry);
      else if (elapsed >= this.limits.stallMs) {
        const taken = takenBytes(socket);
        if (taken - entry.takenAtWindow < Math.max(1, (this.limits.minAnswerBytesPerSecond * elapsed) / 1000)) {
          this.watched.delete(entry);
          entry.onCut();
          // The connection, not the answer: a pipelined answer waiting its turn has no socket to destroy yet.
          socket.destroy();
        } else {
          entry.windowAt = now;
          entry.takenAtWindow = taken;
        }
      }
    }
    if (this.watched.size === 0) this.stop();
  }
}
