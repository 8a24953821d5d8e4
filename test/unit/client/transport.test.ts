import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { newIdempotencyKey } from '../../../client/idempotency-key';
import { fetchTransport, TransportError } from '../../../client/transport';
import { WalletDocument } from '../../../client/generated/graphql';

/** fetchTransport against one stubbed answer: the TransportError it throws (or fails the test). */
async function errorFor(response: Response): Promise<TransportError> {
  jest.spyOn(globalThis, 'fetch').mockResolvedValue(response);
  const error = await fetchTransport({ url: 'http://wallet.test/graphql' })(WalletDocument, { id: 'w-1', first: 1 }).catch(
    (thrown) => thrown,
  );
  expect(error).toBeInstanceOf(TransportError);
  return error;
}
const graphql = (errors: unknown[], status = 200) =>
  new Response(JSON.stringify({ errors, data: null }), { status, headers: { 'content-type': 'application/json' } });
const plain = (status: number, headers: Record<string, string>) => new Response('busy\n', { status, headers });

describe('fetchTransport: the TransportError it throws', () => {
  afterEach(() => jest.restoreAllMocks());

  it('STORE_UNAVAILABLE: retryable, with the extensions.retryAfterSeconds the service sent', async () => {
    const error = await errorFor(
      graphql([{ message: 'Retry in 2 s or more.', extensions: { code: 'STORE_UNAVAILABLE', retryable: true, retryAfterSeconds: 2 } }]),
    );
    expect(error).toMatchObject({ retryable: true, retryAfterSeconds: 2 });
  });

  it('429 with a plain-text body: retryable, retryAfterSeconds from Retry-After (delta seconds)', async () => {
    expect(await errorFor(plain(429, { 'retry-after': '3' }))).toMatchObject({ retryable: true, retryAfterSeconds: 3 });
  });

  it('503 with Retry-After as an HTTP date: retryable, the seconds until that date', async () => {
    const at = new Date(Date.now() + 60_000).toUTCString();
    const error = await errorFor(plain(503, { 'retry-after': at }));
    expect(error.retryable).toBe(true);
    expect(error.retryAfterSeconds).toBeGreaterThan(55);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it('no hint: retryAfterSeconds is undefined; a refusal (BAD_USER_INPUT, 400) is not retryable', async () => {
    expect(await errorFor(plain(502, {}))).toMatchObject({ retryable: true, retryAfterSeconds: undefined });
    const refusal = await errorFor(graphql([{ message: 'bad amount', extensions: { code: 'BAD_USER_INPUT' } }], 400));
    expect(refusal).toMatchObject({ retryable: false, retryAfterSeconds: undefined });
  });

  it('an error the service marks extensions.retryable (HISTORY_UNAVAILABLE while the time index catches up) is retryable', async () => {
    const catchingUp = { message: 'try again in a moment', extensions: { code: 'HISTORY_UNAVAILABLE', retryable: true } };
    expect(await errorFor(graphql([catchingUp]))).toMatchObject({ retryable: true });
    const tooLong = { message: 'narrow the window', extensions: { code: 'HISTORY_UNAVAILABLE', retryable: false } };
    expect(await errorFor(graphql([tooLong]))).toMatchObject({ retryable: false });
  });
});

/** A real HTTP server on a free port whose handler is given per test; closed after each. */
async function serving(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

describe('fetchTransport: what the client probe found', () => {
  afterEach(() => jest.restoreAllMocks());

  it('an answer cut off mid-body is retryable: the change may have landed (it was "no data", not retryable)', async () => {
    const server = await serving((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '200' });
      res.write('{"data":{"res');
      setTimeout(() => res.socket?.destroy(), 20);
    });
    try {
      const error = await fetchTransport({ url: server.url })(WalletDocument, { id: 'w-1', first: 1 }).catch((thrown) => thrown);
      expect(error).toBeInstanceOf(TransportError);
      expect(error).toMatchObject({ retryable: true, message: expect.stringContaining('cut off') });
    } finally {
      await server.close();
    }
  });

  it('an answer that is not JSON is retryable when it is a 2xx or 5xx (a captive portal, a proxy), not a 404', async () => {
    expect(await errorFor(new Response('<html>Sign in to the Wi-Fi</html>', { status: 200 }))).toMatchObject({ retryable: true });
    expect(await errorFor(new Response('<html>Bad gateway</html>', { status: 502 }))).toMatchObject({ retryable: true });
    expect(await errorFor(new Response('<html>Not found</html>', { status: 404 }))).toMatchObject({ retryable: false });
    // The service's own 408 (a body sent too slowly, plain text): nothing ran, send it again.
    expect(await errorFor(new Response('Request body too slow\n', { status: 408 }))).toMatchObject({ retryable: true });
  });

  it("the app's own headers() failure is thrown as it is, and nothing is sent (it was a retryable network failure)", async () => {
    const sent = jest.spyOn(globalThis, 'fetch');
    const expired = new Error('session expired');
    const send = fetchTransport({
      url: 'http://wallet.test/graphql',
      headers: () => {
        throw expired;
      },
    });
    await expect(send(WalletDocument, { id: 'w-1', first: 1 })).rejects.toBe(expired);
    expect(sent).not.toHaveBeenCalled();
  });

  it('times out without AbortSignal.timeout (React Native): a retryable TransportError', async () => {
    const server = await serving(() => undefined); // never answers
    const timeout = AbortSignal.timeout;
    Object.defineProperty(AbortSignal, 'timeout', { value: undefined, configurable: true });
    try {
      const error = await fetchTransport({ url: server.url, timeoutMs: 100 })(WalletDocument, { id: 'w-1', first: 1 }).catch(
        (thrown) => thrown,
      );
      expect(error).toBeInstanceOf(TransportError);
      expect(error).toMatchObject({ retryable: true, message: expect.stringContaining('timed out after 100 ms') });
    } finally {
      Object.defineProperty(AbortSignal, 'timeout', { value: timeout, configurable: true });
      await server.close();
    }
  });
});

describe('newIdempotencyKey', () => {
  const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  afterEach(() => jest.restoreAllMocks());

  it('is a version 4 UUID without crypto.randomUUID (a page over plain http), from getRandomValues', () => {
    const real = globalThis.crypto;
    const withoutUUID = { getRandomValues: (array: Uint8Array) => real.getRandomValues(array) };
    jest.replaceProperty(globalThis, 'crypto', withoutUUID as never);
    const keys = new Set(Array.from({ length: 100 }, () => newIdempotencyKey()));
    jest.restoreAllMocks();
    expect(keys.size).toBe(100);
    for (const key of keys) expect(key).toMatch(UUID_V4);
  });

  it('says what to do when the runtime has no crypto at all (it was a bare TypeError)', () => {
    jest.replaceProperty(globalThis, 'crypto', undefined as never);
    expect(() => newIdempotencyKey()).toThrow('give the intent an idempotencyKey');
  });
});
