import { createServer, IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { createDynamoClients } from '../../../src/infrastructure/dynamodb/dynamodb-client';
import { reportDynamoRequests } from '../../../src/infrastructure/dynamodb/dynamodb-metrics';
import { startMetricsServer } from '../../../src/observability/metrics-server';
import { createLogger } from '../../../src/observability/pino-logger';
import { PrometheusMetrics } from '../../../src/observability/prometheus-metrics';
import { BaselineStore } from '../baseline';
import { PeerWallets } from './peer-wallets';
import { stockDynamoClients } from './stock-items';

/**
 * The start of a peer server (tools/bench/peers/*-main.ts): started by the bench through the kit's
 * ServiceProcess exactly like the service (same environment names, the orphan guard preloaded), it
 * serves `GET /health`, hands every other request to `handle`, and reports its DynamoDB requests,
 * CPU and RSS on METRICS_PORT with the service's own metrics code, so the bench reads all three alike.
 * Its DynamoDB client is the service's own (createDynamoClients), or with PEER_SDK=defaults the SDK's
 * defaults, as a hand-written server has it (stock-items.ts).
 * Nothing else: no authentication, no limits, no logging per request. SIGTERM closes it.
 */
async function runPeer(name: string, handlerOf: (wallets: PeerWallets) => Promise<RequestListener>): Promise<void> {
  const env = process.env;
  const table = env.DYNAMODB_TABLE;
  if (!env.DYNAMODB_ENDPOINT || !table) throw new Error(`${name}: DYNAMODB_ENDPOINT and DYNAMODB_TABLE are required`);
  const logger = createLogger({ level: 'error', pretty: false });
  const metrics = new PrometheusMetrics();
  const { client, items } =
    env.PEER_SDK === 'defaults'
      ? stockDynamoClients(env.DYNAMODB_ENDPOINT)
      : createDynamoClients({ endpoint: env.DYNAMODB_ENDPOINT, region: 'local' });
  reportDynamoRequests(client, metrics, logger);
  const handle = await handlerOf(new PeerWallets(new BaselineStore(items, table)));
  const server = createServer((req, res) => (isHealth(req) ? answer(res, 200, 'ok') : handle(req, res)));
  const metricsServer = await startMetricsServer(() => metrics.scrape(), Number(env.METRICS_PORT ?? 0));
  process.once('SIGTERM', () => {
    server.closeAllConnections();
    server.close();
    void metricsServer.close().finally(() => {
      client.destroy();
      process.exit(0);
    });
  });
  await new Promise<void>((listening) => server.listen(Number(env.PORT ?? 0), env.HOST ?? '127.0.0.1', listening));
}

function isHealth(req: IncomingMessage): boolean {
  return req.method === 'GET' && req.url === '/health';
}

/** Headers and body in one write (writeHead + end with the body). */
export function answer(res: ServerResponse, status: number, body: string, type = 'text/plain'): void {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) }).end(body);
}

/** The request's whole body as text. */
export async function bodyOf(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** A peer's main: failures to start are printed and end the process. */
export function startPeer(name: string, handlerOf: (wallets: PeerWallets) => Promise<RequestListener>): void {
  runPeer(name, handlerOf).catch((error: unknown) => {
    console.error(`${name} failed to start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
