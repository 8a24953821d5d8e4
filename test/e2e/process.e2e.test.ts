import { setTimeout as sleep } from 'node:timers/promises';
import { ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { AddressInfo, createServer } from 'node:net';
import { request } from 'node:http';
import { join } from 'node:path';
import { devAuthorization, devGql, exited, startOnFreePort } from '../support/compiled-service';
import { CREATE, READ } from '../support/operations';

/**
 * `npm start` as a user runs it: the compiled service with its embedded DynamoDB Local, data kept
 * in DATA_DIR. Checks that wallets survive a restart and that no process outlives the service,
 * whether it is stopped with SIGTERM or killed with SIGKILL.
 */
const ROOT = join(__dirname, '..', '..');
const dataDir = mkdtempSync(join(tmpdir(), 'wallet-data-'));

beforeAll(() => {
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
});
/** Every service this file started: one a failed test left running is killed before its DATA_DIR goes. */
const started = new Set<ChildProcess>();
afterAll(async () => {
  for (const child of started) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    const gone = exited(child);
    child.kill('SIGKILL');
    await gone;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

/** `ownGroup`: the service leads its own process group, as a command started in a terminal does. */
async function startService(ownGroup = false, stdout: string[] = []) {
  return startOnFreePort((port) => {
    const child = spawn(process.execPath, ['dist/main.js'], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'error', HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'ignore'],
      detached: ownGroup,
    });
    started.add(child);
    child.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk.toString()));
    return child;
  });
}

