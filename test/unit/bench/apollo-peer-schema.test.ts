import { buildSchema, parse, validate } from 'graphql';
import { PEER_CREATE, PEER_INCREASE, PEER_TYPE_DEFS } from '../../../tools/bench/peers/apollo-peer-schema';

describe("the Apollo peer's documents", () => {
  it('are valid against its schema, so a typo fails here and not in the middle of a bench', () => {
    const schema = buildSchema(PEER_TYPE_DEFS);
    for (const document of [PEER_CREATE, PEER_INCREASE]) expect(validate(schema, parse(document))).toEqual([]);
    expect(validate(schema, parse('mutation { createWallet { missing } }'))).toHaveLength(1);
  });
});
