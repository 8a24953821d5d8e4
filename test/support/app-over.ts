import { NO_METRICS, ServiceMetrics } from '../../src/application/service-metrics.port';
import { createApp } from '../../src/app';
import { createWalletUseCases } from '../../src/application/wallet-use-cases';
import { WalletRepository } from '../../src/domain/wallet-repository.port';
import { DevSigningKey } from '../../src/infrastructure/auth/dev-signing-key';
import { JwtVerifier } from '../../src/infrastructure/auth/jwt-verifier';
import { Logger } from '../../src/logger';
import { GraphQLResponse, postGraphQL } from './graphql-post';

/** The service started by startAppOver: where it listens, a GraphQL request to it, and its stop. */
export interface AppOver {
  readonly url: string;
  /** As alice (a fresh token signed by the key), with `headers` added: they may replace her authorization too. */
  gql(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse>;
  stop(): Promise<void>;
}

/**
 * The service in this process over a repository a test built itself (a DynamoDB that is unreachable, or
 * behind a proxy that cuts answers), trusting `key`'s tokens. startTestServer (server.ts) is for a healthy store.
 */
export async function startAppOver(
  repository: WalletRepository,
  key: DevSigningKey,
  options: { readonly logger: Logger; readonly isStoreReachable?: () => Promise<boolean>; readonly metrics?: ServiceMetrics },
): Promise<AppOver> {
  const app = await createApp({
    wallets: createWalletUseCases(repository, { metrics: options.metrics ?? NO_METRICS }),
    metrics: options.metrics,
    tokens: new JwtVerifier({ key: key.publicKey, issuer: key.issuer, audience: key.audience }),
    isStoreReachable: options.isStoreReachable ?? (async () => true),
    playground: false,
    logger: options.logger,
  });
  const url = `http://127.0.0.1:${await app.listen(0, '127.0.0.1')}`;
  return {
    url,
    gql: async (query, variables = {}, headers = {}) =>
      postGraphQL(url, query, variables, { authorization: `Bearer ${await key.sign({ sub: 'alice' })}`, ...headers }),
    stop: () => app.stop(),
  };
}
