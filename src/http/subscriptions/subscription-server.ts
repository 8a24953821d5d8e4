import { IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import { Duplex } from 'node:stream';
import { makeServer } from 'graphql-ws';
import { WebSocket, WebSocketServer } from 'ws';
import { ServiceMetrics } from '../../application/service-metrics.port';
import { AnswerStallGuard } from '../answer-stall';
import { RateLimiter } from '../rate-limit';
import { requestIdOf } from '../request-id';
import { requestPath } from '../request-target';
import { CLOSE, LEGACY_WS, TRANSPORT_WS } from './close-codes';
import { Connections } from './connections';
import { legacySocket } from './legacy-socket';
import { ProtocolSocket, transportSocket } from './protocol-sockets';
import { serverOptions, SocketSession, SubscriptionDeps } from './server-options';

export interface SubscriptionServer {
  /** The HTTP server's `upgrade` event for `path`: a WebSocket in one of the two subprotocols, or a refusal. */
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Refuses new sockets and closes the open ones with 1012 (come back), waiting up to `graceMs` for their close. */
  close(graceMs?: number): Promise<void>;
  readonly connections: number;
}

/**
 * GraphQL over WebSocket on the HTTP endpoint's own port and path. The subprotocol the client offers picks
 * the language (graphql-transport-ws first, else the legacy graphql-ws); one graphql-ws server does the rest.
 */
export function createSubscriptionServer(
  deps: Omit<SubscriptionDeps, 'connections'> & {
    readonly path: string;
    readonly clientAddress: (req: IncomingMessage) => string;
    /**
     * Charges one upgrade to its address's request ceiling (edge-guards.ts), as an HTTP request is: 0 when within it,
     * else the seconds until it is back (the upgrade is answered 429 with Retry-After).
     */
    readonly addressCeiling: (req: IncomingMessage) => number;
    readonly metrics: ServiceMetrics;
    /** How long a socket's frames may wait for a client that takes none of them (REQUEST_TIMEOUT_MS, as HTTP answers). */
    readonly stallMs: number;
  },
): SubscriptionServer {
  const { limits, logger, metrics } = deps;
  const stalls = new AnswerStallGuard(deps.stallMs);
  const connections = new Connections(limits.maxUnauthenticatedConnections);
  const server = makeServer(serverOptions({ ...deps, connections }));
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: limits.maxMessageBytes,
    handleProtocols: (offered) => (offered.has(TRANSPORT_WS) ? TRANSPORT_WS : offered.has(LEGACY_WS) ? LEGACY_WS : false),
  });
  // Each socket's id, as an HTTP request's: in its 101 answer and on its log lines.
  const requestIds = new WeakMap<IncomingMessage, string>();
  wss.on('headers', (headers, req) => {
    const requestId = requestIdOf(req);
    requestIds.set(req, requestId);
    headers.push(`x-request-id: ${requestId}`);
  });
  let closing = false;

  function attach(socket: WebSocket, request: IncomingMessage, address: string): void {
    connections.opened(socket, address);
    const admit = messageRate(socket, request, () => adapted);
    const adapted =
      socket.protocol === LEGACY_WS
        ? legacySocket(socket, logger, limits.keepAliveMs, admit, limits.maxSubscriptionsPerConnection)
        : transportSocket(socket, logger, admit);
    const session: SocketSession = {
      socket,
      request,
      address,
      requestId: requestIds.get(request) ?? requestIdOf(request),
      close: ({ code, reason }) => adapted.close(code, reason),
      opening: new Set(),
    };
    const closed = server.opened(adapted, session);
    const stopPinging = keepAlive(socket, limits.keepAliveMs, (raw) => stalls.watchWrites(raw, () => stalled(socket)));
    socket.on('error', (error) => logger.debug?.('WebSocket error', { error: String(error) }));
    socket.once('close', (code, reason) => {
      stopPinging();
      closed(code, reason.toString()).catch((error: unknown) => logger.error('WebSocket cleanup failed', { error: String(error) }));
    });
  }

  return {
    get connections() {
      return connections.size;
    },
    upgrade(req, socket, head) {
      const refusal = refusalOf(req);
      if (refusal) return refuse(socket, refusal.status, refusal.text, refusal.retryAfter);
      const address = deps.clientAddress(req);
      // Room is made here, once ws has found the handshake valid (a malformed one, answered 400, cuts no one).
      wss.handleUpgrade(req, socket, head, (ws) => {
        if (makeRoom(address)) return attach(ws, req, address);
        // Room was checked a moment ago (refusalOf) and ws calls back at once: only if that ever changes, cut as a 503 is counted.
        metrics.refused('websocket_full');
        ws.terminate();
      });
    },
    async close(graceMs = 2_000) {
      closing = true;
      stalls.stop();
      await connections.closeAll(CLOSE.serviceRestart.code, CLOSE.serviceRestart.reason, graceMs);
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };

  function refusalOf(req: IncomingMessage): Refusal | undefined {
    if (requestPath(req) !== deps.path) return { status: 404, text: 'Not found' };
    const retryAfter = deps.addressCeiling(req);
    if (retryAfter > 0) {
      metrics.refused('address_ceiling');
      return { status: 429, text: `Too many requests from this address: retry after ${retryAfter} s`, retryAfter };
    }
    const offered = (req.headers['sec-websocket-protocol'] ?? '').split(',').map((name) => name.trim());
    if (!offered.includes(TRANSPORT_WS) && !offered.includes(LEGACY_WS))
      return { status: 400, text: `Sec-WebSocket-Protocol must offer ${TRANSPORT_WS} (or the legacy ${LEGACY_WS})` };
    if (closing) return { status: 503, text: 'Shutting down: connect again in a moment', retryAfter: 5 };
    if (connections.mayMakeRoom(limits.maxConnections)) return undefined;
    metrics.refused('websocket_full');
    return { status: 503, text: 'Too many WebSocket connections: retry later', retryAfter: 5 };
  }

  /** A slot, if need be the place of a socket not yet authenticated (unauthenticated-sockets.ts says whose); false if none. */
  function makeRoom(address: string): boolean {
    const room = connections.makeRoom(limits.maxConnections, address);
    if (room === 'made') metrics.refused('websocket_evicted');
    return room !== 'none';
  }

  /** Whether a socket's message (or ping, or pong) is within its rate; past it, the socket is closed (4429) and counted. */
  function messageRate(socket: WebSocket, request: IncomingMessage, adapter: () => ProtocolSocket): () => boolean {
    const bucket = new RateLimiter({ perSecond: limits.messagesPerSecond, burst: limits.messageBurst, maxCallers: 1 });
    const admit = () => {
      // The socket's own rate, then its address's request ceiling, as an HTTP request (a socket re-opened for a fresh
      // burst spends the address's).
      if (bucket.take('socket') === 0 && deps.addressCeiling(request) === 0) return true;
      if (socket.readyState === WebSocket.OPEN) {
        metrics.refused('websocket_flood');
        adapter().close(CLOSE.tooManyMessages.code, CLOSE.tooManyMessages.reason);
        // Read nothing more: ws reads a closing socket's frames until its close times out (30 s), and a flood of them
        // kept a core busy that long. The close frame is written; the socket is cut a second later.
        socket.pause();
        setTimeout(() => socket.terminate(), 1_000).unref();
      }
      return false;
    };
    socket.on('ping', () => void admit());
    socket.on('pong', () => void admit());
    return admit;
  }

  /** Counted as HTTP's answers nobody reads are (serve-requests.ts): the same rule, the same reason. */
  function stalled(socket: WebSocket): void {
    // Through ws, before the guard destroys the TCP socket: ws then says closing at once, and sends nothing more.
    socket.terminate();
    metrics.refused('stalled_reader');
    logger.debug?.('WebSocket client stopped reading: connection closed');
  }
}

