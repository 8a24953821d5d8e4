import { DEFAULT_POLICY, runBank } from '../../verify/bank';
import { formatReport } from '../../verify/report';
import { startTestServer, TestServer } from '../support/server';

/**
 * The short bank test: the same workload and checker as `npm run verify`, for a few seconds,
 * against the real server in-process on a fresh table. No process is killed here (that is the
 * CLI's part); client-side timeouts and duplicate sends still make outcomes unknown and retried.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

it('concurrent transfers, deposits and withdrawals with duplicates and timeouts keep every invariant', async () => {
  const result = await runBank({
    url: server.url, authorization: (await server.headersOf('bank')).authorization,
    table: server.store.location, wallets: 4, clients: 8, seconds: 3, seed: 20_240_601, deposit: 100_000n,
    faults: [], faultEverySeconds: 60, resolveGraceSeconds: 20,
    policy: { ...DEFAULT_POLICY, timeoutShare: 0.1, duplicateShare: 0.2 },
  });
  if (result.check.violations.length > 0) process.stderr.write(`${formatReport(result)}\n`);
  expect(result.check.violations).toEqual([]);
  const changes = result.ops.filter((op) => op.phase === 'run' && op.spec.type !== 'read');
  expect(changes.filter((op) => op.outcome === 'ok').length).toBeGreaterThan(0);
  // Every unknown outcome of a change was resolved by an idempotent retry (reads are not retried).
  expect(changes.filter((op) => op.outcome === 'unknown')).toEqual([]);
  expect(changes.some((op) => op.wasUnknown)).toBe(true);
});
