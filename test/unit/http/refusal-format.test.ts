import { GraphQLError, GraphQLObjectType, GraphQLSchema, GraphQLString, parse } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { Logger } from '../../../src/logger';
import { DecimalScalar } from '../../../src/graphql/scalars/decimal.scalar';
import { formatError } from '../../../src/http/error-policy';
import { edgeLog } from '../../../src/http/edge-log';
import { limitExceeded } from '../../../src/graphql/rules/limit-exceeded';
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

  it('leaves the text between two short quoted values alone: the whole message for "amount": "abc"', () => {
    const message = refusalOf({ amount: 'abc' });
    expect(shortenQuotedValues(message)).toBe(
      'Variable "$amount" got invalid value "abc"; Decimal must be a JSON string in plain notation such as "100.50" ' +
        '(an optional minus sign, digits, an optional dot and fraction, at most 64 characters); got "abc"',
    );
  });

  it('cuts a long value wherever it stands, and a quote left open at the end, with no backtracking blow-up', () => {
    const long = `${'x'.repeat(ECHO_PREFIX)}yz`;
    expect(shortenQuotedValues(`a "${long}" b "ok" c "${long}`)).toBe(
      `a "${'x'.repeat(ECHO_PREFIX)}…" b "ok" c "${'x'.repeat(ECHO_PREFIX)}…`,
    );
    expect(shortenQuotedValues(`got "${'a'.repeat(ECHO_PREFIX)}"`)).toBe(`got "${'a'.repeat(ECHO_PREFIX)}"`);
    const started = performance.now();
    expect(shortenQuotedValues(`"${'\\"'.repeat(200_000)}\\`).length).toBeLessThanOrEqual(501);
    expect(performance.now() - started).toBeLessThan(1_000);
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

/** The message graphql-js and the real Decimal scalar give a refused `$amount` variable. */
function refusalOf(variables: Record<string, unknown>): string {
  const query = new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLString } } });
  const schema = new GraphQLSchema({ query, types: [DecimalScalar] });
  const operation = parse('query ($amount: Decimal!) { ok }').definitions[0];
  if (operation.kind !== 'OperationDefinition') throw new Error('not an operation');
  const { errors } = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  return (errors ?? []).map((error) => error.message).join('\n');
}

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
