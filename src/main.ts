import 'reflect-metadata';
import { createApp } from './app';
import { WalletService } from './application/wallet.service';
import { readConfig } from './config';
import { serviceMetrics } from './http/metrics';
import { createDynamoClients } from './infrastructure/dynamodb/dynamodb-client';
import { DynamoWalletRepository } from './infrastructure/dynamodb/dynamo-wallet.repository';
import { RequestCounter } from './infrastructure/dynamodb/request-counter';
import { ensureWalletTable, isTableReachable } from './infrastructure/dynamodb/wallet-table';
import { JavaMissingError } from './infrastructure/embedded/embedded-dynamodb';
import { openStore } from './infrastructure/open-store';
import { createLogger } from './logger';
import { Shutdown } from './shutdown';

/**
 * The only place that reads the environment, starts the store and listens. SIGINT/SIGTERM stop
 * accepting requests, let those in flight finish, then stop the embedded DynamoDB Local.
 */
async function main(): Promise<void> {
  const logger = createLogger();
  const shutdown = new Shutdown(logger);
  shutdown.onSignals();
  try {
    const config = readConfig();
    const store = await openStore(config.store, config.region);
    shutdown.add(() => store.close());
    const { client, documents } = createDynamoClients(store.connection);
    shutdown.add(async () => client.destroy());
    // Opt-in (METRICS=true): counts every DynamoDB request this process sends, for GET /metrics.
    const counter = config.metrics ? new RequestCounter() : undefined;
    counter?.attach(client);
    await ensureWalletTable(client, config.tableName);
    const app = await createApp({
      wallets: new WalletService(new DynamoWalletRepository(documents, config.tableName)),
      isStoreReachable: () => isTableReachable(client, config.tableName),
      playground: config.playground,
      logger,
      metrics: counter && (() => serviceMetrics(counter)),
      corsOrigins: config.corsOrigins,
      limits: config.limits,
      hideSuggestions: config.production,
    });
    shutdown.add(() => app.stop());
    if (shutdown.requested) return;
    const port = await app.listen(config.port, config.host);
    logger.info('Wallet service ready', {
      graphql: `http://localhost:${port}/graphql`,
      playground: config.playground,
      store: store.description,
      table: config.tableName,
    });
  } catch (error) {
    if (error instanceof JavaMissingError) console.error(error.message);
    else logger.error('Wallet service failed to start', { error: String(error) });
    await shutdown.stop('start-up failed', 1);
  }
}

void main();
