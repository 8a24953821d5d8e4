import { ATTACKS } from '../../abuse/attacks';
import { CREATE, READ } from '../support/operations';
import { startTestServer, TestServer } from '../support/server';

/** Every attack of issue 9 is refused in milliseconds, and a burst of them does not hurt normal clients. */
let server: TestServer;
let walletId: string;
beforeAll(async () => {
  server = await startTestServer();
  walletId = (await server.gql(CREATE, { currency: 'GBP' })).data!.result.wallet.id;
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

describe('a burst of 20 attack requests', () => {
  it('grows RSS by less than 50 MB, while /health and a normal query answer within 200 ms', async () => {
    const attacks = ATTACKS.filter((attack) => attack.repeatable);
    global.gc?.();
    const rssBefore = process.memoryUsage.rss();
    let bursting = true;
    const burst = Promise.all(Array.from({ length: 20 }, (_, i) => attacks[i % attacks.length].run(server))).finally(() => (bursting = false));
    const latencies: number[] = [];
    while (bursting) {
      for (const probe of [() => fetch(`${server.url}/health`), () => fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: READ, variables: { id: walletId } }),
      })]) {
        const started = performance.now();
        const response = await probe();
        await response.arrayBuffer();
        expect(response.status).toBe(200);
        latencies.push(performance.now() - started);
      }
    }
    const results = await burst;
    expect(results.filter((result) => !result.refused)).toEqual([]);
    const growth = (process.memoryUsage.rss() - rssBefore) / 1024 / 1024;
    console.log(`burst: RSS +${growth.toFixed(1)} MB; probe latencies max ${Math.max(...latencies).toFixed(0)} ms over ${latencies.length} probes`);
    expect(growth).toBeLessThan(50);
    expect(Math.max(...latencies)).toBeLessThan(200);
  });
});
