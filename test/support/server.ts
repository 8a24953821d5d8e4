import { WalletRepository } from '../../src/domain/wallet-repository.port';
import { generateKeyPairSync } from 'node:crypto';
import { AppDependencies, createApp } from '../../src/app';
import { DEFAULT_LIMITS, EdgeLimits } from '../../src/http/limits';
import { NO_METRICS, ServiceMetrics } from '../../src/application/service-metrics.port';
import { UseCaseOptions } from '../../src/application/use-case-deps';
import { createWalletUseCases } from '../../src/application/wallet-use-cases';
import { instrumentRepository } from '../../src/infrastructure/instrumented-repository';
import { DevSigningKey, TokenRequest } from '../../src/infrastructure/auth/dev-signing-key';
import { JwtVerifier } from '../../src/infrastructure/auth/jwt-verifier';
import { Logger } from '../../src/logger';
import { createLogger } from '../../src/observability/pino-logger';
import { freshStore, StoreKind, TestStore } from './stores';
import { GraphQLResponse, postGraphQL } from './graphql-post';
import { DEFAULT_SUBSCRIPTION_LIMITS, SubscriptionLimits } from '../../src/http/subscriptions/subscription-limits';

/** Who sends a request: a caller's name (a fresh token for that subject), or headers as given. */
export type As = string | TokenRequest | { readonly headers: Record<string, string> };

/** The default caller of the tests: a plain user. */
export const ALICE = 'alice';

/**
 * The real Apollo server over HTTP on a free port, on a fresh store (a table of the test DynamoDB Local,
 * or with TEST_STORE=sqlite a SQLite file: see stores.ts), verifying tokens signed by a key of its own (the same code paths as development mode).
 */
export async function startTestServer(
  options: {
    playground?: boolean;
    logger?: Logger;
    /** Where the service counts (a PrometheusMetrics to scrape); nothing is counted by default. */
    metrics?: ServiceMetrics;
    service?: Partial<UseCaseOptions>;
    corsOrigins?: string[];
    store?: StoreKind;
    /** Another server's store: a second instance on the same table or file (dropped by its owner only). */
    sharedStore?: TestStore;
    subscriptionLimits?: Partial<SubscriptionLimits>;
    /** The store as the service sees it, changed (a fault planted by a test). */
    wrapRepository?: (repository: WalletRepository) => WalletRepository;
    /** The verifier's clock tolerance of `exp` and `nbf` (its default, 30 s, unless given): 0 lets a token end at its `exp`. */
    clockToleranceSeconds?: number;
    /** Overrides of the default limits, by group. The rate limits and the per-address connection cap are off unless given here. */
    limits?: { [Group in keyof EdgeLimits]?: Partial<EdgeLimits[Group]> };
  } & Pick<AppDependencies, 'hideSuggestions' | 'readinessIntervalMs' | 'callerKey' | 'maxStatementCsvBytes'> = {},
) {
  const store = options.sharedStore ?? (await freshStore(options.store));
  const live = await store.live();
  const limits: EdgeLimits = {
    query: { ...DEFAULT_LIMITS.query, ...options.limits?.query },
    // Tests send from one address, often many requests at once: the per-address cap only where a test asks for it.
    http: { ...DEFAULT_LIMITS.http, maxConnectionsPerAddress: 0, ...options.limits?.http },
    rate: { ...DEFAULT_LIMITS.rate, perSecond: 0, addressPerSecond: 0, ...options.limits?.rate },
  };
  let storeProbes = 0;
  // The test owns the private key, so it can also sign tokens the service must refuse.
  const privateKey = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
  const key = DevSigningKey.ephemeral(undefined, undefined, privateKey);
  const logger = options.logger ?? createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const metrics = options.metrics ?? NO_METRICS;
  // Measured and traced as main.ts's store is (open-store.ts).
  const repository = instrumentRepository((options.wrapRepository ?? ((same) => same))(live.repository), metrics, logger, store.kind);
  const app = await createApp({
    wallets: createWalletUseCases(repository, { metrics, ...options.service }, live.feed),
    tokens: new JwtVerifier({
      key: key.publicKey,
      issuer: key.issuer,
      audience: key.audience,
      clockToleranceSeconds: options.clockToleranceSeconds,
    }),
    playgroundHeaders: async () => ({ Authorization: `Bearer ${await key.sign({ sub: ALICE })}` }),
    isStoreReachable: () => {
      storeProbes += 1;
      return store.isReachable();
    },
    playground: options.playground ?? true,
    corsOrigins: options.corsOrigins,
    logger,
    metrics,
    limits,
    hideSuggestions: options.hideSuggestions,
    readinessIntervalMs: options.readinessIntervalMs,
    callerKey: options.callerKey,
    maxStatementCsvBytes: options.maxStatementCsvBytes,
    subscriptionLimits: { ...DEFAULT_SUBSCRIPTION_LIMITS, ...options.subscriptionLimits },
  });
  const port = await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;
  const headersOf = async (as: As): Promise<Record<string, string>> => {
    if (typeof as === 'object' && 'headers' in as) return as.headers;
    return { authorization: `Bearer ${await key.sign(typeof as === 'string' ? { sub: as } : as)}` };
  };
  return {
    url,
    port,
    store,
    key,
    privateKey,
    headersOf,
    app,
    /** How many times readiness has asked DynamoDB so far. */
    storeProbes: () => storeProbes,
    async gql(query: string, variables: Record<string, unknown> = {}, as: As = ALICE): Promise<GraphQLResponse> {
      return postGraphQL(url, query, variables, await headersOf(as));
    },
    async stop() {
      await app.stop();
      live.close();
      if (!options.sharedStore) await store.drop();
    },
  };
}

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;
