import { DiagLogger, diag, DiagLogLevel } from '@opentelemetry/api';
import { Logger, outsideRequest, throttledLines, urlForLog } from '../logger';
import { recordSpans } from '../spans';
import { ConfigError } from '../config-values';

/** The oldest Node the OpenTelemetry Node SDK this service ships (0.2xx, SDK 2.x) runs on: its `engines`. */
const TRACING_MIN_NODE = '20.6.0';

export interface Tracing {
  /** Sends the spans still buffered, then stops the SDK. */
  stop(): Promise<void>;
}

/** The trace exporters the OpenTelemetry Node SDK the service ships knows (OTLP its default); any other it reads as none. */
const TRACES_EXPORTERS = ['otlp', 'zipkin', 'console', 'none'];

/**
 * Tracing is on when the standard OTEL_* variables name an exporter: OTEL_TRACES_EXPORTER (other
 * than `none`) or an OTLP endpoint. Only then is the OpenTelemetry Node SDK loaded (a dynamic import:
 * with tracing off it is never required, and the API's calls cost a no-op).
 */
function tracingWanted(env: NodeJS.ProcessEnv): boolean {
  const exporter = env.OTEL_TRACES_EXPORTER?.trim().toLowerCase();
  if (exporter === 'none' || env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return false;
  // The SDK reads an exporter it does not know as none, with no word: "otpl" would say "Tracing on" and export nothing.
  for (const name of (exporter ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    if (!TRACES_EXPORTERS.includes(name))
      throw new ConfigError(
        `OTEL_TRACES_EXPORTER must be ${TRACES_EXPORTERS.join(', ')} (or a list of them); got "${env.OTEL_TRACES_EXPORTER}"`,
      );
  }
  return Boolean(exporter || env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim() || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim());
}

/**
 * Starts the Node SDK, configured by OTEL_* itself (exporter, endpoint, sampler, service name).
 * Spans come from this service's own code (one per GraphQL operation, one per store request): no
 * auto-instrumentation is loaded. Undefined when tracing is off.
 */
export async function startTracing(
  env: NodeJS.ProcessEnv,
  logger: Logger,
  nodeVersion = process.versions.node,
): Promise<Tracing | undefined> {
  if (!tracingWanted(env)) return undefined;
  if (olderThan(nodeVersion, TRACING_MIN_NODE)) {
    throw new Error(
      `Tracing (OTEL_*) needs Node.js >= ${TRACING_MIN_NODE}; this is Node ${nodeVersion}. Unset OTEL_TRACES_EXPORTER and OTEL_EXPORTER_OTLP_ENDPOINT, or upgrade Node.`,
    );
  }
  // The SDK's own troubles (a collector that refuses the spans, a bad setting) as the service's warnings, unless
  // OTEL_LOG_LEVEL asks for the SDK's own console logger: without a logger they were silent.
  if (!env.OTEL_LOG_LEVEL?.trim()) diag.setLogger(diagnosticsTo(logger), DiagLogLevel.WARN);
  const { NodeSDK } = await import('@opentelemetry/sdk-node');
  const sdk = new NodeSDK({ serviceName: serviceNameOf(env), instrumentations: [] });
  sdk.start();
  recordSpans();
  logger.info('Tracing on', {
    exporter: env.OTEL_TRACES_EXPORTER || 'otlp',
    endpoint: urlForLog(env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || env.OTEL_EXPORTER_OTLP_ENDPOINT),
  });
  return { stop: () => sdk.shutdown() };
}

/**
 * The service's name in its spans, always given to the SDK: OTEL_SERVICE_NAME, else a `service.name` in
 * OTEL_RESOURCE_ATTRIBUTES (its value percent-decoded, as the specification writes it), else `wallet-service`. Left to
 * the SDK, the name was lost where its env detector is not among OTEL_NODE_RESOURCE_DETECTORS, or where one entry of
 * the attributes is malformed (the SDK then drops them all): `unknown_service:node`.
 */
export function serviceNameOf(env: NodeJS.ProcessEnv): string {
  const named = env.OTEL_SERVICE_NAME?.trim();
  if (named) return named;
  for (const pair of (env.OTEL_RESOURCE_ATTRIBUTES ?? '').split(',')) {
    const at = pair.indexOf('=');
    if (at < 0 || decoded(pair.slice(0, at).trim()) !== 'service.name') continue;
    const value = decoded(pair.slice(at + 1).trim());
    if (value) return value;
  }
  return 'wallet-service';
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * OpenTelemetry's diagnostics (errors and warnings) as warning lines `OpenTelemetry diagnostic`, at most one a minute per
 * message (an unreachable collector fails every export), each cut to 500 characters.
 */
export function diagnosticsTo(logger: Logger, intervalMs = 60_000): DiagLogger {
  const warn = throttledLines(logger, 'warn', { intervalMs });
  const line =
    (level: string) =>
    (message: string, ...args: unknown[]) => {
      const detail = [message, ...args.map((arg) => (arg instanceof Error ? `${arg.name}: ${arg.message}` : String(arg)))].join(' ');
      // The SDK's exports run on timers a request started: the line is the service's, with no request id.
      outsideRequest(() =>
        warn('OpenTelemetry diagnostic', { diagLevel: level, detail: detail.slice(0, 500) }, `${level} ${message.slice(0, 80)}`),
      );
    };
  const none = () => undefined;
  return { error: line('error'), warn: line('warn'), info: none, debug: none, verbose: none };
}

function olderThan(version: string, minimum: string): boolean {
  const [major, minor, patch] = version.split('.').map(Number);
  const [minMajor, minMinor, minPatch] = minimum.split('.').map(Number);
  return major !== minMajor ? major < minMajor : minor !== minMinor ? minor < minMinor : patch < minPatch;
}
