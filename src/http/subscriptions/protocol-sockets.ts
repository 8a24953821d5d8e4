import { WebSocket as GraphqlWsSocket } from 'graphql-ws';
import { WebSocket } from 'ws';
import { Logger } from '../../logger';
import { TRANSPORT_WS } from './close-codes';

/** What graphql-ws's server needs of a socket: text in, text out, close. */
export type ProtocolSocket = GraphqlWsSocket;

/** A message handler failed unexpectedly: logged, and the socket closed with a generic reason. */
export function onFailure(socket: WebSocket, logger: Logger) {
  return (error: unknown) => {
    logger.error('WebSocket message handling failed', { error: String(error) });
    socket.close(1011, 'Internal server error');
  };
}

/** Sends when open; resolves once written (graphql-ws awaits it: a slow reader slows its own stream only). */
export function sendText(socket: WebSocket, data: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (socket.readyState !== WebSocket.OPEN) return resolve();
    socket.send(data, (error) => (error ? reject(error) : resolve()));
  });
}

/** graphql-transport-ws as is: graphql-ws speaks it natively. */
export function transportSocket(socket: WebSocket, logger: Logger): ProtocolSocket {
  return {
    protocol: TRANSPORT_WS,
    send: (data) => sendText(socket, data),
    close: (code, reason) => socket.close(code, reason),
    onMessage: (handle) => socket.on('message', (data) => void handle(String(data)).catch(onFailure(socket, logger))),
  };
}
