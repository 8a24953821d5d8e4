import { WalletRepository } from '../../src/domain/wallet-repository.port';
import { recordingLogger } from '../support/recording-logger';
import { ALICE, startTestServer } from '../support/server';
import WebSocket from 'ws';
import { follow, transportClient, wsUrl } from '../support/subscriptions';

/**
 * A subscription that fails unexpectedly (a bug: here a store that throws a plain Error) answers the generic
 * INTERNAL_SERVER_ERROR, and its log line says where: the wallet, the caller and the subscription's id.
 */
it('logs a failed subscription with its wallet, caller and subscription id; the client sees no detail', async () => {
  const log = recordingLogger();
  const failing = (repository: WalletRepository) =>
    new Proxy(repository, {
      get: (target, property, receiver) =>
        property === 'find'
          ? async () => {
              throw new Error('disk on fire');
            }
          : Reflect.get(target, property, receiver),
    });
  const server = await startTestServer({ logger: log.logger, wrapRepository: failing });
  // The upgrade's x-request-id, as an HTTP request's, is answered in the 101 and carried by the socket's log lines.
  const answered = new Promise<string | undefined>((resolve) => {
    const socket = new WebSocket(wsUrl(server.url), 'graphql-transport-ws', { headers: { 'x-request-id': 'ws-0' } });
    socket.once('upgrade', (response) => resolve(response.headers['x-request-id'] as string | undefined));
    socket.once('open', () => socket.close());
  });
  expect(await answered).toBe('ws-0');
  const subscriber = transportClient(
    server.url,
    { Authorization: (await server.headersOf(ALICE)).authorization },
    { 'x-request-id': 'ws-7f3a.9' },
  );
  try {
    const live = follow(subscriber, { walletId: 'w-1' });
    await live.ended();
    expect(live.errors).toMatchObject([{ extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    expect(JSON.stringify(live.errors)).not.toContain('disk on fire');
    expect(log.lines.filter((line) => line.message === 'Subscription failed')).toEqual([
      {
        level: 'error',
        message: 'Subscription failed',
        context: expect.objectContaining({
          walletId: 'w-1',
          caller: ALICE,
          requestId: 'ws-7f3a.9',
          subscriptionId: expect.any(String),
          detail: 'disk on fire',
        }),
      },
    ]);
  } finally {
    await subscriber.dispose();
    await server.stop();
  }
});
