import { setTimeout as sleep } from 'node:timers/promises';
import { ChildProcess } from 'node:child_process';
import { DevSigningKey, devKeyDir } from '../../src/infrastructure/auth/dev-signing-key';
import { GraphQLResponse, postGraphQL } from './graphql-post';

/** Waits until the compiled service answers /health with 200; kills it and throws if it exits or never does. */
export async function untilHealthy(child: ChildProcess, url: string, attempts = 240): Promise<void> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (child.exitCode !== null) throw new Error(`service exited with ${child.exitCode}`);
    if ((await fetch(`${url}/health`).catch(() => undefined))?.status === 200) return;
    await sleep(250);
  }
  child.kill('SIGKILL');
  throw new Error('service did not become healthy');
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
