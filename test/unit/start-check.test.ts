import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { supportsNodeSqlite } from '../../src/infrastructure/sqlite/node-sqlite';

/** `npm start` runs scripts/start-check.cjs before the build, so a store this Node cannot run is refused at once. */
const SCRIPT = join(__dirname, '..', '..', 'scripts', 'start-check.cjs');
const check = (env: NodeJS.ProcessEnv) => {
  const started = performance.now();
  const run = spawnSync(process.execPath, [SCRIPT], { env: { PATH: process.env.PATH, ...env }, encoding: 'utf8' });
  return { ...run, ms: performance.now() - started };
};

describe('the start-up check before the build', () => {
  it('lets the default store and the AWS store through on any Node', () => {
    for (const env of [{}, { WALLET_STORE: 'aws' }]) expect(check(env)).toMatchObject({ status: 0, stderr: '' });
  });

  if (supportsNodeSqlite()) {
    it(`lets WALLET_STORE=sqlite through on Node ${process.versions.node}`, () => {
      expect(check({ WALLET_STORE: 'sqlite' })).toMatchObject({ status: 0, stderr: '' });
    });
  } else {
    it(`refuses WALLET_STORE=sqlite on Node ${process.versions.node} at once, in one line naming the ways forward`, () => {
      const run = check({ WALLET_STORE: ' SQLite ' });
      expect(run.status).toBe(1);
      expect(run.stderr.split('\n').filter(Boolean)).toEqual([
        expect.stringMatching(
          new RegExp(
            `^WALLET_STORE=sqlite needs Node.js >= 22.13 \\(the built-in node:sqlite\\); this is Node ${process.versions.node}\\. ` +
              'Either run it on Node 24 .*, or leave WALLET_STORE unset for the default store, embedded DynamoDB Local, which needs Java 17\\.$',
          ),
        ),
      ]);
      expect(run.ms).toBeLessThan(5_000);
    });
  }
});
