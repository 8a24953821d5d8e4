import { parse } from 'graphql';
import { buildWalletSchema } from '../../../../src/graphql/schema';
import { DEFAULT_LIMITS } from '../../../../src/http/limits';
import { costOf } from '../../../../src/graphql/rules/query-cost.plugin';

/**
 * A filtered page reads up to 500 entries it may not show, each costing like a field. A hostile probe had one request
 * examine 2,500 entries of the largest metadata (35 MB from the store) through five aliased filtered pages, and
 * `wallets(first: 37)` of filtered pages fitted the limit (18,500 entries): both are over it now; three pages fit.
 */
describe('the cost of a filtered history', () => {
  const page = (alias: string) => `${alias}: history(first: 1, filter: { metadata: { key: "order", value: "none" } }) { edges { cursor } }`;
  const cost = async (query: string) => costOf(await buildWalletSchema(), parse(query), {}, undefined);

  it('refuses five aliased filtered pages of one wallet and filtered pages of many wallets; takes three', async () => {
    const { maxCost } = DEFAULT_LIMITS.query;
    expect(await cost(`{ wallet(id: "w") { ${['a', 'b', 'c', 'd', 'e'].map(page).join(' ')} } }`)).toBeGreaterThan(maxCost);
    expect(await cost(`{ wallets(first: 4) { edges { node { ${page('h')} } } } }`)).toBeGreaterThan(maxCost);
    expect(await cost(`{ wallet(id: "w") { ${['a', 'b', 'c'].map(page).join(' ')} } }`)).toBeLessThanOrEqual(maxCost);
  });
});
