import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLSchema } from 'graphql';
import { ServiceMetrics } from '../application/service-metrics.port';
import { persistedQueriesPerCaller } from './persisted-queries.plugin';
import { RequestContext } from '../graphql/request-context';
import { queryLimits } from '../graphql/rules/query-limits';
import { Logger } from '../logger';
import { errorLoggingPlugin, formatError } from './error-policy';
import { EdgeLimits } from './limits';
import { metricsPlugin } from './metrics.plugin';
import { shapeRefusals } from './refusal-format';
import { subscriptionsOverWebSocketRule } from './subscriptions/subscriptions-over-websocket.rule';

export interface ApolloOptions {
  readonly logger: Logger;
  readonly metrics: ServiceMetrics;
  readonly limits: EdgeLimits;
  /** Introspection (development, with the Playground); off in production. */
  readonly playground: boolean;
  /** Drop "Did you mean ...?" hints from errors. */
  readonly hideSuggestions: boolean;
}

/** Apollo's logger interface over the service's: each of its messages is one line at its level, with `source: apollo`. */
function apolloLogger(logger: Logger) {
  const at = (level: 'debug' | 'info' | 'warn' | 'error') => (message?: unknown) => logger[level](String(message), { source: 'apollo' });
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** Apollo Server with the query limits, the error policy and metrics; started, not listening (app.ts serves it). */
export async function startApollo(schema: GraphQLSchema, options: ApolloOptions): Promise<ApolloServer<RequestContext>> {
  const { logger, metrics, limits, hideSuggestions } = options;
  const guard = queryLimits(schema, limits.query);
  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: options.playground,
    includeStacktraceInErrorResponses: false,
    // Apollo's own lines (an error it met outside an operation) as the service's JSON lines, not plain text on stderr.
    logger: apolloLogger(logger),
    allowBatchedHttpRequests: false,
    // main.ts owns the signals: it must stop DynamoDB Local after Apollo has drained.
    stopOnTerminationSignals: false,
    formatError: shapeRefusals(formatError, hideSuggestions),
    validationRules: [...guard.validationRules, subscriptionsOverWebSocketRule],
    parseOptions: guard.parseOptions,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // Apollo's default cache-control plugin hooks every field's resolution, which makes Apollo wrap every
      // resolver of the schema, to compute HTTP cache hints that no answer of a money service may carry.
      ApolloServerPluginCacheControlDisabled(),
      errorLoggingPlugin(logger),
      persistedQueriesPerCaller(),
      metricsPlugin(schema, metrics),
      ...guard.plugins,
    ],
  });
  await apollo.start();
  return apollo;
}
