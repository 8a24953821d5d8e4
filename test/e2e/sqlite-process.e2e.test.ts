import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SQLITE_MIN_NODE, supportsNodeSqlite } from '../../src/infrastructure/sqlite/node-sqlite';
import { describeSqlite } from '../support/sqlite';
import { devGql, exited, startOnFreePort } from '../support/compiled-service';
import { CREATE, INCREASE, READ } from '../support/operations';

/**
 * `WALLET_STORE=sqlite node dist/main.js` as a user runs it: one file under DATA_DIR, no Java. Every
 * acknowledged write is on disk (WAL, synchronous=FULL) before the answer, so it survives kill -9.
 * Compiled into a folder of its own, so it never races process.e2e.test.ts building dist/.
 */
const ROOT = join(__dirname, '..', '..');
const OUT = join(ROOT, 'dist-e2e-sqlite');
const dataDir = mkdtempSync(join(tmpdir(), 'wallet-sqlite-data-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const env = (port: number): NodeJS.ProcessEnv => ({
  ...process.env,
  WALLET_STORE: 'sqlite',
  PORT: String(port),
  DATA_DIR: dataDir,
  LOG_LEVEL: 'error',
  HOST: '127.0.0.1',
  PATH: '/nonexistent',
});

if (!supportsNodeSqlite()) {
  it(`refuses WALLET_STORE=sqlite on Node ${process.versions.node} in one line naming Node >= ${SQLITE_MIN_NODE}`, () => {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json', '--outDir', OUT], { cwd: ROOT, stdio: 'inherit' });
    const run = spawnSync(process.execPath, [join(OUT, 'main.js')], {
      cwd: ROOT,
      env: { ...env(0), NODE_NO_WARNINGS: '1' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      `WALLET_STORE=sqlite needs Node.js >= ${SQLITE_MIN_NODE} (the built-in node:sqlite); this is Node ${process.versions.node}. ` +
        'Either run it on Node 24, or leave WALLET_STORE unset for the default store, embedded DynamoDB Local, which needs Java 17.',
    ]);
  });
}

describeSqlite('the compiled service on SQLite', () => {
  beforeAll(() => {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json', '--outDir', OUT], { cwd: ROOT, stdio: 'inherit' });
  });

  // No java on PATH: the SQLite store must not need it.
  const startService = () =>
    startOnFreePort((port) =>
      spawn(process.execPath, [join(OUT, 'main.js')], { cwd: ROOT, env: env(port), stdio: ['ignore', 'ignore', 'pipe'] }),
    );
  const gql = (url: string, query: string, variables: Record<string, unknown>) => devGql(url, dataDir, query, variables);

  it('keeps every acknowledged wallet and change across a restart and across kill -9, without Java', async () => {
    const first = await startService();
    const { data } = await gql(first.url, CREATE, { currency: 'CHF' });
    const id: string = data.result.wallet.id;
    const stopped = exited(first.child);
    first.child.kill('SIGTERM');
    expect(await stopped).toBe(0);

    const second = await startService();
    expect((await gql(second.url, READ, { id })).data.wallet).toMatchObject({ id, currency: 'CHF', version: 0 });
    // 20 acknowledged increases, then kill -9 with no warning: every one must be there after the restart.
    for (let version = 0; version < 20; version++) {
      const answer = await gql(second.url, INCREASE, { walletId: id, amount: '1.25', currency: 'CHF', expectedVersion: version });
      expect(answer.data.result.__typename).toBe('BalanceIncreased');
    }
    const killed = exited(second.child);
    second.child.kill('SIGKILL');
    await killed;

    const third = await startService();
    const wallet = (await gql(third.url, READ, { id, first: 100 })).data.wallet;
    expect(wallet).toMatchObject({ id, balance: '25.00', version: 20 });
    expect(wallet.history.edges).toHaveLength(21);
    const stoppedAgain = exited(third.child);
    third.child.kill('SIGTERM');
    expect(await stoppedAgain).toBe(0);
  }, 120_000);
});
