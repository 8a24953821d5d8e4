import { Writable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { followsAwaits, inRequestScope, Logger, outsideRequest, throttledLines, throttledWarn } from '../../src/logger';
import { createLogger } from '../../src/observability/pino-logger';

/** pino's own text, line by line, and the lines parsed. */
function captured() {
  const texts: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      texts.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  const logger = createLogger({ level: 'debug', destination });
  return { logger, texts, lines: () => texts.map((text) => JSON.parse(text) as Record<string, unknown>) };
}

function scopeOf(logger: Logger, requestId: string) {
  return { requestId, log: logger.child({ requestId }) };
}

describe('followsAwaits: where AsyncLocalStorage rides on context frames, not on promise hooks', () => {
  it('is true from Node 24 unless switched off, and on Node 22 only when switched on', () => {
    expect(followsAwaits('20.20.2', [])).toBe(false);
    expect(followsAwaits('22.12.0', [])).toBe(false);
    expect(followsAwaits('22.12.0', ['--experimental-async-context-frame'])).toBe(true);
    expect(followsAwaits('24.1.0', [])).toBe(true);
    expect(followsAwaits('24.1.0', ['--no-async-context-frame'])).toBe(false);
  });
});

describe('the request scope of log lines', () => {
  it("puts the request's id on a line logged in its synchronous part, on this runtime and any", () => {
    const log = captured();
    inRequestScope(scopeOf(log.logger, 'req-1'), () => log.logger.warn('refused', { kind: 'x' }));
    log.logger.info('outside');
    expect(log.lines()).toEqual([
      expect.objectContaining({ msg: 'refused', requestId: 'req-1' }),
      expect.not.objectContaining({ requestId: expect.anything() }),
    ]);
  });

  it("never puts another request's id on a line: after an await, its own where the runtime follows awaits, else none", async () => {
    const log = captured();
    const served = (requestId: string) =>
      inRequestScope(scopeOf(log.logger, requestId), async () => {
        await nextTurn();
        log.logger.warn('store retried', { of: requestId });
      });
    await Promise.all([served('req-a'), served('req-b')]);
    const lines = log.lines();
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      if (followsAwaits()) expect(line.requestId).toBe(line.of);
      else expect(line.requestId).toBeUndefined();
    }
  });

  it('keeps one requestId key on a line that names its request itself', () => {
    const log = captured();
    inRequestScope(scopeOf(log.logger, 'req-1'), () => log.logger.error('failed', { requestId: 'req-1' }));
    expect(log.texts).toHaveLength(1);
    expect(log.texts[0].match(/"requestId"/g)).toHaveLength(1);
  });
});

describe('throttled lines: a flood cannot fill the log', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('lets the first perInterval lines of a key through each interval, then says how many it held back', () => {
    const log = captured();
    const line = throttledLines(log.logger, 'error', { intervalMs: 1_000, perInterval: 3 });
    for (let i = 0; i < 10; i++) line('GraphQL operation failed', { n: i }, 'increaseBalance');
    line('GraphQL operation failed', { n: 'other key' }, 'transfer');
    jest.advanceTimersByTime(999);
    // A line of the next window, before the window's own count was written: it carries the count.
    jest.setSystemTime(Date.now() + 1);
    line('GraphQL operation failed', { n: 10 }, 'increaseBalance');
    jest.advanceTimersByTime(5_000);
    expect(log.lines().map(({ level, n, suppressedSinceLastLine }) => [level, n, suppressedSinceLastLine])).toEqual([
      ['error', 0, undefined],
      ['error', 1, undefined],
      ['error', 2, undefined],
      ['error', 'other key', undefined],
      ['error', 10, 7],
    ]);
  });

  it("writes the count of a flood's last window at its end, once, though no line follows", () => {
    const log = captured();
    const line = throttledLines(log.logger, 'error', { intervalMs: 1_000, perInterval: 2 });
    for (let i = 0; i < 50; i++) line('GraphQL operation failed', { n: i }, 'increaseBalance');
    jest.advanceTimersByTime(10_000);
    expect(log.lines().map(({ n, suppressedSinceLastLine, heldBackOnly }) => [n, suppressedSinceLastLine, heldBackOnly])).toEqual([
      [0, undefined, undefined],
      [1, undefined, undefined],
      [undefined, 48, true],
    ]);
    // The next window starts afresh: the count was written already.
    line('GraphQL operation failed', { n: 'later' }, 'increaseBalance');
    expect(log.lines().at(-1)).toMatchObject({ n: 'later' });
    expect(log.lines().at(-1)?.suppressedSinceLastLine).toBeUndefined();
  });

  it("writes a window's count as no request's, naming what it counts (it carried the id of the request that started its timer)", () => {
    const log = captured();
    const line = throttledLines(log.logger, 'error', { intervalMs: 1_000, perInterval: 1 });
    inRequestScope(scopeOf(log.logger, 'req-1'), () => {
      for (let i = 0; i < 3; i++) line('GraphQL operation failed', { n: i }, 'increaseBalance');
    });
    jest.advanceTimersByTime(1_000);
    const summary = log.lines().at(-1);
    expect(summary).toMatchObject({
      msg: 'GraphQL operation failed',
      suppressedSinceLastLine: 2,
      heldBackOnly: true,
      counted: 'increaseBalance',
    });
    expect(summary).not.toHaveProperty('requestId');
  });

  it('outsideRequest: a line logged in it carries no request id, inside a request or not', async () => {
    const log = captured();
    await inRequestScope(scopeOf(log.logger, 'req-2'), async () => {
      outsideRequest(() => log.logger.info('about the service'));
      log.logger.info('about the request');
    });
    expect(log.lines().map((line) => [line.msg, line.requestId])).toEqual([
      ['about the service', undefined],
      ['about the request', 'req-2'],
    ]);
  });

  it('throttledWarn: one warning of a kind per interval', () => {
    const log = captured();
    const warn = throttledWarn(log.logger, 1_000);
    for (let i = 0; i < 5; i++) warn('DynamoDB request retried');
    jest.advanceTimersByTime(1_500);
    warn('DynamoDB request retried');
    expect(log.lines().map(({ level, suppressedSinceLastLine, heldBackOnly }) => [level, suppressedSinceLastLine, heldBackOnly])).toEqual([
      ['warn', undefined, undefined],
      ['warn', 4, true],
      ['warn', undefined, undefined],
    ]);
  });
});
