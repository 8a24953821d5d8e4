import { setTimeout as sleep } from 'node:timers/promises';
import { randomUUID } from 'node:crypto';
import { Scrape, scrape } from '../kit/prometheus-text';
import { Attack, Target } from './attacks';

/** Every series of the service's own metrics, as `name{labels}`: what a flood of made-up names must not grow. */
function seriesOf(scraped: Scrape, names: readonly string[]): string[] {
  return names.flatMap((name) => scraped.samples(name).map((sample) => `${name}${JSON.stringify(sample.labels)}`)).sort();
}

const LABELLED = [
  'wallet_graphql_requests_total',
  'wallet_graphql_errors_total',
  'wallet_store_request_duration_seconds_count',
  'wallet_dynamodb_requests_total',
  'wallet_requests_refused_total',
];

/** Requests whose every name and id is new: operation names, root fields, wallet ids. */
async function randomRequests(target: Target, rounds: number): Promise<void> {
  const post = (query: string) =>
    fetch(`${target.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(target.authorization && { authorization: target.authorization }) },
      body: JSON.stringify({ query }),
      signal: AbortSignal.timeout(10_000),
    }).then((response) => response.arrayBuffer());
  for (let round = 0; round < rounds; round++) {
    const name = `Op${randomUUID().replace(/-/g, '')}`;
    await post(`query ${name} { wallet(id: "${randomUUID()}") { id } }`);
    await post(`mutation ${name} { ${name}(walletId: "${randomUUID()}") }`);
    await post(`mutation { increaseBalance(walletId: "${randomUUID()}", amount: "1", currency: GBP, expectedVersion: 0) { __typename } }`);
  }
}

/** The metrics port: bounded label sets, and nothing of it on the API port. */
export function metricsAttacks(metricsUrl: string): Attack[] {
  return [
    {
      name: 'random operation names, fields and ids (metrics label sets)',
      repeatable: false,
      async run(target) {
        // The flood before this one emptied the rate-limit bucket: let it fill, so these reach GraphQL.
        await sleep(2_100);
        await randomRequests(target, 3);
        const before = seriesOf(await scrape(metricsUrl), LABELLED);
        await randomRequests(target, 25);
        const after = seriesOf(await scrape(metricsUrl), LABELLED);
        const added = after.filter((series) => !before.includes(series));
        return {
          status: 200,
          detail: `${before.length} series before, ${after.length} after${added[0] ? `, new: ${added[0]}` : ''}`,
          refused: added.length === 0,
        };
      },
    },
    {
      name: 'GET /metrics on the API port',
      repeatable: true,
      async run(target) {
        const response = await fetch(`${target.url}/metrics`, { signal: AbortSignal.timeout(10_000) });
        const text = await response.text();
        return { status: response.status, detail: text.slice(0, 40).trim(), refused: response.status === 404 && !text.includes('wallet_') };
      },
    },
  ];
}
