import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';

/** A refused request's body this size or smaller is read and dropped after the answer: a wallet request's (limits.ts). */
const DRAINED_BODY_BYTES = 65_536;

/**
 * Refusals one connection is answered on before it is closed: kept, a client refused over and over on one connection
 * (a 429 flood of 130,000 answers in 20 s, a core three-quarters busy) paid nothing to go on; closed every so often,
 * it pays a new connection, counted by the connection guard, as it did when every refusal closed.
 */
export const REFUSALS_PER_CONNECTION = 8;

const refusals = new WeakMap<Socket, number>();

/**
 * For a request refused before its body was read (401, 429), called before the answer is written. A body of a
 * declared length up to DRAINED_BODY_BYTES is read and dropped after the answer (Node drains it) and the connection is
 * kept: closed at once, a body still arriving met a closed socket, the kernel answered it with a reset, and the client
 * could lose the answer it needed (a 401 to renew its token, a 429's Retry-After); and a client's keep-alive pool,
 * made to reconnect after every 429, met the per-address connection bound with resets. A chunked or larger body is
 * not read, and the REFUSALS_PER_CONNECTION-th refusal on one connection is its last: the connection closes after
 * the answer.
 */
export function closeUnlessDrainable(req: IncomingMessage, res: ServerResponse): void {
  const declared = Number(req.headers['content-length'] ?? '0');
  const refused = (refusals.get(req.socket) ?? 0) + 1;
  refusals.set(req.socket, refused);
  const drainable = req.headers['transfer-encoding'] === undefined && declared <= DRAINED_BODY_BYTES;
  if (!drainable || refused >= REFUSALS_PER_CONNECTION) res.setHeader('connection', 'close');
}
