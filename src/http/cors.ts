import { IncomingMessage, ServerResponse } from 'node:http';
import { RouteAccess } from './route-table';

/**
 * Request headers a browser app may send: the API's own, the request id it may choose (request-id.ts), and the
 * W3C trace context OpenTelemetry's web instrumentation adds to every fetch (traceparent, tracestate, baggage).
 */
export const CORS_ALLOWED_HEADERS = [
  'content-type',
  'authorization',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'x-request-id',
  'traceparent',
  'tracestate',
  'baggage',
].join(', ');

/**
 * Response headers a browser app may read besides the CORS-safelisted ones: the request id to quote to support
 * (running-it.md), the CSV statement's filename, and how long to wait after a 429 or a 503.
 */
export const CORS_EXPOSED_HEADERS = ['x-request-id', 'content-disposition', 'retry-after'].join(', ');

/**
 * Cross-origin access for browser apps served from other origins. Off unless origins are listed
 * (CORS_ORIGINS, "*" for any). JSON POSTs are preflighted, which together with Apollo's CSRF
 * prevention keeps simple cross-site form posts out either way.
 * Returns true when the request was a preflight and has been answered (a 204, or the refusal of `access`).
 */
export function applyCors(
  req: IncomingMessage,
  res: ServerResponse,
  allowedOrigins: readonly string[],
  /** A preflight pays like any request of its address: the ceiling, then its bucket (each answers its own refusal). */
  access?: Pick<RouteAccess, 'withinAddressCeiling' | 'addressPays'>,
): boolean {
  const origin = req.headers.origin;
  if (!origin || allowedOrigins.length === 0) return false;
  res.setHeader('vary', 'Origin');
  if (!allowedOrigins.includes('*') && !allowedOrigins.includes(origin)) return false;
  res.setHeader('access-control-allow-origin', origin);
  if (req.method !== 'OPTIONS') {
    res.setHeader('access-control-expose-headers', CORS_EXPOSED_HEADERS);
    return false;
  }
  if (access && !(access.withinAddressCeiling(req, res) && access.addressPays(req, res))) return true;
  res.writeHead(204, {
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    'access-control-allow-headers': CORS_ALLOWED_HEADERS,
    'access-control-max-age': '600',
  });
  res.end();
  return true;
}
