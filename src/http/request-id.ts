import { randomUUID } from 'node:crypto';
import { IncomingMessage } from 'node:http';

/** An id a client or proxy chose: short, and nothing a log line or header could be abused with. */
const WELL_FORMED_ID = /^[A-Za-z0-9._:-]{1,64}$/;
/** W3C Trace Context, version 00 and later: version-traceid-parentid-flags, lowercase hex. */
const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}(-.*)?$/;

/**
 * The id every log line of a request carries, returned in its `x-request-id` header: a well-formed
 * incoming `x-request-id`, else the trace id of a valid `traceparent` (so logs and traces meet),
 * else a new one. Anything else a client sends is ignored, not echoed.
 */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  if (typeof given === 'string' && WELL_FORMED_ID.test(given)) return given;
  const traceparent = req.headers.traceparent;
  return (typeof traceparent === 'string' ? traceIdOf(traceparent) : undefined) ?? randomUUID();
}

function traceIdOf(traceparent: string): string | undefined {
  const match = TRACEPARENT.exec(traceparent);
  if (!match) return undefined;
  const [, version, traceId, parentId, rest] = match;
  // Version ff is invalid; version 00 has nothing after the flags; all-zero ids are invalid.
  if (version === 'ff' || (version === '00' && rest !== undefined)) return undefined;
  if (/^0+$/.test(traceId) || /^0+$/.test(parentId)) return undefined;
  return traceId;
}
