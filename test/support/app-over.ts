import { createApp } from '../../src/app';
import { createWalletUseCases } from '../../src/application/wallet-use-cases';
import { WalletRepository } from '../../src/domain/wallet-repository.port';
import { DevSigningKey } from '../../src/infrastructure/auth/dev-signing-key';
import { JwtVerifier } from '../../src/infrastructure/auth/jwt-verifier';
import { Logger } from '../../src/logger';

/**
 * The service in this process over a repository a test built itself (a DynamoDB that is unreachable, or
 * behind a proxy that cuts answers), trusting `key`'s tokens. startTestServer (server.ts) is for a healthy store.
 */
export async function startAppOver(
  repository: WalletRepository,
  key: DevSigningKey,
  options: { readonly logger: Logger; readonly isStoreReachable?: () => Promise<boolean> },
): Promise<{ url: string; stop: () => Promise<void> }> {
  const app = await createApp({
    wallets: createWalletUseCases(repository),
    tokens: new JwtVerifier({ key: key.publicKey, issuer: key.issuer, audience: key.audience }),
    isStoreReachable: options.isStoreReachable ?? (async () => true),
    playground: false,
    logger: options.logger,
  });
  return { url: `http://127.0.0.1:${await app.listen(0, '127.0.0.1')}`, stop: () => app.stop() };
}