/**
 * A ping every `intervalMs`; a socket that has not answered the previous one by then is cut (a dead peer holds nothing).
 * A pong proves nothing about reading, though: a client may send them unasked. So at each tick, a socket whose frames
 * wait for the kernel is handed to `watchWrites` (the answer-stall guard), which cuts it if the kernel then takes none.
 */
function keepAlive(socket: WebSocket, intervalMs: number, watchWrites: (raw: Socket) => void): () => void {
  let answered = true;
  socket.on('pong', () => {
    answered = true;
  });
  const timer = setInterval(() => {
    if (!answered) return socket.terminate();
    // Before the ping: the ping's own bytes wait a moment even on a socket read at once.
    const raw = (socket as unknown as { _socket?: Socket })._socket;
    if (raw) watchWrites(raw);
    answered = false;
    socket.ping();
  }, intervalMs);
  return () => clearInterval(timer);
}

interface Refusal {
  readonly status: 400 | 404 | 429 | 503;
  readonly text: string;
  /** Seconds, sent as Retry-After. */
  readonly retryAfter?: number;
}

const REASONS: Record<Refusal['status'], string> = {
  400: 'Bad Request',
  404: 'Not Found',
  429: 'Too Many Requests',
  503: 'Service Unavailable',
};

function refuse(socket: Duplex, status: Refusal['status'], text: string, retryAfter?: number): void {
  const reason = REASONS[status];
  const retry = retryAfter === undefined ? '' : `Retry-After: ${retryAfter}\r\n`;
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\n${retry}\r\n${text}\n`);
}
