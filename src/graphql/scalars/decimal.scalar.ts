import { ASTNode, GraphQLScalarType, Kind } from 'graphql';
import { DECIMAL_PATTERN } from '../../domain/money';
import { badUserInput } from '../bad-user-input';

const MAX_LENGTH = 64;

function parseDecimal(value: unknown, node?: ASTNode): string {
  if (typeof value !== 'string' || value.length > MAX_LENGTH || !DECIMAL_PATTERN.test(value)) {
    throw badUserInput(
      `Decimal must be a JSON string in plain notation such as "100.50" (an optional minus sign, digits, an optional dot and fraction, at most ${MAX_LENGTH} characters); got ${echo(value)}`,
      undefined,
      node,
    );
  }
  return value;
}

/** What was sent, as a short prefix: a refused value may be a megabyte long. */
function echo(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value.length > MAX_LENGTH ? `${value.slice(0, MAX_LENGTH)}…` : value) : typeof value;
}

/**
 * Money on the wire. A string, never a JSON number, so that no client or server rounds an amount
 * through a binary float. Whether an amount is acceptable for an operation (positive, within the
 * currency's minor unit, under the maximum) is the domain's call and answered by `InvalidAmount`.
 */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description:
    'An exact decimal in major units, sent and returned as a JSON string in plain notation: "100.50", "0.00", JPY "150". ' +
    "Balances are returned with exactly the currency's minor digits.",
  serialize(value) {
    if (typeof value !== 'string') throw new TypeError('Decimal values are formatted strings');
    return value;
  },
  parseValue: parseDecimal,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw badUserInput('Decimal must be written as a string, such as "100.50"', undefined, ast);
    return parseDecimal(ast.value, ast);
  },
});
