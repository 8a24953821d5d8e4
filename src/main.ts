import 'reflect-metadata';
import { createApp } from './app';
import { createWalletUseCases } from './application/wallet-use-cases';
import { ConfigError, readConfig, readLogSettings } from './config';
import { Logger } from './logger';
import { DevSigningKey, EXAMPLE_CALLERS } from './infrastructure/auth/dev-signing-key';
import { openAuth } from './infrastructure/auth/open-auth';
import { JavaMissingError, openStore } from './infrastructure/open-store';
import { startMetricsServer } from './observability/metrics-server';
import { createLogger } from './observability/pino-logger';
import { PrometheusMetrics } from './observability/prometheus-metrics';
import { startTracing } from './observability/tracing';
import { Shutdown } from './shutdown';

/**
 * The only place that reads the environment, starts the store and listens. SIGINT/SIGTERM stop
 * accepting connections, answer every request already received, then close the store (stopping an
 * embedded DynamoDB Local), all within SHUTDOWN_TIMEOUT_MS.
 */
async function main(): Promise<void> {
  // The AWS SDK's Node-version warning (its 2027 releases need Node 22) is known and harmless here: the README says it once.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  let logger: Logger;
  try {
    logger = createLogger(readLogSettings(process.env));
  } catch (error) {
    // No logger yet: one line on stderr (a bad LOG_LEVEL, LOG_PRETTY without pino-pretty), nothing started.
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
    return;
  }
  const shutdown = new Shutdown(logger);
  shutdown.onSignals();
  try {
    const config = readConfig(process.env);
    shutdown.setDeadline(config.shutdownTimeoutMs);
    // Before anything makes a span: the SDK is loaded only when OTEL_* names an exporter.
    const tracing = await startTracing(process.env, logger);
    if (tracing) shutdown.add(() => tracing.stop());
    const metrics = new PrometheusMetrics();
    const auth = openAuth(config.auth, config.tokenPolicy);
    const store = await openStore(config.store, {
      region: config.region,
      tableName: config.tableName,
      requestTimeoutMs: config.storeRequestTimeoutMs,
      metrics,
      logger,
      writeFailureQuietMs: config.storeWriteFailureQuietMs,
      sqliteLockTimeoutMs: config.sqliteLockTimeoutMs,
    });
    shutdown.add(() => store.close());
    const app = await createApp({
      wallets: createWalletUseCases(store.repository, { metrics }, store.feed),
      tokens: auth.verifier,
      playgroundHeaders: auth.devKey && (async () => ({ Authorization: `Bearer ${await auth.devKey?.sign(EXAMPLE_CALLERS[0])}` })),
      playgroundTokenAnyAddress: config.playgroundTokenAnyAddress,
      isStoreReachable: () => store.isReachable(),
      isStoreKnownDown: () => store.isKnownDown(),
      playground: config.playground,
      logger,
      metrics,
      corsOrigins: config.corsOrigins,
      // The rest of the deadline is for stopping the store after the last answer.
      drainTimeoutMs: Math.max(config.shutdownTimeoutMs - 5_000, config.shutdownTimeoutMs / 2),
      limits: config.limits,
      subscriptionLimits: config.subscriptionLimits,
      hideSuggestions: config.production,
    });
    shutdown.add(() => app.stop());
    if (shutdown.requested) return;
    const port = await app.listen(config.port, config.host);
    if (config.metrics) {
      const server = await startMetricsServer(() => metrics.scrape(), config.metrics.port, config.metrics.host);
      shutdown.add(() => server.close());
      logger.info('Metrics ready', { metrics: `http://${config.metrics.host}:${server.port}/metrics` });
    }
    logger.info('Wallet service ready', {
      graphql: `http://localhost:${port}/graphql`,
      playground: config.playground,
      store: store.description,
      auth: config.auth.kind,
    });
    if (auth.devKey && config.auth.kind === 'development') await printDevelopmentTokens(auth.devKey, config.auth.dataDir);
  } catch (error) {
    if (error instanceof JavaMissingError || error instanceof ConfigError) console.error(error.message);
    else logger.error('Wallet service failed to start', { error: String(error) });
    await shutdown.stop('start-up failed', 1);
  }
}

/**
 * Development only: ready-to-paste tokens, on stdout and never through the logger (log lines carry no
 * token), with the command that signs more with the same key: the token tool must see this DATA_DIR.
 */
async function printDevelopmentTokens(devKey: DevSigningKey, dataDir: string): Promise<void> {
  const lines = [
    `Development tokens (12 h), signed by ${devKey.file}; more with this key:`,
    `  DATA_DIR=${shellWord(dataDir)} npm run -s token -- --sub NAME [--scope wallet:admin] [--ttl 1h]`,
  ];
  for (const example of EXAMPLE_CALLERS) {
    const label = example.scope ? `${example.sub} (${example.scope})` : example.sub;
    lines.push(`  ${label.padEnd(24)} Authorization: Bearer ${await devKey.sign(example)}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** A path as one word a shell reads back unchanged. */
function shellWord(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replaceAll("'", "'\\''")}'`;
}

void main();
