import { AppDependencies, createApp } from '../../src/app';
import { DEFAULT_LIMITS, EdgeLimits } from '../../src/http/limits';
import { WalletService, WalletServiceOptions } from '../../src/application/wallet.service';
import { DynamoWalletRepository } from '../../src/infrastructure/dynamodb/dynamo-wallet.repository';
import { isTableReachable } from '../../src/infrastructure/dynamodb/wallet-table';
import { createLogger, Logger } from '../../src/logger';
import { freshTable } from './dynamo';

export interface GraphQLResponse {
  status: number;
  data?: Record<string, any>;
  errors?: Array<{ message: string; extensions?: Record<string, unknown>; path?: string[] }>;
}

/** The real Apollo server over HTTP on a free port, on a fresh table of the test DynamoDB Local. */
export async function startTestServer(
  options: {
    playground?: boolean;
    logger?: Logger;
    service?: Partial<WalletServiceOptions>;
    corsOrigins?: string[];
    /** Overrides of the default limits, by group. The rate limit is off unless given here. */
    limits?: { [Group in keyof EdgeLimits]?: Partial<EdgeLimits[Group]> };
  } & Pick<AppDependencies, 'hideSuggestions' | 'readinessIntervalMs' | 'callerKey'> = {},
) {
  const table = await freshTable();
  const limits: EdgeLimits = {
    query: { ...DEFAULT_LIMITS.query, ...options.limits?.query },
    http: { ...DEFAULT_LIMITS.http, ...options.limits?.http },
    rate: { ...DEFAULT_LIMITS.rate, perSecond: 0, ...options.limits?.rate },
  };
  let storeProbes = 0;
  const app = await createApp({
    wallets: new WalletService(new DynamoWalletRepository(table.documents, table.tableName), options.service),
    isStoreReachable: () => {
      storeProbes += 1;
      return isTableReachable(table.client, table.tableName);
    },
    playground: options.playground ?? true,
    corsOrigins: options.corsOrigins,
    logger: options.logger ?? createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
    limits,
    hideSuggestions: options.hideSuggestions,
    readinessIntervalMs: options.readinessIntervalMs,
    callerKey: options.callerKey,
  });
  const port = await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    port,
    table,
    app,
    /** How many times readiness has asked DynamoDB so far. */
    storeProbes: () => storeProbes,
    async gql(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse> {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse, "status">;
      return { status: response.status, ...body };
    },
    async stop() {
      await app.stop();
      await table.drop();
    },
  };
}

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;
