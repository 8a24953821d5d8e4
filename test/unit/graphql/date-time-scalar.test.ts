import { GraphQLError, Kind } from 'graphql';
import { DateTimeScalar } from '../../../src/graphql/scalars/date-time.scalar';

describe('the DateTime scalar', () => {
  it("takes RFC 3339's lower-case t and z, as a variable and as a literal (a finance probe saw them refused)", () => {
    expect(DateTimeScalar.parseValue('2026-12-02t13:37:56.018z')).toBe('2026-12-02T13:37:56.018Z');
    expect(DateTimeScalar.parseLiteral({ kind: Kind.STRING, value: '2026-12-02t13:37:56+01:00' })).toBe('2026-12-02T13:37:56+01:00');
  });

  it('refuses a leap second, which the stores cannot place, as BAD_USER_INPUT', () => {
    let refused: unknown;
    try {
      DateTimeScalar.parseValue('2016-12-31T23:59:60Z');
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(GraphQLError);
    expect((refused as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
  });
});
