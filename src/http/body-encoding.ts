import { IncomingHttpHeaders } from 'node:http';
import { MIMEType } from 'node:util';

/**
 * Why a request body would be misread, if it would: the body is read as UTF-8 bytes, as they are (bytes that are no
 * UTF-8 are refused by graphql-handler.ts). A body sent compressed (`Content-Encoding: gzip`, or a `gzip` transfer
 * coding) was answered "not valid JSON", and a plain one labelled gzip, or labelled UTF-16, was taken as if the label
 * were not there. Both are refused, as HTTP says (415), naming what to send instead.
 */
export function unreadableEncodingOf(method: string | undefined, headers: IncomingHttpHeaders): string | undefined {
  // A GET (or HEAD) has no body to misread.
  if (method === 'GET' || method === 'HEAD') return undefined;
  const encoding = headers['content-encoding']?.toLowerCase();
  const codings = encoding?.split(',').map((coding) => coding.trim()) ?? [];
  if (codings.some((coding) => coding !== '' && coding !== 'identity'))
    return `Content-Encoding ${JSON.stringify(encoding?.trim().slice(0, 40))} is not read: send the body uncompressed.`;
  // A transfer coding other than chunked (`Transfer-Encoding: gzip, chunked`): Node takes the chunks apart, not the rest.
  const transfer = headers['transfer-encoding']?.toLowerCase();
  if (transfer?.split(',').some((coding) => !['', 'chunked'].includes(coding.trim())))
    return `Transfer-Encoding ${JSON.stringify(transfer.trim().slice(0, 40))} is not read: send the body uncompressed.`;
  const charset = charsetOf(headers['content-type']);
  if (charset !== undefined && !UTF8_READABLE.has(charset))
    return `A body in charset ${JSON.stringify(charset.slice(0, 40))} is not read: send UTF-8 JSON (application/json).`;
  return undefined;
}

/** Charsets whose bodies are UTF-8 byte for byte (ASCII is; some Java and PHP clients label JSON so). */
const UTF8_READABLE = new Set(['utf-8', 'utf8', 'us-ascii', 'ascii']);

/** The charset a Content-Type names, lower-cased; undefined without one, or for a header that is no media type (Apollo answers it). */
function charsetOf(contentType: string | undefined): string | undefined {
  // Parameters follow a ';': without one (application/json, as most clients send it) there is nothing to parse.
  if (contentType === undefined || !contentType.includes(';')) return undefined;
  try {
    return new MIMEType(contentType).params.get('charset')?.toLowerCase() ?? undefined;
  } catch {
    return undefined;
  }
}
