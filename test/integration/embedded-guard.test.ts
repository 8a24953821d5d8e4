import { setTimeout as sleep } from 'node:timers/promises';
import { ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnGuarded, stopGuarded } from '../../src/infrastructure/embedded/embedded-dynamodb';

/**
 * The guard that keeps DynamoDB Local from outliving the service, tried on a stand-in "Java" (a Node process that
 * prints its pid and runs until it is ended; with `ignore-term` it ignores SIGTERM, as a hung JVM may). Found by an
 * operator's probe: a Java stopped with SIGSTOP ignored the guard's SIGTERM, and the SIGKILL after the grace reached
 * only the guard, so Java stayed, an orphan holding its port and data folder, after SIGTERM and after SIGKILL of the
 * service, and the next start failed.
 */
let dir: string;
let fakeJava: string;
const pids: number[] = [];
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'guard-'));
  fakeJava = join(dir, 'java');
  const body =
    "if(process.argv.includes('ignore-term'))process.on('SIGTERM',()=>{});" +
    "process.stdout.write('pid '+process.pid+'\\n');setInterval(()=>{},1000);";
  writeFileSync(fakeJava, `#!/bin/sh\nexec "${process.execPath}" -e "${body}" -- "$@"\n`);
  chmodSync(fakeJava, 0o755);
});
afterAll(() => {
  for (const pid of pids) if (alive(pid)) process.kill(pid, 'SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

/** Running (a zombie, or no process, is not). */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

async function gone(pid: number, withinMs: number): Promise<boolean> {
  for (const deadline = Date.now() + withinMs; Date.now() < deadline; await sleep(50)) if (!alive(pid)) return true;
  return !alive(pid);
}

/** The guarded stand-in and its pid, once it runs. */
async function guarded(args: string[], graceMs: number): Promise<{ child: ChildProcess; pid: number }> {
  const child = spawnGuarded(fakeJava, args, dir, graceMs);
  const pid = await new Promise<number>((done, fail) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /pid (\d+)\n/.exec(out);
      if (found) done(Number(found[1]));
    });
    child.once('exit', () => fail(new Error(`the guard ended first: ${out}`)));
  });
  pids.push(pid);
  return { child, pid };
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise<void>((done) => child.once('exit', () => done()));

describe('the guard of DynamoDB Local', () => {
  it('stop(): a Java that ignores SIGTERM is killed with its process group after the grace', async () => {
    const { child, pid } = await guarded(['ignore-term'], 1_000);
    const began = Date.now();
    await stopGuarded(child, 1_000);
    expect(Date.now() - began).toBeGreaterThanOrEqual(900);
    expect(await gone(pid, 2_000)).toBe(true);
  });

  it('stop(): a Java stopped with SIGSTOP ends at once (a SIGCONT goes with the SIGTERM), not at the grace', async () => {
    const { child, pid } = await guarded([], 20_000);
    process.kill(pid, 'SIGSTOP');
    const began = Date.now();
    await stopGuarded(child, 20_000);
    expect(await gone(pid, 2_000)).toBe(true);
    expect(Date.now() - began).toBeLessThan(5_000);
  });

  it('its owner gone (the pipe closed, as when the service is killed with SIGKILL): a stopped Java that ignores SIGTERM is killed after the grace', async () => {
    const { child, pid } = await guarded(['ignore-term'], 1_000);
    process.kill(pid, 'SIGSTOP');
    child.stdin?.end();
    expect(await gone(pid, 4_000)).toBe(true);
    await exited(child);
  });

  it('its owner gone: a stopped Java that ends on SIGTERM ends at once', async () => {
    const { child, pid } = await guarded([], 20_000);
    process.kill(pid, 'SIGSTOP');
    const began = Date.now();
    child.stdin?.end();
    expect(await gone(pid, 4_000)).toBe(true);
    expect(Date.now() - began).toBeLessThan(4_000);
    await exited(child);
  });
});
