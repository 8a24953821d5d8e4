import { setTimeout as sleep } from 'node:timers/promises';
import { ChildProcess } from 'node:child_process';
import { DevSigningKey, devKeyDir } from '../../src/infrastructure/auth/dev-signing-key';

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

/** One GraphQL request to the compiled service, as `sub` (a development token). */
export async function devGql(url: string, dataDir: string, query: string, variables: object): Promise<{ data: Record<string, any> }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: await devAuthorization(dataDir) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data: Record<string, any> };
}
