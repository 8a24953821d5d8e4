import { ConfigError } from '../../../src/config-values';
import { createLogger } from '../../../src/observability/pino-logger';
import { startTracing } from '../../../src/observability/tracing';

/** Only the refusals: starting the SDK is the tracing end-to-end test's (test/e2e/tracing.e2e.test.ts). */
describe('tracing settings', () => {
  const logger = createLogger({ level: 'silent' });

  it('refuses an exporter the SDK does not know, in one line (it would say "Tracing on" and export nothing)', async () => {
    await expect(startTracing({ OTEL_TRACES_EXPORTER: 'otpl' }, logger)).rejects.toThrow(ConfigError);
    await expect(startTracing({ OTEL_TRACES_EXPORTER: 'console,otpl' }, logger)).rejects.toThrow(
      /^OTEL_TRACES_EXPORTER must be otlp, zipkin, console, none/,
    );
  });

  it('stays off without an exporter, with none, or with the SDK disabled', async () => {
    for (const env of [
      {},
      { OTEL_TRACES_EXPORTER: 'none' },
      { OTEL_TRACES_EXPORTER: 'NONE ' },
      { OTEL_TRACES_EXPORTER: 'otlp', OTEL_SDK_DISABLED: 'true' },
      { OTEL_TRACES_EXPORTER: 'otpl', OTEL_SDK_DISABLED: 'true' },
    ]) {
      expect(await startTracing(env, logger)).toBeUndefined();
    }
  });
});
