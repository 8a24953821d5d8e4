import { WebSocket as GraphqlWsSocket } from 'graphql-ws';
import { WebSocket } from 'ws';
import { Logger } from '../../logger';
import { jsonShapeProblem } from '../json-shape';
import { CLOSE_BAD_MESSAGE, TRANSPORT_WS } from './close-codes';

/** What graphql-ws's server needs of a socket: text in, text out, close. */
export type ProtocolSocket = GraphqlWsSocket;

/**
 * A message handler failed unexpectedly: logged, and the socket closed with a generic reason. A socket that is gone
 * already (the client hung up while an answer was being sent) is routine: debug.
 */
export function onFailure(socket: WebSocket, logger: Logger) {
  return (error: unknown) => {
    if (socket.readyState !== WebSocket.OPEN)
      return logger.debug?.('WebSocket closed while a message was handled', { error: String(error) });
    logger.error('WebSocket message handling failed', { error: String(error) });
    socket.close(1011, 'Internal server error');
  };
}

/**
 * The answer to a client's ping: a pong without the ping's payload. graphql-ws echoes the payload, so a client that
 * pinged with 16 KB and never read made the service queue its pongs without bound (hundreds of MB in seconds).
 */
export const PONG = JSON.stringify({ type: 'pong' });

/**
 * Sends when open; resolves once written (graphql-ws awaits it: a slow reader slows its own stream only). A send that
 * fails is the connection's end, never a bug of the service: still waiting when the socket is cut (a reader that
 * stopped: the keep-alive, the stall guard), or written into a connection the client reset (ECONNRESET, EPIPE), when
 * the socket still reads as open. The socket is then ended at once, which ends its streams; rejected, graphql-ws
 * counted and logged it as the subscription's internal error (a hostile probe raised INTERNAL_SERVER_ERROR, the
 * counter an on-call alert watches, once per reset).
 */
export function sendText(socket: WebSocket, data: string): Promise<void> {
  return new Promise((resolve) => {
    if (socket.readyState !== WebSocket.OPEN) return resolve();
    socket.send(data, (error) => {
      if (error) socket.terminate();
      resolve();
    });
  });
}

/**
 * Why a message is closed with 4400 before it is parsed, if it is: its JSON nests or holds more than any message of
 * the protocol does (json-shape.ts; 16 KB of nested arrays took milliseconds to parse, and a socket may send many).
 */
export function messageShapeProblem(text: string): string | undefined {
  const problem = jsonShapeProblem(text);
  return problem && `Invalid message: ${problem}`;
}

/** graphql-transport-ws as is: graphql-ws speaks it natively. `admit` says whether a message is within its socket's rate. */
export function transportSocket(socket: WebSocket, logger: Logger, admit: () => boolean = () => true): ProtocolSocket {
  return {
    protocol: TRANSPORT_WS,
    send: (data) => sendText(socket, data),
    close: (code, reason) => socket.close(code, reason),
    onMessage: (handle) =>
      socket.on('message', (data) => {
        if (!admit()) return;
        const text = String(data);
        const problem = messageShapeProblem(text);
        if (problem) return socket.close(CLOSE_BAD_MESSAGE, problem);
        void handle(text).catch(onFailure(socket, logger));
      }),
    onPing: () => sendText(socket, PONG),
  };
}
