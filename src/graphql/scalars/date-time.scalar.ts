import { ASTNode, GraphQLScalarType, Kind } from 'graphql';
import { isCalendarInstant } from '../../domain/instant';
import { badUserInput } from '../bad-user-input';

function parseDateTime(value: unknown, node?: ASTNode): string {
  // RFC 3339 lets `T` and `Z` be written in lower case; nothing else in an instant has a case.
  const text = typeof value === 'string' ? value.toUpperCase() : value;
  if (typeof text !== 'string' || !isCalendarInstant(text)) {
    throw badUserInput(
      `DateTime must be an ISO-8601 instant that exists (at most 9 digits after the second; in UTC, within the years 0000 to 9999), such as "2026-01-31T12:00:00.000Z"; got ${JSON.stringify(value)}`,
      undefined,
      node,
    );
  }
  return text;
}

/** An instant as an ISO-8601 string in UTC ("2026-01-31T12:00:00.000Z"). */
export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description: 'An instant, as an ISO-8601 string in UTC: "2026-01-31T12:00:00.000Z".',
  serialize(value) {
    if (typeof value === 'string') return value;
    if (value instanceof Date) return value.toISOString();
    throw new TypeError('DateTime values are ISO-8601 strings');
  },
  parseValue: parseDateTime,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw badUserInput('DateTime must be written as a string', undefined, ast);
    return parseDateTime(ast.value, ast);
  },
});
