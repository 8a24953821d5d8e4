import { StoreUnavailable } from '../../../src/domain/store-unavailable';
import {
  isSqliteBusy,
  isSqliteFileFailure,
  isThrottling,
  typedFeedFailures,
  typedStoreFailure,
} from '../../../src/infrastructure/store-failure';

/** Errors as the AWS SDK, Node and node:sqlite raise them: only their shape matters. */
const nodeError = (code: string, message = `connect ${code} 127.0.0.1:8000`) => Object.assign(new Error(message), { code });
const named = (name: string, extra: Record<string, unknown> = {}) => Object.assign(new Error(name), { name, ...extra });

describe('typedStoreFailure', () => {
  it.each([
    ['a refused connection', nodeError('ECONNREFUSED')],
    ['a connection reset after the request was sent', nodeError('ECONNRESET', 'read ECONNRESET')],
    ['a socket hang up', Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })],
    ['a cut connection wrapped by the SDK', Object.assign(new Error('request failed'), { cause: nodeError('EPIPE') })],
    ["the SDK's timeout", named('TimeoutError')],
    ["the SDK's wrapper of another realm's error", new Error('AWS SDK error wrapper for TimeoutError: socket hang up')],
    ["DynamoDB's 500", named('InternalServerError', { $metadata: { httpStatusCode: 500 } })],
    ['any 5xx', named('SomethingNew', { $metadata: { httpStatusCode: 503 } })],
    ['throttling past the retries', named('ProvisionedThroughputExceededException', { $metadata: { httpStatusCode: 400 } })],
    ['a busy SQLite file', Object.assign(new Error('database is locked'), { code: 'ERR_SQLITE_ERROR', errcode: 5 })],
    ['a locked SQLite table', Object.assign(new Error('database table is locked'), { code: 'ERR_SQLITE_ERROR', errcode: 6 })],
  ])('types %s as StoreUnavailable, keeping the cause', (_case, error) => {
    const typed = typedStoreFailure(error);
    expect(typed).toBeInstanceOf(StoreUnavailable);
    expect((typed as StoreUnavailable).cause).toBe(error);
    expect((typed as StoreUnavailable).message).toMatch(/^The store did not answer: /);
  });

  it.each([
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'version')")],
    ['a refused condition', named('ConditionalCheckFailedException', { $metadata: { httpStatusCode: 400 } })],
    ['a validation error of DynamoDB', named('ValidationException', { $metadata: { httpStatusCode: 400 } })],
    ['a constraint of SQLite', Object.assign(new Error('UNIQUE constraint failed'), { code: 'ERR_SQLITE_ERROR', errcode: 2067 })],
    ['not an Error at all', 'boom'],
  ])('leaves %s as it is (an INTERNAL_SERVER_ERROR to the client)', (_case, error) => {
    expect(typedStoreFailure(error)).toBe(error);
  });

  it.each([
    ['a full disk', 13],
    ['a read-only file', 8],
    ['an I/O error (an extended code: SQLITE_IOERR_WRITE)', 10 | (3 << 8)],
    ['a file that cannot be opened', 14],
  ])('types %s as StoreUnavailable saying SQLite cannot write', (_case, errcode) => {
    const error = Object.assign(new Error('database or disk is full'), { code: 'ERR_SQLITE_ERROR', errcode });
    const typed = typedStoreFailure(error);
    expect(typed).toBeInstanceOf(StoreUnavailable);
    expect((typed as StoreUnavailable).cause).toBe(error);
    expect((typed as StoreUnavailable).message).toBe('SQLite cannot write: Error: database or disk is full');
  });

  it('leaves a StoreUnavailable as it is', () => {
    const down = new StoreUnavailable('DynamoDB is unavailable');
    expect(typedStoreFailure(down)).toBe(down);
  });

  it("types a feed's failure to start listening", async () => {
    const feed = typedFeedFailures({ listen: () => Promise.reject(nodeError('ECONNREFUSED')) });
    await expect(feed.listen('w-1', () => undefined)).rejects.toBeInstanceOf(StoreUnavailable);
  });
});

describe('isThrottling', () => {
  it("knows DynamoDB's throttling by name, also as the cause of another error, and SQLite's busy file by its code", () => {
    expect(isThrottling(named('ThrottlingException'))).toBe(true);
    expect(isThrottling(new Error('retries spent', { cause: named('ProvisionedThroughputExceededException') }))).toBe(true);
    expect(isThrottling(Object.assign(new Error('database is locked'), { errcode: 5 }))).toBe(true);
    expect(isThrottling(Object.assign(new Error('database is locked'), { errcode: 5 | (2 << 8) }))).toBe(true);
  });
  it('is not a failure of another kind', () => {
    expect(isThrottling(named('ServiceUnavailable'))).toBe(false);
    expect(isThrottling(Object.assign(new Error('disk full'), { errcode: 13 }))).toBe(false);
    expect(isThrottling('ThrottlingException')).toBe(false);
  });
});

describe('SQLite result codes', () => {
  const sqliteError = (errcode: number) => Object.assign(new Error('any text'), { code: 'ERR_SQLITE_ERROR', errcode });

  it('tells SQLITE_BUSY (and its extended codes) by the error code, not the message', () => {
    expect(isSqliteBusy(sqliteError(5))).toBe(true);
    expect(isSqliteBusy(sqliteError(261))).toBe(true); // SQLITE_BUSY_RECOVERY
    expect(isSqliteBusy(sqliteError(6))).toBe(false); // SQLITE_LOCKED
    expect(isSqliteBusy(sqliteError(1555))).toBe(false); // SQLITE_CONSTRAINT_PRIMARYKEY
    expect(isSqliteBusy(new Error('database is locked'))).toBe(false);
  });

  it('tells a file that cannot take writes from a busy file or a refused statement', () => {
    for (const errcode of [8, 10, 13, 14, 13 | (1 << 8)]) expect(isSqliteFileFailure(sqliteError(errcode))).toBe(true);
    for (const errcode of [5, 6, 19, 2067]) expect(isSqliteFileFailure(sqliteError(errcode))).toBe(false);
    expect(isSqliteFileFailure(new Error('database or disk is full'))).toBe(false);
  });
});
