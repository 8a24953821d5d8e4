import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { ATTACKS, AttackResult } from '../../tools/abuse/attacks';
import { RunningService, startService } from '../../tools/abuse/attacked-service';
import { READ } from '../support/operations';
import { startTestServer, TestServer } from '../support/server';

// Bounds in wall-clock time on a shared 2-core machine: a run disturbed by its neighbours is tried again (at most
// twice, each failure printed); one clean pass is the evidence.
jest.retryTimes(2, { logErrorsBeforeRetry: true });

/** Every attack of issue 9 is refused in milliseconds, and a burst of them does not hurt normal clients. */
const ROOT = join(__dirname, '..', '..');
const run = promisify(execFile);
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

describe.each(ATTACKS.map((attack) => [attack.name, attack] as const))('attack: %s', (_name, attack) => {
  it('is refused in milliseconds', async () => {
    // From an authenticated caller: the limits must hold after authentication too.
    const { authorization } = await server.headersOf('mallory');
    const started = performance.now();
    const cpu = process.cpuUsage();
    const result = await attack.run({ url: server.url, port: server.port, authorization });
    expect(result).toEqual({ ...result, refused: true });
    // On a shared machine a request can wait for a core whatever it costs: the CPU it took must then be under the bound.
    const used = process.cpuUsage(cpu);
    const wallMs = performance.now() - started;
    expect(Math.min(wallMs, (used.user + used.system) / 1000)).toBeLessThan(1_000);
    // And never a refusal that waits (a timer costs no CPU): seconds of wall time at most, whatever the machine.
    expect(wallMs).toBeLessThan(5_000);
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
    execFileSync('npx', ['tsc', '-p', 'tsconfig.tools.json', '--outDir', 'dist-e2e'], { cwd: ROOT, stdio: 'inherit' });
    service = await startService(join(ROOT, 'dist-e2e', 'main.js'), {
      DYNAMODB_ENDPOINT: process.env.TEST_DYNAMODB_ENDPOINT!,
      DYNAMODB_TABLE: `wallets-attacks-${randomUUID()}`,
      LOG_LEVEL: 'error',
    });
  }, 240_000); // two compiles (the service and the tools) on a shared machine
  afterAll(() => service?.stop());

  const read = () =>
    fetch(`${service.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: service.authorization },
      body: JSON.stringify({ query: READ, variables: { id: 'no-such-wallet' } }),
    });

  // The attacker is its own process: its work must not delay the probes.
  const attack = async () =>
    JSON.parse(
      (
        await run(process.execPath, [join(ROOT, 'dist-e2e', 'tools', 'abuse', 'burst.js'), service.url, String(service.port), '20'], {
          maxBuffer: 1_000_000,
          env: { ...process.env, ATTACKER_AUTHORIZATION: service.authorization },
        })
      ).stdout,
    ) as AttackResult[];

  /** One burst of 20 alone: what it costs the service in CPU and memory. */
  async function burstCost() {
    const rssBefore = await service.rssBytes();
    const cpuBefore = await service.cpuMs();
    const results = await attack();
    return { results, cpuMs: (await service.cpuMs()) - cpuBefore, growthMb: ((await service.rssBytes()) - rssBefore) / 1024 / 1024 };
  }

  /** One burst of 20, with /health and a wallet query probed one after another until it is over. */
  async function burstWithProbes() {
    let bursting = true;
    const burst = attack().finally(() => (bursting = false));
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
    return { results: await burst, slowestMs: Math.max(...latencies), probes: latencies.length };
  }

  /**
   * Up to three bursts: the latency bound must hold in one of them. The machine these tests run on is
   * shared (load averages of 15 on 2 cores were seen while writing this; then the service gets a small
   * share of a core and its probes wait for it whatever it does). So the bound also holds when the
   * service spends under 200 ms of CPU on a whole burst: on a core of its own, no probe could then wait
   * 200 ms behind it. A service that blocks on an attack (as when it built a 264 MB answer in 6 s) fails
   * both. Every burst must be refused in full and grow RSS by less than 50 MB.
   */
  it('grows RSS by less than 50 MB, while /health and a normal query answer within 200 ms', async () => {
    for (let i = 0; i < 3; i += 1) await (await read()).arrayBuffer(); // cold code paths
    const verdicts: string[] = [];
    let met = false;
    for (let attempt = 0; attempt < 3 && !met; attempt += 1) {
      const cost = await burstCost();
      const probed = await burstWithProbes();
      verdicts.push(
        `service RSS +${cost.growthMb.toFixed(1)} MB, CPU ${cost.cpuMs.toFixed(0)} ms; with ${probed.probes} probes, slowest ${probed.slowestMs.toFixed(0)} ms`,
      );
      for (const results of [cost.results, probed.results]) {
        expect(results).toHaveLength(20);
        expect(results.filter((result) => !result.refused)).toEqual([]);
      }
      expect(cost.growthMb).toBeLessThan(50);
      met = probed.slowestMs < 200 || cost.cpuMs < 200;
    }
    console.log(`bursts of 20:\n${verdicts.join('\n')}`);
    expect({ met, verdicts }).toEqual({ met: true, verdicts });
    expect(service.errorLines()).toEqual([]);
  });
});
