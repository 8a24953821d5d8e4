import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { ATTACKS } from '../../abuse/attacks';
import { RunningService, startService } from '../../abuse/service-process';
import { READ } from '../support/operations';
import { startTestServer, TestServer } from '../support/server';

/** Every attack of issue 9 is refused in milliseconds, and a burst of them does not hurt normal clients. */
const ROOT = join(__dirname, '..', '..');
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

describe.each(ATTACKS.map((attack) => [attack.name, attack] as const))('attack: %s', (_name, attack) => {
  it('is refused in milliseconds', async () => {
    const started = performance.now();
    const result = await attack.run(server);
    expect(result).toEqual({ ...result, refused: true });
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

/**
 * The burst runs against the compiled service in its own process, so that the attacker's own work
 * (building 500 KB queries) does not share an event loop with the service it measures.
 */
describe('a burst of 20 attack requests', () => {
  let service: RunningService;
  beforeAll(async () => {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json', '--outDir', 'dist-e2e'], { cwd: ROOT, stdio: 'inherit' });
    service = await startService(join(ROOT, 'dist-e2e', 'main.js'), {
      DYNAMODB_ENDPOINT: process.env.TEST_DYNAMODB_ENDPOINT!,
      DYNAMODB_TABLE: `wallets-attacks-${randomUUID()}`,
      LOG_LEVEL: 'error',
    });
  }, 120_000);
  afterAll(() => service?.stop());

  it('grows RSS by less than 50 MB, while /health and a normal query answer within 200 ms', async () => {
    const attacks = ATTACKS.filter((attack) => attack.repeatable);
    const read = () => fetch(`${service.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: READ, variables: { id: 'no-such-wallet' } }),
    });
    for (let i = 0; i < 3; i += 1) await (await read()).arrayBuffer(); // cold code paths
    const rssBefore = await service.rssBytes();
    let bursting = true;
    const burst = Promise.all(Array.from({ length: 20 }, (_, i) => attacks[i % attacks.length].run(service))).finally(() => (bursting = false));
    const latencies: number[] = [];
    while (bursting) {
      for (const probe of [() => fetch(`${service.url}/health`), read]) {
        const started = performance.now();
        const response = await probe();
        await response.arrayBuffer();
        expect(response.status).toBe(200);
        latencies.push(performance.now() - started);
      }
    }
    const results = await burst;
    expect(results.filter((result) => !result.refused)).toEqual([]);
    const growth = ((await service.rssBytes()) - rssBefore) / 1024 / 1024;
    console.log(`burst of 20: service RSS +${growth.toFixed(1)} MB; probes: ${latencies.length}, slowest ${Math.max(...latencies).toFixed(0)} ms`);
    expect(growth).toBeLessThan(50);
    expect(Math.max(...latencies)).toBeLessThan(200);
    expect(service.errorLines()).toEqual([]);
  });
});