/** DynamoDB Local processes started on our data dir (the guard script and Java both name it). */
function storeProcesses(): string[] {
  try {
    return execFileSync('pgrep', ['-f', dataDir], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
  } catch {
    return [];
  }
}

async function until(condition: () => boolean, ms = 15_000): Promise<boolean> {
  for (const deadline = Date.now() + ms; Date.now() < deadline; await sleep(200)) if (condition()) return true;
  return condition();
}

const authorization = () => devAuthorization(dataDir);
const gql = (url: string, query: string, variables: Record<string, unknown>) => devGql(url, dataDir, query, variables);

it('keeps wallets across a restart and stops DynamoDB Local on SIGTERM and on SIGKILL', async () => {
  const first = await startService();
  expect(storeProcesses().length).toBeGreaterThan(0);
  const { data } = await gql(first.url, CREATE, { currency: 'CHF' });
  const id: string = data.result.wallet.id;
  const stopped = exited(first.child);
  first.child.kill('SIGTERM');
  expect(await stopped).toBe(0);
  expect(await until(() => storeProcesses().length === 0)).toBe(true);

  const second = await startService();
  expect((await gql(second.url, READ, { id })).data.wallet).toMatchObject({ id, currency: 'CHF', version: 0 });
  const killed = exited(second.child);
  second.child.kill('SIGKILL');
  await killed;
  expect(await until(() => storeProcesses().length === 0)).toBe(true);
}, 120_000);

it('a DYNAMODB_ENDPOINT that takes connections and never answers: start-up fails within seconds, saying why, exit 1', async () => {
  const silent = createServer((socket) => socket.resume());
  await new Promise<void>((done) => silent.listen(0, '127.0.0.1', done));
  try {
    const endpoint = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    const env = {
      ...process.env,
      PORT: '0',
      DATA_DIR: dataDir,
      DYNAMODB_ENDPOINT: endpoint,
      DYNAMODB_REQUEST_TIMEOUT_MS: '300',
      LOG_LEVEL: 'error',
    };
    const child = spawn(process.execPath, ['dist/main.js'], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
    started.add(child);
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const began = Date.now();
    expect(await exited(child)).toBe(1);
    // Three attempts of 300 ms and the SDK's back-off; before the bound, start-up waited for ever.
    expect(Date.now() - began).toBeLessThan(15_000);
    expect(stderr).toMatch(/"msg":"Wallet service failed to start"/);
    expect(stderr).toMatch(/TimeoutError.*300 ms requestTimeout/);
  } finally {
    silent.close();
  }
}, 30_000);

it('without Java, says so in one line with the ways forward, and exits 1', () => {
  const onlyNode = mkdtempSync(join(tmpdir(), 'no-java-'));
  try {
    symlinkSync(process.execPath, join(onlyNode, 'node'));
    const env: NodeJS.ProcessEnv = { ...process.env, PATH: onlyNode, PORT: '0', DATA_DIR: dataDir };
    delete env.JAVA_HOME;
    const run = spawnSync(join(onlyNode, 'node'), ['dist/main.js'], { cwd: ROOT, env, encoding: 'utf8', timeout: 30_000 });
    expect(run.status).toBe(1);
    const lines = run.stderr
      .split('\n')
      .filter((line) => line && !/NodeVersionSupportWarning|AWS SDK|node >=22|updates|a\.co|trace-warnings|^\s*$/.test(line));
    expect(lines).toEqual([
      expect.stringMatching(
        /needs Java 17\+, and none was found: install Java 17 .*docker compose up.*DYNAMODB_ENDPOINT.*WALLET_STORE=sqlite/,
      ),
    ]);
  } finally {
    rmSync(onlyNode, { recursive: true, force: true });
  }
});

it('Ctrl-C (SIGINT to the whole process group) lets requests in flight finish before DynamoDB Local stops', async () => {
  const service = await startService(true);
  const token = await authorization();
  const inFlight = Array.from({ length: 30 }, () =>
    fetch(`${service.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: token },
      body: JSON.stringify({ query: CREATE, variables: { currency: 'GBP' } }),
    }).then(
      async (response) => (await response.json()) as { data?: unknown; errors?: unknown[] },
      () => 'refused' as const,
    ),
  );
  // One answered: the service is taking them, and the rest are in flight (however fast or slow the machine).
  await Promise.race(inFlight);
  const stopped = exited(service.child);
  process.kill(-service.child.pid!, 'SIGINT');
  const answers = await Promise.all(inFlight);
  expect(await stopped).toBe(0);
  // Every request the service accepted was answered properly; later ones were refused at the door.
  const answered = answers.filter((answer) => answer !== 'refused');
  expect(answered.length).toBeGreaterThan(0);
  for (const answer of answered) expect(answer).toEqual({ data: { result: expect.objectContaining({ __typename: 'WalletCreated' }) } });
  expect(await until(() => storeProcesses().length === 0)).toBe(true);
}, 60_000);

describe('development authentication', () => {
  /**
   * A new connection each time: between two asks the test blocks its event loop in spawnSync for seconds, past the
   * service's keep-alive timeout (5 s), and a kept-alive socket that the service closed meanwhile was written to before
   * the test could see it close (fetch: "other side closed", now and then in CI).
   */
  const ask = (url: string, token: string) =>
    new Promise<{ status: number; body: { data?: Record<string, any> } }>((resolve, reject) => {
      const body = JSON.stringify({ query: CREATE, variables: { currency: 'GBP' } });
      const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'content-length': Buffer.byteLength(body) };
      const req = request(`${url}/graphql`, { method: 'POST', headers, agent: false }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
      });
      req.on('error', reject);
      req.end(body);
    });

  it('prints ready-to-paste tokens for two users and an operator, signed by a key kept in DATA_DIR across restarts', async () => {
    const printed: string[] = [];
    const first = await startService(false, printed);
    await until(() => printed.join('').includes('operator'));
    const lines = printed.join('').split('\n');
    const tokenOf = (who: string) => lines.find((line) => line.trimStart().startsWith(who))?.match(/Authorization: Bearer (\S+)/)?.[1];
    for (const who of ['alice', 'bob', 'operator (wallet:admin)']) expect(tokenOf(who)).toMatch(/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/);
    const alice = tokenOf('alice') as string;
    // How to sign more with this service's key: the token tool must be given the same DATA_DIR.
    const keyFile = join(dataDir, 'dev-auth', 'dev-signing-key.pem');
    expect(lines).toContain(`Development tokens (12 h), signed by ${keyFile}; more with this key:`);
    expect(lines).toContain(`  DATA_DIR=${dataDir} npm run -s token -- --sub NAME [--scope wallet:admin] [--ttl 1h]`);
    expect((await ask(first.url, alice)).body.data?.result.wallet.ownerId).toBe('alice');
    const stopped = exited(first.child);
    first.child.kill('SIGTERM');
    await stopped;

    const second = await startService();
    expect((await ask(second.url, alice)).status).toBe(200);
    // `npm run -s token` prints one token alone on stdout, signed by the same key.
    // `node dist/token.js` with these arguments, signing with the key under `dir`.
    const token = (args: string[], dir = dataDir) =>
      spawnSync(process.execPath, ['dist/token.js', ...args], { cwd: ROOT, env: { ...process.env, DATA_DIR: dir }, encoding: 'utf8' });
    const run = token(['--sub', 'carol', '--scope', 'wallet:admin', '--ttl', '1h']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^eyJ[\w-]+\.[\w-]+\.[\w-]+\n$/);
    expect(run.stderr).toBe(`Signed with ${join(dataDir, 'dev-auth', 'dev-signing-key.pem')}\n`);
    // Without the service's DATA_DIR, the tool says it made a new key that no service has used.
    const elsewhere = mkdtempSync(join(tmpdir(), 'wallet-token-'));
    const stray = token(['--sub', 'carol'], elsewhere);
    rmSync(elsewhere, { recursive: true, force: true });
    expect(stray.stderr).toMatch(
      new RegExp(`^Signed with ${join(elsewhere, 'dev-auth', 'dev-signing-key.pem')}, made just now: no service has used it yet`),
    );
    expect((await ask(second.url, stray.stdout.trim())).status).toBe(401);
    // A token the service would refuse for its lifetime is not printed.
    const tooLong = token(['--sub', 'carol', '--ttl', '25h']);
    expect(tooLong.status).toBe(1);
    expect(tooLong.stdout).toBe('');
    expect(tooLong.stderr).toMatch(/^--ttl 25h is longer than the service accepts: TOKEN_MAX_LIFETIME_SECONDS is 86400/);
    const expired = token(['--sub', 'carol', '--ttl', '0s']);
    expect(expired.status).toBe(1);
    expect(expired.stdout).toBe('');
    // --help is the usage (exit 0); an unknown option names itself, then the usage.
    expect(token(['--help'])).toMatchObject({ status: 0, stdout: expect.stringMatching(/^usage: npm run -s token -- --sub NAME/) });
    expect(token(['--subject', 'carol'])).toMatchObject({ status: 1, stderr: expect.stringMatching(/'--subject'[\s\S]*\nusage: /) });
    const carol = await ask(second.url, run.stdout.trim());
    expect(carol.body.data?.result.wallet.ownerId).toBe('carol');
    const killed = exited(second.child);
    second.child.kill('SIGTERM');
    await killed;
  }, 120_000);

  it('fails closed: NODE_ENV=production with no key to verify tokens by refuses to start, in one line', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', PORT: '0', DATA_DIR: dataDir, NODE_NO_WARNINGS: '1' };
    for (const name of ['AUTH_JWKS_URL', 'AUTH_PUBLIC_KEY_FILE']) delete env[name];
    const run = spawnSync(process.execPath, ['dist/main.js'], { cwd: ROOT, env, encoding: 'utf8', timeout: 30_000 });
    expect(run.status).toBe(1);
    const lines = run.stderr
      .split('\n')
      .filter((line) => line && !/NodeVersionSupportWarning|AWS SDK|node >=22|updates|a\.co|trace-warnings/.test(line));
    expect(lines).toEqual([
      expect.stringMatching(/^NODE_ENV=production needs a key to verify bearer tokens by: set AUTH_JWKS_URL or AUTH_PUBLIC_KEY_FILE/),
    ]);
    expect(storeProcesses()).toEqual([]);
  });
});
