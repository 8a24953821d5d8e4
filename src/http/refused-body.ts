import { IncomingMessage, ServerResponse } from 'node:http';

/** A refused request's body this size or smaller is read and dropped after the answer: a wallet request's (limits.ts). */
const DRAINED_BODY_BYTES = 65_536;

/**
 * For a request refused before its body was read (401, 429), called before the answer is written. A body of a
 * declared length up to DRAINED_BODY_BYTES is read and dropped after the answer (Node drains it) and the connection is
 * kept: closed at once, a body still arriving met a closed socket, the kernel answered it with a reset, and the client
 * could lose the answer it needed (a 401 to renew its token, a 429's Retry-After); and a client's keep-alive pool,
 * made to reconnect after every 429, met the per-address connection bound with resets. A chunked or larger body is
 * not read: the connection closes after the answer.
 */
export function closeUnlessDrainable(req: IncomingMessage, res: ServerResponse): void {
  const declared = Number(req.headers['content-length'] ?? '0');
  if (req.headers['transfer-encoding'] !== undefined || !(declared <= DRAINED_BODY_BYTES)) res.setHeader('connection', 'close');
}
