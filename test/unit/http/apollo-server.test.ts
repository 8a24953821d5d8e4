import { HeaderMap } from '@apollo/server';
import { callerOf } from '../../../src/domain/caller';
import { buildWalletSchema } from '../../../src/graphql/schema';
import { startApollo } from '../../../src/http/apollo-server';
import { DEFAULT_LIMITS } from '../../../src/http/limits';
import { createLogger } from '../../../src/observability/pino-logger';
import { PrometheusMetrics } from '../../../src/observability/prometheus-metrics';
import { recordingLogger } from '../../support/recording-logger';

describe('the Apollo server of the service', () => {
  it("leaves the schema's resolvers unwrapped: no plugin hooks every field's resolution", async () => {
    // A plugin with `willResolveField` (Apollo's default cache-control plugin has one) makes Apollo wrap every
    // field resolver of the schema on the first request and call the hook for every field of every answer:
    // about a tenth of the service's CPU per increase. The metrics plugin wraps the root fields itself.
    const schema = await buildWalletSchema();
    const log = createLogger({ level: 'silent' });
    const apollo = await startApollo(schema, {
      logger: log,
      metrics: new PrometheusMetrics(),
      limits: DEFAULT_LIMITS,
      playground: false,
      hideSuggestions: true,
    });
    try {
      const answer = await apollo.executeOperation({ query: '{ __typename }' }, { contextValue: { caller: callerOf('alice', []) } });
      expect(answer.body).toEqual({ kind: 'single', singleResult: { data: { __typename: 'Query' } } });
      // Apollo marks a schema it has wrapped with this symbol (utils/schemaInstrumentation.js); the test was seen
      // to fail with the plugin on. Should Apollo rename it, this check would pass blindly: look there first.
      const marks = Object.getOwnPropertySymbols(schema).map((symbol) => symbol.description);
      expect(marks).not.toContain('apolloServerPluginsEnabled');
    } finally {
      await apollo.stop();
    }
  });

  it("logs what Apollo meets outside an operation through the service's logger (JSON lines), not as plain text", async () => {
    const recorded = recordingLogger();
    const apollo = await startApollo(await buildWalletSchema(), {
      logger: recorded.logger,
      metrics: new PrometheusMetrics(),
      limits: DEFAULT_LIMITS,
      playground: false,
      hideSuggestions: true,
    });
    try {
      // A hash Apollo cannot make a cache key of (the HTTP handler refuses it before Apollo: graphql-handler.ts).
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: 'POST',
          headers: new HeaderMap([['content-type', 'application/json']]),
          search: '',
          body: { extensions: { persistedQuery: { version: 1, sha256Hash: { toString: 1 } } } },
        },
        context: async () => ({ caller: callerOf('alice', []), requestId: 'r-1' }),
      });
      expect(response.status).toBe(500);
      expect(recorded.errors()).toEqual([
        expect.objectContaining({ message: expect.stringMatching(/^Unexpected error processing request/), context: { source: 'apollo' } }),
      ]);
    } finally {
      await apollo.stop();
    }
  });
});
