import { GraphQLSchema, parse } from 'graphql';
import { buildWalletSchema } from '../../../../src/graphql/schema';
import { costVariables } from '../../../../src/graphql/rules/cost-inputs';

/** Which variables may change a document's cost: a cost kept for one value must not answer for another. */
describe('costVariables', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildWalletSchema();
  });
  const of = (query: string) => costVariables(schema, parse(query));

  it('names the variables of a field that declares its own cost, wherever they sit in its arguments', () => {
    expect(of('query($id: ID!, $n: Int!) { wallet(id: $id) { history(first: $n) { edges { cursor } } } }')).toEqual(['n']);
  });

  it('names the variables of @skip and @include, which take selections out of the count', () => {
    expect(of('query($id: ID!, $s: Boolean!) { wallet(id: $id) { id history @skip(if: $s) { edges { cursor } } } }')).toEqual(['s']);
  });

  it('leaves out ids, amounts and versions: a mutation costs the same whatever it moves', () => {
    const increase = `mutation($w: ID!, $a: Decimal!, $c: Currency!, $v: Int!) {
      increaseBalance(walletId: $w, amount: $a, currency: $c, expectedVersion: $v) { __typename }
    }`;
    expect(of(increase)).toEqual([]);
  });
});
