import { IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import { Duplex } from 'node:stream';
import { makeServer } from 'graphql-ws';
import { WebSocket, WebSocketServer } from 'ws';
import { ServiceMetrics } from '../../application/service-metrics.port';
import { AnswerStallGuard } from '../answer-stall';
import { requestPath } from '../request-target';
import { CLOSE, LEGACY_WS, TRANSPORT_WS } from './close-codes';
import { Connections } from './connections';
import { legacySocket } from './legacy-socket';
import { transportSocket } from './protocol-sockets';
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
  let closing = false;

  function attach(socket: WebSocket, request: IncomingMessage): void {
    connections.opened(socket);
    const adapted = socket.protocol === LEGACY_WS ? legacySocket(socket, logger, limits.keepAliveMs) : transportSocket(socket, logger);
    const session: SocketSession = {
      socket,
      request,
      address: deps.clientAddress(request),
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
      if (refusal) return refuse(socket, refusal.status, refusal.text);
      wss.handleUpgrade(req, socket, head, (ws) => attach(ws, req));
    },
    async close(graceMs = 2_000) {
      closing = true;
      stalls.stop();
      await connections.closeAll(CLOSE.serviceRestart.code, CLOSE.serviceRestart.reason, graceMs);
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };

  function refusalOf(req: IncomingMessage): { status: number; text: string } | undefined {
    if (requestPath(req) !== deps.path) return { status: 404, text: 'Not found' };
    const offered = (req.headers['sec-websocket-protocol'] ?? '').split(',').map((name) => name.trim());
    if (!offered.includes(TRANSPORT_WS) && !offered.includes(LEGACY_WS))
      return { status: 400, text: `Sec-WebSocket-Protocol must offer ${TRANSPORT_WS} (or the legacy ${LEGACY_WS})` };
    if (closing) return { status: 503, text: 'Shutting down: connect again in a moment' };
    return roomFor();
  }

  /** A slot, if need be the place of the oldest socket not yet authenticated (connections.ts); else 503. */
  function roomFor(): { status: number; text: string } | undefined {
    const room = connections.makeRoom(limits.maxConnections);
    if (room === 'made') metrics.refused('websocket_evicted');
    if (room !== 'none') return undefined;
    metrics.refused('websocket_full');
    return { status: 503, text: 'Too many WebSocket connections: retry later' };
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

function refuse(socket: Duplex, status: number, text: string): void {
  const reason = status === 404 ? 'Not Found' : status === 400 ? 'Bad Request' : 'Service Unavailable';
  const retry = status === 503 ? 'Retry-After: 5\r\n' : '';
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\n${retry}\r\n${text}\n`);
}
