import { spawnSync } from 'node:child_process';
import { AddressInfo, createServer } from 'node:net';
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
    // PORT=0 (any free port): what runs beside the test may hold 4000.
    for (const env of [{ PORT: '0' }, { WALLET_STORE: 'aws', PORT: '0' }]) expect(check(env)).toMatchObject({ status: 0, stderr: '' });
  });

  it('refuses at once, in one line, a PORT or METRICS_PORT another process holds, and lets free ones through', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen({ port: 0, host: '127.0.0.1' }, resolve));
    const port = (holder.address() as AddressInfo).port;
    try {
      const busy = check({ PORT: String(port) });
      expect(busy).toMatchObject({ status: 1 });
      expect(busy.stderr).toBe(
        `PORT ${port} on 127.0.0.1 in use by another process: stop it, or choose another (PORT=${port + 1} npm start; docs/configuration.md).\n`,
      );
      expect(busy.ms).toBeLessThan(5_000);
      expect(check({ PORT: '0', METRICS_PORT: String(port) }).stderr).toMatch(new RegExp(`^METRICS_PORT ${port} on 127.0.0.1 in use`));
      holder.close();
      await new Promise((resolve) => holder.once('close', resolve));
      expect(check({ PORT: String(port) })).toMatchObject({ status: 0, stderr: '' });
    } finally {
      holder.close();
    }
  });

  if (supportsNodeSqlite()) {
    it(`lets WALLET_STORE=sqlite through on Node ${process.versions.node}`, () => {
      expect(check({ WALLET_STORE: 'sqlite', PORT: '0' })).toMatchObject({ status: 0, stderr: '' });
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
