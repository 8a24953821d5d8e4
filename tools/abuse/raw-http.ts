import { request } from 'node:http';
import { connect } from 'node:net';

/**
 * HTTP as an attacker writes it: raw bytes on a socket. Resolves with the status line's code (0 when
 * the server closed without answering) and when the socket closed, bounded by `timeoutMs`.
 */
export function rawRequest(
  port: number,
  text: string,
  timeoutMs = 5_000,
): Promise<{ status: number; response: string; closedAfterMs: number }> {
  return new Promise((done) => {
    const started = performance.now();
    const socket = connect(port, '127.0.0.1', () => socket.write(text));
    let response = '';
    const finish = () => {
      clearTimeout(timer);
      socket.destroy();
      done({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1] ?? 0), response, closedAfterMs: performance.now() - started });
    };
    const timer = setTimeout(finish, timeoutMs);
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (response += chunk));
    socket.on('close', finish);
    socket.on('error', () => undefined);
  });
}

/**
 * A chunked POST that keeps sending `chunkBytes` at a time until the server answers or `maxBytes`
 * are sent: resolves with the status and how many bytes had been sent by then.
 */
export function streamingPost(
  url: string,
  chunkBytes: number,
  maxBytes: number,
  authorization?: string,
): Promise<{ status: number; sentBytes: number; ms: number }> {
  return new Promise((done) => {
    const started = performance.now();
    let sent = 0;
    let answered = false;
    const chunk = Buffer.alloc(chunkBytes, 'a');
    const headers = { 'content-type': 'application/json', ...(authorization && { authorization }) };
    const req = request(url, { method: 'POST', headers }, (res) => {
      answered = true;
      res.resume();
      done({ status: res.statusCode ?? 0, sentBytes: sent, ms: performance.now() - started });
      req.destroy();
    });
    // The server may close the connection before the client has read its 413: status 0 then.
    req.on('error', () => {
      if (!answered) done({ status: 0, sentBytes: sent, ms: performance.now() - started });
      answered = true;
    });
    const pump = () => {
      while (!answered && sent < maxBytes) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    req.write('{"query":"');
    pump();
  });
}

/** The Authorization header line of a raw HTTP request, when the target has a token. */
export const authorizationLine = (authorization?: string) => (authorization ? `Authorization: ${authorization}\r\n` : '');
