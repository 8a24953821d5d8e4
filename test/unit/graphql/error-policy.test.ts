import { GraphQLError, Kind } from 'graphql';
import { StoreUnavailable } from '../../../src/domain/store-unavailable';
import { formatError, GENERIC_MESSAGE, STORE_RETRY_AFTER_SECONDS, STORE_UNAVAILABLE_MESSAGE } from '../../../src/http/error-policy';

describe('formatError', () => {
  it('masks an unexpected failure: generic message, INTERNAL_SERVER_ERROR, no stack trace or detail', () => {
    const formatted = formatError(
      {
        message: 'connect ECONNREFUSED 127.0.0.1:8000',
        path: ['increaseBalance'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] },
      },
      new GraphQLError('connect ECONNREFUSED 127.0.0.1:8000'),
    );
    expect(formatted).toEqual({
      message: GENERIC_MESSAGE,
      path: ['increaseBalance'],
      locations: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('answers a store that cannot take the request with the typed, retryable STORE_UNAVAILABLE, detail masked', () => {
    const cause = new StoreUnavailable('SQLite cannot write: database or disk is full');
    const thrown = new GraphQLError(cause.message, { originalError: cause, path: ['result'] });
    expect(formatError({ message: cause.message, path: ['result'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, thrown)).toEqual({
      message: STORE_UNAVAILABLE_MESSAGE,
      path: ['result'],
      locations: undefined,
      extensions: { code: 'STORE_UNAVAILABLE', retryable: true, retryAfterSeconds: STORE_RETRY_AFTER_SECONDS },
    });
  });

  it('masks an error without any code', () => {
    expect(formatError({ message: 'TypeError: x is undefined' }, new Error('x')).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('keeps bad user input as it is', () => {
    const formatted = { message: 'expectedVersion must be...', extensions: { code: 'BAD_USER_INPUT', argument: 'expectedVersion' } };
    expect(formatError(formatted, new GraphQLError(formatted.message))).toBe(formatted);
  });

  it('calls a literal of the wrong value bad user input, and other validation failures what they are', () => {
    const enumValue = new GraphQLError('Value "XYZ" does not exist in "Currency" enum.', { nodes: { kind: Kind.ENUM, value: 'XYZ' } });
    expect(formatError({ message: enumValue.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, enumValue).extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    const unknownField = new GraphQLError('Cannot query field "nope"', {
      nodes: { kind: Kind.FIELD, name: { kind: Kind.NAME, value: 'nope' } },
    });
    expect(
      formatError({ message: unknownField.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, unknownField).extensions?.code,
    ).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
