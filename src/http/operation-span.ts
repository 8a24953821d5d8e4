import { IncomingHttpHeaders } from 'node:http';
import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { inSpan, spansRecorded } from '../spans';

/**
 * The OpenTelemetry API only: main.ts loads the SDK when OTEL_* asks for an exporter; without it
 * (tracing off, the default) no span is made at all (spans.ts).
 */

/**
 * Runs one GraphQL request inside its span, continuing the caller's `traceparent`. The store's
 * spans (one per store request) become its children; the metrics plugin names it after the
 * operation once it is parsed.
 */
export function inOperationSpan<T>(headers: IncomingHttpHeaders, requestId: string, work: () => Promise<T>): Promise<T> {
  if (!spansRecorded()) return work();
  const parent = propagation.extract(ROOT_CONTEXT, headers);
  const attributes = { 'request.id': requestId };
  return inSpan(
    'graphql',
    { kind: SpanKind.SERVER, attributes },
    async (span) => {
      try {
        return await work();
      } catch (error) {
        span.setStatus({ code: SpanStatusCode.ERROR, message: String(error) });
        throw error;
      } finally {
        span.end();
      }
    },
    parent,
  );
}

/** Names the request's span once its operation is known: `mutation increaseBalance`. */
export function nameOperationSpan(type: string, rootField: string): void {
  const span = trace.getSpan(context.active());
  span?.updateName(`${type} ${rootField}`);
  span?.setAttributes({ 'graphql.operation.type': type, 'graphql.operation.name': rootField });
}
