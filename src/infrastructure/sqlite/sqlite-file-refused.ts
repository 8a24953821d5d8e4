import { ConfigError } from '../../config';
import { SQLITE_CODES, sqlitePrimaryCode } from '../store-failure';

/**
 * What SQLite's result codes at start-up most likely mean for the file, in an operator's words: SQLite's own
 * messages name neither the file nor the cause ("attempt to write a readonly database" is a directory where the
 * -wal file cannot be created).
 */
const LIKELY_CAUSES: ReadonlyMap<number, string> = new Map([
  [SQLITE_CODES.BUSY, 'another process holds its write lock (a service starting or writing, an open sqlite3 session)'],
  [SQLITE_CODES.READONLY, 'it cannot be written: the file or its directory is read-only (SQLite creates FILE-wal and FILE-shm beside it)'],
  [SQLITE_CODES.IOERR, 'a disk I/O error: the disk or the filesystem is failing'],
  [SQLITE_CODES.CORRUPT, 'the file is corrupt: restore it from a backup (docs/storage.md)'],
  [SQLITE_CODES.FULL, 'the disk is full'],
  [SQLITE_CODES.CANTOPEN, 'it cannot be opened: the path is a directory, or its directory cannot be created or read'],
  [SQLITE_CODES.NOTADB, 'it is not a SQLite database (or is encrypted or damaged): check SQLITE_FILE, or restore it from a backup'],
]);

/** A start-up refusal about the SQLite file: one line naming the file and the likely cause (main.ts prints it as is). */
export class SqliteFileRefused extends ConfigError {
  constructor(file: string, reason: string) {
    super(`SQLite file ${file}: ${reason}`);
    this.name = 'SqliteFileRefused';
  }
}

/** An error met while opening `file`, as a refusal naming it; one that already says what it is passes as it is. */
export function refusalOf(file: string, error: unknown): unknown {
  if (error instanceof ConfigError) return error;
  const code = sqlitePrimaryCode(error);
  const cause = code === undefined ? undefined : LIKELY_CAUSES.get(code);
  if (cause === undefined) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new SqliteFileRefused(file, `${cause} (SQLite: ${detail})`);
}
