import { IncomingHttpHeaders } from 'node:http';
import { MIMEType } from 'node:util';

/**
 * Why a request body would be misread, if it would: the body is read as UTF-8 text, as is. A body sent compressed
 * (`Content-Encoding: gzip`) was answered "not valid JSON", and a plain one labelled gzip, or labelled UTF-16, was
 * taken as if the label were not there. Both are refused, as HTTP says (415), naming what to send instead.
 */
export function unreadableEncodingOf(headers: IncomingHttpHeaders): string | undefined {
  const encoding = headers['content-encoding']?.trim().toLowerCase();
  if (encoding !== undefined && encoding !== '' && encoding !== 'identity')
    return `Content-Encoding ${JSON.stringify(encoding.slice(0, 40))} is not read: send the body uncompressed.`;
  const charset = charsetOf(headers['content-type']);
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8')
    return `A body in charset ${JSON.stringify(charset.slice(0, 40))} is not read: send UTF-8 JSON (application/json).`;
  return undefined;
}

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
