import { WebSocket } from 'ws';
import { Logger } from '../../logger';
import { CLOSE_BAD_MESSAGE, TRANSPORT_WS } from './close-codes';
import { messageShapeProblem, onFailure, ProtocolSocket, sendText } from './protocol-sockets';

type Message = Record<string, unknown> & { type?: unknown; id?: unknown; payload?: unknown };

/**
 * The legacy subscriptions-transport-ws protocol (subprotocol "graphql-ws", GraphQL Playground 1.7), spoken
 * by translating its messages to and from graphql-transport-ws, so one graphql-ws server (the same
 * authentication, limits and execution) serves both:
 *
 *   client  connection_init -> connection_init    start -> subscribe    stop -> complete
 *           connection_terminate: the socket is closed (1000)
 *   server  connection_ack -> connection_ack, then `ka` every keepAliveMs    next -> data
 *           error -> error (its first error)    complete -> complete
 *           a refusal before the ack (4401, 4403, 4429, ...) -> connection_error, then the close
 *
 * Legacy clients send `start` right after connection_init, without waiting for the ack; graphql-ws would
 * take that as a subscribe before authentication (4401). So operations wait here until the ack, and a `stop` before
 * the ack takes its `start` out of the wait (forwarded, it stopped nothing, and the start ran after it, unstoppable).
 */
export function legacySocket(
  socket: WebSocket,
  logger: Logger,
  keepAliveMs: number,
  admit: () => boolean = () => true,
  /** Starts that may wait for the ack (a connection's subscriptions); one past it is answered an error at once. */
  maxWaiting = 20,
): ProtocolSocket {
  let acknowledged = false;
  let keepAlive: NodeJS.Timeout | undefined;
  let handle: (data: string) => Promise<void> = async () => undefined;
  let waiting: Array<{ id: unknown; text: string }> = [];
  let flushed = false;
  let refused = false;
  const forward = (data: string) => void handle(data).catch(onFailure(socket, logger));
  socket.once('close', () => clearInterval(keepAlive));
  const send = (message: Message) => sendText(socket, JSON.stringify(message));
  const adapter: ProtocolSocket = {
    protocol: TRANSPORT_WS,
    async send(data) {
      const message = parse(data);
      switch (message?.type) {
        case 'connection_ack':
          acknowledged = true;
          await send({ type: 'connection_ack' });
          await send({ type: 'ka' });
          keepAlive = setInterval(() => void send({ type: 'ka' }).catch(() => undefined), keepAliveMs);
          for (const early of waiting) forward(early.text);
          waiting = [];
          // Only now: a start or stop that came while the ack was being sent waited too, in order.
          flushed = true;
          return;
        case 'next':
          return send({ type: 'data', id: message.id, payload: message.payload });
        case 'error':
          return send({ type: 'error', id: message.id, payload: Array.isArray(message.payload) ? message.payload[0] : message.payload });
        case 'complete':
          return send({ type: 'complete', id: message.id });
        default:
          // pong (an answer to a ping the legacy protocol has no word for): nothing to say.
          return;
      }
    },
    close(code, reason) {
      // One refusal said once: graphql-ws closes again (4403) after a refusal the service already sent.
      if (refused) return;
      if (!acknowledged && code !== undefined && code >= 4000) {
        refused = true;
        void send({ type: 'connection_error', payload: { message: reason ?? 'Connection refused' } }).finally(() =>
          socket.close(code, reason),
        );
        return;
      }
      socket.close(code, reason);
    },
    onMessage(handler) {
      handle = handler;
      socket.on('message', (data) => {
        if (!admit()) return;
        const received = String(data);
        const problem = messageShapeProblem(received);
        if (problem) return adapter.close(CLOSE_BAD_MESSAGE, problem);
        const message = parse(received);
        const translated = message && inbound(message);
        if (translated === 'terminate') return socket.close(1000, 'Normal closure');
        // Anything untranslatable goes through as is: graphql-ws closes the socket with 4400 for a bad message.
        const text = translated ? JSON.stringify(translated) : received;
        if (flushed) return forward(text);
        if (translated?.type === 'complete') {
          waiting = waiting.filter((early) => early.id !== translated.id);
          return;
        }
        if (translated?.type !== 'subscribe') return forward(text);
        // Bounded like a connection's subscriptions: a client may not queue more before it is let in, and is told so.
        if (waiting.length < maxWaiting) waiting.push({ id: translated.id, text });
        else
          void send({
            type: 'error',
            id: translated.id,
            payload: { message: `At most ${maxWaiting} operations wait for the connection to be acknowledged.` },
          }).catch(() => undefined);
      });
    },
  };
  return adapter;
}

function inbound(message: Message): Message | 'terminate' | undefined {
  const id = typeof message.id === 'number' ? String(message.id) : message.id;
  switch (message.type) {
    case 'connection_init':
      return { type: 'connection_init', ...(message.payload === undefined ? {} : { payload: message.payload }) };
    case 'start':
      return { type: 'subscribe', id, payload: message.payload };
    case 'stop':
      return { type: 'complete', id };
    case 'connection_terminate':
      return 'terminate';
    default:
      return undefined;
  }
}

function parse(data: string): Message | undefined {
  try {
    const value: unknown = JSON.parse(data);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Message) : undefined;
  } catch {
    return undefined;
  }
}
