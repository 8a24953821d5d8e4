import { ConfigError } from '../../../src/config-values';
import { createLogger } from '../../../src/observability/pino-logger';
import { diagnosticsTo, serviceNameOf, startTracing } from '../../../src/observability/tracing';
import { urlForLog } from '../../../src/logger';
import { recordingLogger } from '../../support/recording-logger';

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

  it('names the service wallet-service unless OTEL_SERVICE_NAME or OTEL_RESOURCE_ATTRIBUTES names it (the SDK reads those)', () => {
    expect(serviceNameOf({})).toBe('wallet-service');
    expect(serviceNameOf({ OTEL_RESOURCE_ATTRIBUTES: 'deployment.environment=eu' })).toBe('wallet-service');
    expect(serviceNameOf({ OTEL_SERVICE_NAME: 'wallet-us', OTEL_RESOURCE_ATTRIBUTES: 'service.name=wallet-eu' })).toBe('wallet-us');
    expect(serviceNameOf({ OTEL_RESOURCE_ATTRIBUTES: 'deployment.environment=eu, service.name=wallet-eu' })).toBe('wallet-eu');
    // One malformed entry made the SDK drop them all (unknown_service:node); the name is given to it.
    expect(serviceNameOf({ OTEL_RESOURCE_ATTRIBUTES: 'service.name=wallet%20eu,note=a=b' })).toBe('wallet eu');
  });

  it('logs an endpoint without the user and password written into it', () => {
    expect(urlForLog('http://otel:s3cr3tpass@127.0.0.1:4318/v1/traces')).toBe('http://127.0.0.1:4318/v1/traces');
    expect(urlForLog('https://collector.example:4318')).toBe('https://collector.example:4318');
    expect(urlForLog('u:secret@collector:4317')).toBe('collector:4317');
    expect(urlForLog('http://collector:4318/v1/traces?to=a@b')).toBe('http://collector:4318/v1/traces?to=a@b');
    expect(urlForLog(undefined)).toBeUndefined();
  });

  it("says the SDK's troubles as warnings, once a minute per message (an unreachable collector was silent)", () => {
    const log = recordingLogger();
    const diagnostics = diagnosticsTo(log.logger);
    for (let i = 0; i < 5; i++) diagnostics.error('{"stack":"Error: connect ECONNREFUSED 127.0.0.1:4318"}');
    diagnostics.warn('Unsupported OTEL_TRACES_SAMPLER value', 'x'.repeat(1_000));
    diagnostics.info('not said');
    expect(log.lines.map(({ level, message, context }) => [level, message, context.diagLevel, String(context.detail).length])).toEqual([
      ['warn', 'OpenTelemetry diagnostic', 'error', 54],
      ['warn', 'OpenTelemetry diagnostic', 'warn', 500],
    ]);
  });
});
