import { Writable } from 'node:stream';
import { DevSigningKey } from '../../src/infrastructure/auth/dev-signing-key';
import { createDynamoClients } from '../../src/infrastructure/dynamodb/dynamodb-client';
import { reportDynamoRequests } from '../../src/infrastructure/dynamodb/dynamodb-metrics';
import { DynamoWalletRepository } from '../../src/infrastructure/dynamodb/dynamo-wallet.repository';
import { freePort } from '../../src/infrastructure/embedded/embedded-dynamodb';
import { instrumentRepository } from '../../src/infrastructure/instrumented-repository';
import { NO_METRICS } from '../../src/application/service-metrics.port';
import { followsAwaits } from '../../src/logger';
import { createLogger } from '../../src/observability/pino-logger';
import { AppOver, startAppOver } from '../support/app-over';
import { INCREASE } from '../support/operations';

/** pino's own output, read from its destination stream: one JSON object a line. */
function capturedLog() {
  const lines: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, logger: createLogger({ level: 'debug', destination }) };
}

/**
 * A mutation that fails (DynamoDB unreachable: a real refused connection, retried once by the SDK)
 * can be followed by its request id: from the response header to every line it logged.
 */
describe('request ids', () => {
  const log = capturedLog();
  const key = DevSigningKey.ephemeral();
  let app: AppOver;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    const { client, items } = createDynamoClients(
      { endpoint: `http://127.0.0.1:${await freePort()}`, region: 'local' },
      { maxAttempts: 2 },
    );
    reportDynamoRequests(client, NO_METRICS, log.logger);
    const repository = instrumentRepository(new DynamoWalletRepository(items, 'wallets'), NO_METRICS, log.logger, 'dynamodb');
    app = await startAppOver(repository, key, { logger: log.logger });
    stop = async () => {
      await app.stop();
      client.destroy();
    };
  });
  afterAll(() => stop());

  const increase = (headers: Record<string, string>) =>
    app.gql(INCREASE, { walletId: 'w-1', amount: '1.00', currency: 'GBP', expectedVersion: 0 }, headers);

  it('finds the request id on the response and on the error line of the failed mutation, on Node 24 its store retry and failure too', async () => {
    const response = await increase({ 'x-request-id': 'req-7f3a.9' });
    expect(response.errors?.[0].extensions?.code).toBe('STORE_UNAVAILABLE');
    expect(response.headers.get('x-request-id')).toBe('req-7f3a.9');
    const ofRequest = log.lines.filter((line) => line.requestId === 'req-7f3a.9');
    expect(ofRequest).toContainEqual(expect.objectContaining({ level: 'error', msg: 'GraphQL operation failed', walletId: 'w-1' }));
    // The store's lines, logged after awaits, carry it where the runtime follows awaits cheaply (Node 24); never another's.
    const storeLines = [
      expect.objectContaining({ level: 'warn', msg: 'DynamoDB request retried', operation: 'GetItem', attempts: 2 }),
      expect.objectContaining({ level: 'warn', msg: 'Store request failed', operation: 'find', outcome: 'error' }),
    ];
    const storeLinesIn = followsAwaits() ? ofRequest : log.lines.filter((line) => line.requestId === undefined);
    for (const line of storeLines) expect(storeLinesIn).toContainEqual(line);
    // pino's shape: the level as a word, an ISO time; and the token never on a line.
    expect(ofRequest[0]).toEqual(expect.objectContaining({ time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) }));
    expect(JSON.stringify(log.lines)).not.toMatch(/Bearer|eyJ/);
    // While the store is down every request retries: one line per 10 s says so, not one per request.
    for (let i = 0; i < 3; i++) await increase({});
    expect(log.lines.filter((line) => line.msg === 'DynamoDB request retried')).toHaveLength(1);
  });

  it('bounds the lines of an outage: 20 failed operations of a field and 20 failed store requests of an operation in 10 s, no stack', async () => {
    // A service of its own: no earlier test's lines in its windows.
    const own = capturedLog();
    const { client, items } = createDynamoClients(
      { endpoint: `http://127.0.0.1:${await freePort()}`, region: 'local' },
      { maxAttempts: 2 },
    );
    const repository = instrumentRepository(new DynamoWalletRepository(items, 'wallets'), NO_METRICS, own.logger, 'dynamodb');
    const down = await startAppOver(repository, key, { logger: own.logger });
    try {
      await Promise.all(
        Array.from({ length: 30 }, () => down.gql(INCREASE, { walletId: 'w-1', amount: '1.00', currency: 'GBP', expectedVersion: 0 }, {})),
      );
      const failed = own.lines.filter((line) => line.msg === 'GraphQL operation failed');
      // 30 failed at once: 20 said so, the rest are counted at the window's end.
      expect(failed).toHaveLength(20);
      expect(failed[0]).toEqual(expect.objectContaining({ level: 'error', error: 'StoreUnavailable', field: 'increaseBalance' }));
      expect(failed.every((line) => line.stack === undefined)).toBe(true);
      expect(own.lines.filter((line) => line.msg === 'Store request failed')).toHaveLength(20);
    } finally {
      await down.stop();
      client.destroy();
    }
  });

  it('takes the trace id of a valid traceparent, else makes one; a malformed id is not echoed', async () => {
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    expect((await increase({ traceparent })).headers.get('x-request-id')).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    for (const hostile of ['a b', 'x'.repeat(65), '<script>', 'a"b;c', '']) {
      expect((await increase({ 'x-request-id': hostile })).headers.get('x-request-id')).toMatch(uuid);
    }
    // An invalid traceparent (all-zero trace id) is not taken either.
    expect(
      (await increase({ traceparent: '00-00000000000000000000000000000000-00f067aa0ba902b7-01' })).headers.get('x-request-id'),
    ).toMatch(uuid);
  });

  it('redacts credentials wherever a line puts them', () => {
    log.logger.info('Something about a request', {
      authorization: 'Bearer secret-1',
      headers: { authorization: 'Bearer secret-2' },
      token: 'secret-3',
    });
    const line = JSON.stringify(log.lines[log.lines.length - 1]);
    expect(line).not.toMatch(/secret-/);
    expect(line).toContain('[redacted]');
  });
});
