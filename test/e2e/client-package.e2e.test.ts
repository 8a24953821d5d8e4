import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { expectLedgerConsistent } from '../support/ledger';
import { startTestServer, TestServer } from '../support/server';

/**
 * The client kit as a client project gets it: `npm pack` in client/ (its prepack builds the JavaScript and
 * the .d.ts), the tarball installed into a scratch project outside the repository (from the npm cache when
 * it has the two dependencies, else from the registry), then examples/plain-node/retry.mjs run there in
 * plain Node against the real service, and the installed types checked by tsc.
 */
const ROOT = join(__dirname, '..', '..');
const EXAMPLES = join(ROOT, 'examples', 'plain-node');
// Asynchronous: the service under test answers from this same process.
const run = async (command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env) =>
  (await promisify(execFile)(command, args, { cwd, env, encoding: 'utf8', timeout: 240_000 })).stdout;
/** A command's exit and everything it printed, for an assertion that shows tsc's complaints. */
const outcomeOf = (command: string, args: string[], cwd: string) =>
  run(command, args, cwd).then(
    (stdout) => ({ failed: false, output: stdout }),
    (error: { stdout?: string; stderr?: string }) => ({ failed: true, output: `${error.stdout ?? ''}${error.stderr ?? ''}` }),
  );

describe('the client kit, packed and installed into a project outside the repository', () => {
  let server: TestServer;
  const packDir = mkdtempSync(join(tmpdir(), 'wallet-client-pack-'));
  const project = mkdtempSync(join(tmpdir(), 'wallet-client-project-'));
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.stop();
    rmSync(packDir, { recursive: true, force: true });
    rmSync(project, { recursive: true, force: true });
  });

  it('packs built JavaScript and types only, installs, and runs the retry example in plain Node', async () => {
    expect(relative(ROOT, project).startsWith('..')).toBe(true);
    const [packed] = JSON.parse(await run('npm', ['pack', '--json', '--pack-destination', packDir], join(ROOT, 'client'))) as Array<{
      filename: string;
      files: Array<{ path: string }>;
    }>;
    const files = packed.files.map((file) => file.path);
    expect(files).toEqual(expect.arrayContaining(['package.json', 'dist/index.js', 'dist/index.d.ts', 'operations/wallet.graphql']));
    expect(files.filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))).toEqual([]);

    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'wallet-app', private: true, type: 'module' }));
    copyFileSync(join(EXAMPLES, 'retry.mjs'), join(project, 'retry.mjs'));
    await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', join(packDir, packed.filename)], project);
    expect(JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')).dependencies).toHaveProperty('@wallet-service/client');
    // The schema ships with it, for the app's own codegen (docs/clients.md): the service's, byte for byte.
    expect(files).toContain('schema.graphql');
    const shipped = readFileSync(join(project, 'node_modules', '@wallet-service', 'client', 'schema.graphql'), 'utf8');
    expect(shipped).toBe(readFileSync(join(ROOT, 'schema.graphql'), 'utf8'));

    const { authorization } = await server.headersOf('alice');
    const env = { PATH: process.env.PATH, WALLET_URL: `${server.url}/graphql`, WALLET_TOKEN: authorization.replace(/^Bearer /, '') };
    const printed = JSON.parse(await run(process.execPath, ['retry.mjs'], project, env));
    expect(printed).toMatchObject({ outcomes: Array(4).fill('BalanceIncreased'), balance: '10.00', version: 4 });
    // All four started from version 0, so three conflicted at least once and retried from the conflict's wallet.
    expect(printed.attempts).toBeGreaterThanOrEqual(7);
    expect(printed.resultUnions).toBeGreaterThanOrEqual(5);
    await expectLedgerConsistent(server.store, printed.walletId);
  }, 300_000);

  it('gives a TypeScript project the types: results narrow on __typename', async () => {
    copyFileSync(join(EXAMPLES, 'types-check.ts'), join(project, 'types-check.ts'));
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const options = ['--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', 'types-check.ts'];
    expect(await outcomeOf(process.execPath, [tsc, ...options], project)).toEqual({ failed: false, output: '' });
  }, 120_000);
});
