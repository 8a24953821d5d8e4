import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { NO_METRICS } from '../../../src/application/service-metrics.port';
import { edgeLog } from '../../../src/http/edge-log';
import { metricsPlugin } from '../../../src/http/metrics.plugin';
import { RouteAccess } from '../../../src/http/route-table';
import { serveRequests } from '../../../src/http/serve-requests';
import { buildSchema } from 'graphql';
import { recordingLogger } from '../../support/recording-logger';

/**
 * An unexpected failure is answered 500 without detail, logged, and counted as INTERNAL_SERVER_ERROR, where the
 * documented alert looks: a hostile probe made the edge answer 500s (a token whose alg did not fit the key) and
 * Apollo too (a persisted-query hash it could not read), and neither was counted.
 */
describe('unexpected failures are counted', () => {
  const counted: string[] = [];
  const metrics = { ...NO_METRICS, graphqlError: (code: string) => void counted.push(code) };
  let server: Server;

  afterEach(() => new Promise((resolve) => server?.close(resolve)));
  beforeEach(() => (counted.length = 0));

  it('at the edge: a route that throws is a 500 with a generic body, an error line and one count', async () => {
    const recorded = recordingLogger();
    const access: RouteAccess = { withinAddressCeiling: () => true, addressPays: () => true, identified: async () => undefined };
    const failing = () => {
      throw new TypeError('Invalid key curve for the algorithm');
    };
    const serve = serveRequests({
      routes: [{ method: 'ANY', path: () => true, access: 'address', handle: failing }],
      access,
      corsOrigins: [],
      logger: recorded.logger,
      log: edgeLog(recorded.logger),
      metrics,
    });
    server = createServer(serve).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const answer = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/anything`);
    expect([answer.status, await answer.text()]).toEqual([500, 'Internal server error\n']);
    expect(recorded.errors().map((line) => line.message)).toEqual(['HTTP request failed']);
    expect(counted).toEqual(['INTERNAL_SERVER_ERROR']);
  });

  it('inside Apollo: the plugin counts what Apollo reports as an unexpected error', async () => {
    const plugin = metricsPlugin(buildSchema('type Query { a: Int }'), metrics);
    await plugin.unexpectedErrorProcessingRequest?.({
      requestContext: {} as never,
      error: new TypeError('Cannot convert object to primitive value'),
    });
    expect(counted).toEqual(['INTERNAL_SERVER_ERROR']);
  });
});
