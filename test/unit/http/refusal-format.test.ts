import { Logger } from '../../../src/logger';
import { GraphQLError } from 'graphql';
import { formatError } from '../../../src/http/error-policy';
import { edgeLog } from '../../../src/http/edge-log';
import { limitExceeded } from '../../../src/http/limit-exceeded';
import { ECHO_PREFIX, shapeRefusals, shortenQuotedValues } from '../../../src/http/refusal-format';

describe('shapeRefusals', () => {
  const production = shapeRefusals(formatError, true);
  const development = shapeRefusals(formatError, false);

  it('cuts every quoted value to a short prefix, and any message to 500 characters', () => {
    const value = '9'.repeat(990_000);
    const message = shortenQuotedValues(`Variable "$amount" got invalid value "${value}"; got "${value}"`);
    expect(message).toBe(`Variable "$amount" got invalid value "${'9'.repeat(ECHO_PREFIX)}…"; got "${'9'.repeat(ECHO_PREFIX)}…"`);
    expect(shortenQuotedValues(`Int cannot represent ${'1'.repeat(10_000)}`).length).toBeLessThanOrEqual(501);
  });

  it('drops field and enum hints in production only', () => {
    const formatted = {
      message: 'Value "GPB" does not exist in "Currency" enum. Did you mean the enum value "GBP" or "JPY"?',
      extensions: { code: 'BAD_USER_INPUT' },
    };
    expect(production(formatted, new GraphQLError(formatted.message)).message).toBe('Value "GPB" does not exist in "Currency" enum.');
    expect(development(formatted, new GraphQLError(formatted.message)).message).toContain('Did you mean');
  });

  it('keeps the code of a limit that Apollo filed as a validation failure', () => {
    const limit = limitExceeded('Aliases limit of 5 exceeded, found 6.', 'maxAliases', 5);
    const wrapped = new GraphQLError(limit.message, { originalError: limit, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(production({ message: limit.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, wrapped)).toEqual({
      message: 'Aliases limit of 5 exceeded, found 6.',
      extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit: 'maxAliases', max: 5 },
    });
  });
});

describe('edgeLog', () => {
  it('writes one warning line per kind per interval, then says how many it held back', () => {
    let now = 0;
    const lines: Array<[string, Record<string, unknown> | undefined]> = [];
    const quiet = () => undefined;
    const logger: Logger = {
      debug: quiet,
      info: quiet,
      error: quiet,
      warn: (message, context) => void lines.push([message, context]),
      child: () => logger,
    };
    const log = edgeLog(logger, 10_000, () => now);
    for (let i = 0; i < 50; i += 1) log.warn('Malformed request target');
    log.warn('Rate limit exceeded');
    now += 10_000;
    log.warn('Malformed request target');
    expect(lines).toEqual([
      ['Malformed request target', {}],
      ['Rate limit exceeded', {}],
      ['Malformed request target', { suppressedSinceLastLine: 49 }],
    ]);
  });
});
