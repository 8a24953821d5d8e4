import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';

export interface MetricsServer {
  readonly port: number;
  close(): Promise<void>;
}

/**
 * GET /metrics in the Prometheus text format, on a port of its own (METRICS_PORT, loopback by
 * default): scrapers are internal, the API port is public, and the metrics say more about the
 * service than a client should learn. Nothing else is served here.
 */
export function startMetricsServer(
  scrape: () => Promise<{ text: string; contentType: string }>,
  port: number,
  host = '127.0.0.1',
): Promise<MetricsServer> {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    scrape().then(
      ({ text, contentType }) => res.writeHead(200, { 'content-type': contentType }).end(text),
      (error: unknown) => res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(`${String(error)}\n`),
    );
  });
  server.keepAliveTimeout = 5_000;
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () =>
      done({
        port: (server.address() as AddressInfo).port,
        close: () => new Promise<void>((closed) => server.close(() => closed()).closeAllConnections()),
      }),
    );
  });
}
