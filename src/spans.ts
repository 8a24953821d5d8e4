import { Context, INVALID_SPAN_CONTEXT, Span, SpanOptions, trace } from '@opentelemetry/api';

/**
 * Spans through the OpenTelemetry API, made only when an SDK records them. Without one (tracing off,
 * the default) the API would still build a context and a non-recording span on every call: work on
 * every request for nothing. observability/tracing.ts switches recording on once its SDK started.
 */
let recording = false;
const tracer = trace.getTracer('wallet-service');
/** The span `work` is given when nothing records: every call on it is a no-op. */
export const UNRECORDED: Span = trace.wrapSpanContext(INVALID_SPAN_CONTEXT);

export function recordSpans(): void {
  recording = true;
}

export function spansRecorded(): boolean {
  return recording;
}

/** `work` inside an active span (a child of `parent`, else of the active one); a no-op span when nothing records. */
export function inSpan<T>(name: string, options: SpanOptions, work: (span: Span) => T, parent?: Context): T {
  if (!recording) return work(UNRECORDED);
  return parent === undefined ? tracer.startActiveSpan(name, options, work) : tracer.startActiveSpan(name, options, parent, work);
}
