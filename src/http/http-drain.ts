import { IncomingMessage, Server, ServerResponse } from 'node:http';
import { Socket } from 'node:net';

/**
 * Shutting the HTTP side down so that every request the service received gets its real answer:
 * 1. stop accepting connections;
 * 2. close the idle keep-alive connections at once (destroy: a request the process has not read is
 *    not received, and nothing of it runs; the client sees a closed connection and may retry);
 * 3. let every request already received finish, its answer carrying `Connection: close`, and
 *    close its connection after it; a request that arrives meanwhile on a kept-alive connection is
 *    answered normally, also with `Connection: close`;
 * 4. past the deadline, cut whatever is left.
 * Only then may the caller stop what the requests need (the store).
 */
export class HttpDrain {
  /** Responses not yet finished, per connection. */
  private readonly open = new Map<Socket, Set<ServerResponse>>();
  private closing = false;

  constructor(private readonly server: Server) {
    server.on('connection', (socket: Socket) => {
      this.open.set(socket, new Set());
      socket.once('close', () => this.open.delete(socket));
    });
    // Before the router: a late request must carry Connection: close before anything is written.
    server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
      const socket = req.socket;
      const responses = this.open.get(socket) ?? new Set<ServerResponse>();
      this.open.set(socket, responses);
      responses.add(res);
      if (this.closing) res.setHeader('connection', 'close');
      res.once('close', () => {
        responses.delete(res);
        // Headers went out before the drain began (keep-alive): end the connection after this answer.
        if (this.closing && responses.size === 0) socket.end();
      });
    });
  }

  get requestsInFlight(): number {
    let count = 0;
    for (const responses of this.open.values()) count += responses.size;
    return count;
  }

  /** Resolves true when every connection closed in time, false when the deadline cut some. */
  async close(timeoutMs: number): Promise<boolean> {
    this.closing = true;
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const [socket, responses] of this.open) {
      if (responses.size === 0) socket.destroy();
      for (const res of responses) if (!res.headersSent) res.setHeader('connection', 'close');
    }
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const inTime = await Promise.race([closed.then(() => true), timedOut]);
    clearTimeout(timer);
    if (!inTime) for (const socket of this.open.keys()) socket.destroy();
    return inTime;
  }
}
