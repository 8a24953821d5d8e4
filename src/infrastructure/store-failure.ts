import { WalletFeed } from '../application/wallet-feed.port';
import { StoreUnavailable } from '../domain/store-unavailable';

/** Node's codes of a connection that could not be made: the request never reached the store. */
const NEVER_CONNECTED_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/** Those, and the codes of a connection that broke before the answer arrived. */
const CONNECTION_CODES = new Set([...NEVER_CONNECTED_CODES, 'ECONNRESET', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT']);

/** DynamoDB's names for "slow down" rather than "broken". */
const THROTTLING_NAMES = new Set(['ThrottlingException', 'ProvisionedThroughputExceededException', 'RequestLimitExceeded']);

/** The AWS SDK's names of a store that is overloaded or failing on its side (its retries spent). */
const STORE_SIDE_NAMES = new Set([
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
  'InternalServerError',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  ...THROTTLING_NAMES,
]);

/** SQLite's primary result codes this service tells apart (sqlite.org/rescode.html), by their names there. */
export const SQLITE_CODES = {
  /** Another connection holds the write lock (past the busy timeout). */
  BUSY: 5,
  LOCKED: 6,
  READONLY: 8,
  IOERR: 10,
  /** "database disk image is malformed". */
  CORRUPT: 11,
  /** The disk, or the file's size limit, is full. */
  FULL: 13,
  CANTOPEN: 14,
  /** Not a database at all (or encrypted). */
  NOTADB: 26,
} as const;

/** A file that cannot take writes: read-only, failing, full or that cannot be opened. */
const SQLITE_FILE_FAILURES: ReadonlySet<number> = new Set([
  SQLITE_CODES.READONLY,
  SQLITE_CODES.IOERR,
  SQLITE_CODES.FULL,
  SQLITE_CODES.CANTOPEN,
]);

/** A damaged file. It does not heal: a backup must replace it. */
const SQLITE_CORRUPT: ReadonlySet<number> = new Set([SQLITE_CODES.CORRUPT, SQLITE_CODES.NOTADB]);

/** A file that cannot be used now: busy or locked, the file failures and a damaged file. */
const SQLITE_UNAVAILABLE: ReadonlySet<number> = new Set([
  SQLITE_CODES.BUSY,
  SQLITE_CODES.LOCKED,
  ...SQLITE_FILE_FAILURES,
  ...SQLITE_CORRUPT,
]);

/**
 * A store request's failure, typed: when the store could not be reached, dropped the connection, timed out, answered
 * a 5xx or kept throttling (any store, any request), the StoreUnavailable clients get as STORE_UNAVAILABLE; anything
 * else as it is (a bug stays an INTERNAL_SERVER_ERROR). StoreUnavailable promises nothing about what was written: a
 * write whose connection broke after it was sent may have landed, and the answer says the outcome is unknown.
 */
export function typedStoreFailure(error: unknown): unknown {
  if (error instanceof StoreUnavailable || !isStoreUnavailable(error)) return error;
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const what = isSqliteCorrupt(error)
    ? 'The SQLite file is corrupt'
    : isSqliteFileFailure(error)
      ? 'SQLite cannot write'
      : 'The store did not answer';
  return new StoreUnavailable(`${what}: ${detail.slice(0, 300)}`, { cause: error });
}

/**
 * SQLITE_BUSY (any of its extended codes), told by node:sqlite's `errcode`, not the message. Not `instanceof Error`:
 * the error is made in Node's own realm, which is not a test sandbox's.
 */
export function isSqliteBusy(error: unknown): boolean {
  return sqlitePrimaryCode(error) === SQLITE_CODES.BUSY;
}

/** A failure of the SQLite file, not of the request: the disk is full, read-only or failing. */
export function isSqliteFileFailure(error: unknown): boolean {
  const code = sqlitePrimaryCode(error);
  return code !== undefined && SQLITE_FILE_FAILURES.has(code);
}

/** The SQLite file is damaged ("database disk image is malformed") or not a database at all. */
export function isSqliteCorrupt(error: unknown): boolean {
  const code = sqlitePrimaryCode(error);
  return code !== undefined && SQLITE_CORRUPT.has(code);
}

/** node:sqlite reports SQLite's (extended) result code as `errcode`; its low byte is the primary code. */
export function sqlitePrimaryCode(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('errcode' in error) || typeof error.errcode !== 'number') return undefined;
  return error.errcode & 0xff;
}

/** The store asked us to slow down (DynamoDB's throttling, SQLite's busy file), anywhere in the error's causes. */
export function isThrottling(error: unknown): boolean {
  return someCause(error, (cause) => (typeof cause.name === 'string' && THROTTLING_NAMES.has(cause.name)) || isSqliteBusy(cause));
}

/**
 * The store answered with a 5xx of its own, anywhere in the error's causes: it is up and failing (DynamoDB Local's full
 * disk answers InternalFailure), not unreachable, restarting or slow.
 */
export function isServerFault(error: unknown): boolean {
  return someCause(error, (cause) => serverFault(cause.$metadata));
}

/** No connection could be made, anywhere in the error's causes: the request never reached the store. */
export function neverConnected(error: unknown): boolean {
  return someCause(error, (cause) => typeof cause.code === 'string' && NEVER_CONNECTED_CODES.has(cause.code));
}

function someCause(error: unknown, test: (cause: Record<string, unknown>) => boolean): boolean {
  for (let cause = error, depth = 0; typeof cause === 'object' && cause !== null && depth < 4; depth += 1) {
    if (test(cause as Record<string, unknown>)) return true;
    cause = (cause as { cause?: unknown }).cause;
  }
  return false;
}

function isStoreUnavailable(error: unknown): boolean {
  return someCause(error, (cause) => {
    const { code, name, message, $metadata } = cause;
    if (typeof code === 'string' && CONNECTION_CODES.has(code)) return true;
    if (typeof name === 'string' && STORE_SIDE_NAMES.has(name)) return true;
    if (typeof message === 'string' && (message === 'socket hang up' || STORE_SIDE_NAMES.has(wrappedName(message)))) return true;
    const sqliteCode = sqlitePrimaryCode(cause);
    if (sqliteCode !== undefined && SQLITE_UNAVAILABLE.has(sqliteCode)) return true;
    return serverFault($metadata);
  });
}

/**
 * The name inside the AWS SDK's "error wrapper for TimeoutError: socket hang up": what its retry step makes of an
 * error that is not an Error of its realm (Node's own errors under jest's VM), its name and code lost but in the text.
 */
function wrappedName(message: string): string {
  return /^AWS SDK error wrapper for (\w+)/.exec(message)?.[1] ?? '';
}

/** The AWS SDK's answer metadata of a 5xx. */
function serverFault(metadata: unknown): boolean {
  if (typeof metadata !== 'object' || metadata === null) return false;
  const status = (metadata as { httpStatusCode?: unknown }).httpStatusCode;
  return typeof status === 'number' && status >= 500;
}

/** A feed whose failures to start listening (the change stream unreachable) are typed as the repository's are. */
export function typedFeedFailures(feed: WalletFeed): WalletFeed {
  return {
    listen: async (walletId, deliver) => {
      try {
        return await feed.listen(walletId, deliver);
      } catch (error) {
        throw typedStoreFailure(error);
      }
    },
  };
}
