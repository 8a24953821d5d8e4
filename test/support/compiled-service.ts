import { setTimeout as sleep } from 'node:timers/promises';
import { ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { DevSigningKey, devKeyDir } from '../../src/infrastructure/auth/dev-signing-key';
import { freePort } from '../../src/infrastructure/embedded/embedded-dynamodb';
import { GraphQLResponse, postGraphQL } from './graphql-post';

/**
 * Waits until the compiled service answers /health with 200; kills it and throws if it exits or never does. The answer
 * counts only if the child holds the listening socket: a port from freePort() is free when asked, and another test's
 * server may take it while the service is still starting its store (then the service exits on EADDRINUSE).
 */
async function untilHealthy(child: ChildProcess, url: string, attempts = 240): Promise<void> {
  const port = Number(new URL(url).port);
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (child.exitCode !== null) throw new ServiceExited(child.exitCode);
    const answer = await fetch(`${url}/health`).catch(() => undefined);
    if (answer?.status === 200 && child.pid !== undefined && listensOn(child.pid, port)) return;
    await sleep(250);
  }
  child.kill('SIGKILL');
  throw new Error('service did not become healthy');
}

/** The service ended before it was healthy (with its port taken by another test's server: EADDRINUSE). */
export class ServiceExited extends Error {
  constructor(readonly code: number) {
    super(`service exited with ${code}`);
  }
}

/**
 * Starts the compiled service on a port from freePort() (`spawnOn` builds the process for it) and waits until it is
 * healthy. Another test's server may take that port while the service starts its store: then the service exits, and
 * it is started again on another port, `attempts` times at most.
 */
export async function startOnFreePort(
  spawnOn: (port: number) => ChildProcess,
  attempts = 3,
): Promise<{ child: ChildProcess; url: string; port: number }> {
  const port = await freePort();
  const child = spawnOn(port);
  const url = `http://127.0.0.1:${port}`;
  try {
    await untilHealthy(child, url);
  } catch (error) {
    if (attempts <= 1 || !(error instanceof ServiceExited)) throw error;
    return startOnFreePort(spawnOn, attempts - 1);
  }
  return { child, url, port };
}

/** Whether process `pid` holds a socket listening on `port` (Linux: /proc/net/tcp and tcp6, and the process's descriptors). */
export function listensOn(pid: number, port: number): boolean {
  const hexPort = `:${port.toString(16).toUpperCase().padStart(4, '0')}`;
  const LISTEN = '0A';
  const inodes = new Set(
    ['/proc/net/tcp', '/proc/net/tcp6']
      .filter((table) => existsSync(table))
      .flatMap((table) => readFileSync(table, 'utf8').split('\n').slice(1))
      .map((line) => line.trim().split(/\s+/))
      .filter((fields) => fields[1]?.endsWith(hexPort) && fields[3] === LISTEN)
      .map((fields) => `socket:[${fields[9]}]`),
  );
  return readdirSync(`/proc/${pid}/fd`).some((fd) => {
    try {
      return inodes.has(readlinkSync(`/proc/${pid}/fd/${fd}`));
    } catch {
      return false;
    }
  });
}

export const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

/** A bearer token signed by the development key the service keeps in its DATA_DIR, as `npm run token` would. */
export async function devAuthorization(dataDir: string, sub = 'alice'): Promise<string> {
  return `Bearer ${await DevSigningKey.loadOrCreate(devKeyDir(dataDir)).sign({ sub })}`;
}

/** One GraphQL request to the compiled service, as alice (a development token). */
export async function devGql(
  url: string,
  dataDir: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<GraphQLResponse & { data: Record<string, any> }> {
  // The process tests read `data` at once: an answer without it fails them there.
  return (await postGraphQL(url, query, variables, { authorization: await devAuthorization(dataDir) })) as GraphQLResponse & {
    data: Record<string, any>;
  };
}
