import { ConfigError } from '../../config';

/**
 * The part of Node's built-in `node:sqlite` this adapter uses, typed here because the project's
 * @types/node (Node 20) does not describe the module. Values come back as `unknown`: every row is
 * validated by the row readers, never cast.
 */
export type SqliteValue = string | bigint | number | null | Uint8Array;
export type Row = Record<string, unknown>;

export interface Statement {
  run(...params: SqliteValue[]): { changes: number | bigint; lastInsertRowid: number | bigint };
  get(...params: SqliteValue[]): Row | undefined;
  all(...params: SqliteValue[]): Row[];
  /** INTEGER columns come back as bigint: no stored number ever passes through a binary float. */
  setReadBigInts(enabled: boolean): void;
}

export interface Database {
  exec(sql: string): void;
  prepare(sql: string): Statement;
  close(): void;
}

interface NodeSqliteModule {
  DatabaseSync: new (path: string) => Database;
}

/** node:sqlite runs without a flag from Node 22.13 (and, on the 23 line, 23.4). */
export const SQLITE_MIN_NODE = '22.13';

export function supportsNodeSqlite(version = process.versions.node): boolean {
  const [major, minor] = version.split('.').map(Number);
  return major > 23 || (major === 23 && minor >= 4) || (major === 22 && minor >= 13);
}

/**
 * Loads node:sqlite on demand, so that the rest of the service (and the DynamoDB stores) still runs
 * on Node 20, where the module does not exist. Refuses in one line on a Node without it.
 */
export function loadNodeSqlite(): NodeSqliteModule {
  if (!supportsNodeSqlite()) {
    throw new ConfigError(
      `WALLET_STORE=sqlite needs Node.js >= ${SQLITE_MIN_NODE} (the built-in node:sqlite); this is Node ${process.versions.node}. ` +
        'Either run it on Node 24, or leave WALLET_STORE unset for the default store, embedded DynamoDB Local, which needs Java 17.',
    );
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily: absent before Node 22.13.
  return require('node:sqlite') as NodeSqliteModule;
}
