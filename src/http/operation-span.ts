import { IncomingHttpHeaders } from 'node:http';
import { Attributes, context, propagation, ROOT_CONTEXT, Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { inSpan, spansRecorded, UNRECORDED } from '../spans';

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
  return inServerSpan('graphql', headers, { 'request.id': requestId }, () => work());
}

/**
 * Runs one request inside a SERVER span named `name`, continuing the caller's `traceparent` (and `tracestate`):
 * the spans made during `work` (the store's) become its children. A failure marks the span as an error.
 * GraphQL requests (above) and the CSV statement (statement-csv.ts) use it.
 */
export function inServerSpan<T>(
  name: string,
  headers: IncomingHttpHeaders,
  attributes: Attributes,
  work: (span: Span) => Promise<T>,
): Promise<T> {
  if (!spansRecorded()) return work(UNRECORDED);
  const parent = propagation.extract(ROOT_CONTEXT, headers);
  return inSpan(
    name,
    { kind: SpanKind.SERVER, attributes },
    async (span) => {
      try {
        return await work(span);
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

/**
 * Marks the request's span failed, with the answer's error code (`error.type`): for a fault of the service or of its
 * store (STORE_UNAVAILABLE, INTERNAL_SERVER_ERROR), which Apollo answers without throwing, so the span showed unset.
 * A client's error (BAD_USER_INPUT, a limit) leaves it unset, as OpenTelemetry's conventions do a server's 4xx.
 */
export function failOperationSpan(code: string): void {
  const span = trace.getSpan(context.active());
  span?.setStatus({ code: SpanStatusCode.ERROR, message: code });
  span?.setAttribute('error.type', code);
}

/** Names the request's span once its operation is known: `mutation increaseBalance`. */
export function nameOperationSpan(type: string, rootField: string): void {
  const span = trace.getSpan(context.active());
  span?.updateName(`${type} ${rootField}`);
  span?.setAttributes({ 'graphql.operation.type': type, 'graphql.operation.name': rootField });
}
