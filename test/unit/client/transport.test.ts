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
