import { createServer, Server } from 'node:http';
import { AddressInfo, connect } from 'node:net';
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
    const answer = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/anything?token=eyJsecret`);
    expect([answer.status, await answer.text()]).toEqual([500, 'Internal server error\n']);
    expect(recorded.errors().map((line) => line.message)).toEqual(['HTTP request failed']);
    // The path, never the query string (it may carry a token, where a client put one).
    expect(recorded.errors()[0].context).toMatchObject({ url: '/anything' });
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

/**
 * A client that stops reading an answer held its connection and the answer's bytes for good (no timeout of Node's
 * runs while an answer is written): six addresses of 32 such connections and ten of 7 held every slot. Now
 * an answer of which the kernel takes nothing for the stall deadline loses its connection, whatever the client sends;
 * a reader that takes it, however late within the deadline, gets all of it.
 */
describe('an answer its client stops reading', () => {
  // More than the loopback's socket buffers hold, so part of it waits in the process.
  const ANSWER = Buffer.alloc(48 * 1024 * 1024, 'x');
  const counted: string[] = [];
  let server: Server;
  let port: number;

  /** A server that answers every request with ANSWER, under a stall deadline of `stallMs`. */
  async function answering(stallMs: number): Promise<{ server: Server; port: number }> {
    const access: RouteAccess = { withinAddressCeiling: () => true, addressPays: () => true, identified: async () => undefined };
    const recorded = recordingLogger();
    const serve = serveRequests({
      routes: [{ method: 'ANY', path: () => true, access: 'address', handle: ({ res }) => void res.end(ANSWER) }],
      access,
      corsOrigins: [],
      logger: recorded.logger,
      log: edgeLog(recorded.logger),
      metrics: { ...NO_METRICS, refused: (reason) => void counted.push(reason) },
      stallMs,
    });
    const listening = createServer(serve).listen(0, '127.0.0.1');
    await new Promise((resolve) => listening.once('listening', resolve));
    return { server: listening, port: (listening.address() as AddressInfo).port };
  }

  beforeAll(async () => {
    ({ server, port } = await answering(400));
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));
  beforeEach(() => (counted.length = 0));

  /** Asks, reads nothing for `pauseMs`, then reads all; the bytes it got and whether the service closed on it. */
  async function readAfter(pauseMs: number, at = port): Promise<{ bytes: number; closedByService: boolean }> {
    const socket = connect(at, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.pause();
    socket.write('GET /answer HTTP/1.1\r\nHost: localhost\r\n\r\n');
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
    let bytes = 0;
    socket.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
    });
    const ended = new Promise<boolean>((resolve) => {
      socket.once('close', () => resolve(true));
      // Whole answer read and the connection still open (keep-alive): the service did not cut it.
      socket.on('data', () => bytes > ANSWER.length && resolve(false));
    });
    socket.resume();
    const closedByService = await ended;
    socket.destroy();
    return { bytes, closedByService };
  }

  it('loses its connection when none of the answer moves for the deadline, and is counted', async () => {
    const { bytes, closedByService } = await readAfter(2_000);
    expect(closedByService).toBe(true);
    expect(bytes).toBeLessThan(ANSWER.length);
    expect(counted).toEqual(['stalled_reader']);
  });

  it('a client that reads nothing but sends a blank line within each deadline loses its connection all the same', async () => {
    // Node's socket timeout counts any byte read from the client as progress, and its parser skips blank lines between
    // requests: such a client held its connection, and the answer, for good.
    const socket = connect(port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.pause();
    socket.on('error', () => undefined);
    socket.write('GET /answer HTTP/1.1\r\nHost: localhost\r\n\r\n');
    const blanks = setInterval(() => socket.writable && socket.write('\r\n'), 150);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    clearInterval(blanks);
    expect(counted).toEqual(['stalled_reader']);
    socket.destroy();
  });

  it('a reader that keeps taking the answer keeps its connection, however long one write of it takes', async () => {
    // Node's socket timeout counts a write as progress only once all of it is taken: a steady reader of one 48 MB
    // write, taking longer than the deadline, was cut. A deadline of 1.5 s: the test process reads and serves both, and
    // on a loaded machine it may stand still for a few hundred ms, which a 400 ms window would take for a stalled reader.
    const steady = await answering(1_500);
    const socket = connect(steady.port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    let bytes = 0;
    const started = performance.now();
    const ended = new Promise<boolean>((resolve) => {
      socket.once('close', () => resolve(true));
      socket.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        if (bytes > ANSWER.length) return resolve(false);
        // A pause after each chunk: the answer takes longer than the deadline.
        socket.pause();
        setTimeout(() => socket.resume(), 4);
      });
    });
    socket.write('GET /answer HTTP/1.1\r\nHost: localhost\r\n\r\n');
    const closedByService = await ended;
    const ms = performance.now() - started;
    socket.destroy();
    await new Promise((resolve) => steady.server.close(resolve));
    expect(ms).toBeGreaterThan(1_500);
    expect(closedByService).toBe(false);
    expect(counted).toEqual([]);
  });

  it('a reader that comes back within the deadline gets the whole answer', async () => {
    // Under a 1.5 s deadline: a loaded machine may stand this test process still for a few hundred ms.
    const patient = await answering(1_500);
    const { bytes, closedByService } = await readAfter(150, patient.port);
    await new Promise((resolve) => patient.server.close(resolve));
    expect(closedByService).toBe(false);
    expect(bytes).toBeGreaterThan(ANSWER.length);
    expect(counted).toEqual([]);
  });
});
