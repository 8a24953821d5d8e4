import { WalletRepository } from '../../src/domain/wallet-repository.port';
import { recordingLogger } from '../support/recording-logger';
import { ALICE, startTestServer } from '../support/server';
import { follow, transportClient } from '../support/subscriptions';

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
  const subscriber = transportClient(server.url, { Authorization: (await server.headersOf(ALICE)).authorization });
  try {
    const live = follow(subscriber, { walletId: 'w-1' });
    await live.ended();
    expect(live.errors).toMatchObject([{ extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    expect(JSON.stringify(live.errors)).not.toContain('disk on fire');
    expect(log.lines.filter((line) => line.message === 'Subscription failed')).toEqual([
      {
        level: 'error',
        message: 'Subscription failed',
        context: expect.objectContaining({ walletId: 'w-1', caller: ALICE, subscriptionId: expect.any(String), detail: 'disk on fire' }),
      },
    ]);
  } finally {
    await subscriber.dispose();
    await server.stop();
  }
});
