import { normalClient } from '../../tools/kit/edge-clients';
import { startTestServer } from '../support/server';

/**
 * One address holding 1,000 valid tokens sent 6,000 requests at 1,100/s, each token well within its
 * caller's bucket. Replayed at a smaller scale against a smaller ceiling: one request per token, 20 at
 * a time, as fast as the service answers.
 */
describe('the per-address request ceiling', () => {
  it('limits one address however many valid tokens it holds, and leaves other addresses alone', async () => {
    const ceiling = { addressPerSecond: 20, addressBurst: 50 };
    // The callers' buckets (and a new token's address bucket) generous: only the ceiling can refuse here.
    const server = await startTestServer({ limits: { rate: { perSecond: 1_000, burst: 2_000, ...ceiling } } });
    try {
      const tokens = await Promise.all(
        Array.from({ length: 1_000 }, async (_, i) => (await server.headersOf(`holder-${i}`)).authorization),
      );
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      const lane = async (lane: number) => {
        for (let i = lane; i < tokens.length; i += 20) {
          const response = await fetch(`${server.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: tokens[i] },
            body: JSON.stringify({ query: '{ __typename }' }),
          });
          statuses.push(response.status);
          if (response.status === 429) retryAfter = response.headers.get('retry-after');
          await response.arrayBuffer();
        }
      };
      const started = performance.now();
      await Promise.all(Array.from({ length: 20 }, (_, lane) => lane).map(lane));
      const seconds = (performance.now() - started) / 1000;
      const served = statuses.filter((status) => status === 200).length;
      process.stdout.write(
        `1,000 tokens from one address: ${served} served in ${seconds.toFixed(1)} s, ${statuses.length - served} refused\n`,
      );
      expect(statuses.filter((status) => status !== 200 && status !== 429)).toEqual([]);
      expect(served).toBeLessThanOrEqual(ceiling.addressBurst + Math.ceil(seconds * ceiling.addressPerSecond) + 1);
      expect(statuses.length - served).toBeGreaterThan(0);
      expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
      // Another address is not touched by the first one's ceiling.
      const other = await normalClient(`${server.url}/graphql`, (await server.headersOf('alice')).authorization, { durationMs: 500 });
      expect(other.failures).toBe(0);
      expect(other.count).toBeGreaterThan(0);
    } finally {
      await server.stop();
    }
  }, 60_000);
});
