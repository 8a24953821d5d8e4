import { context, propagation, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { inSpan, recordSpans, spansRecorded } from '../../src/spans';

describe('spans', () => {
  const exporter = new InMemorySpanExporter();
  const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  beforeAll(() => provider.register());
  afterAll(async () => {
    await provider.shutdown();
    trace.disable();
    context.disable();
    propagation.disable();
  });

  it('makes none until recording is switched on, then one per call, ended by its work', () => {
    expect(spansRecorded()).toBe(false);
    const answer = inSpan('store find', {}, (span) => {
      span.end();
      return span.isRecording();
    });
    expect(answer).toBe(false);
    expect(exporter.getFinishedSpans()).toHaveLength(0);

    recordSpans();
    inSpan('store find', {}, (span) => span.end());
    expect(exporter.getFinishedSpans().map((span) => span.name)).toEqual(['store find']);
  });
});
