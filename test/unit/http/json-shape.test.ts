import { JSON_SHAPE_LIMITS, jsonShapeProblem } from '../../../src/http/json-shape';

describe('jsonShapeProblem: the shape of a JSON text, read before it is parsed', () => {
  const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
  const list = (values: number) => `[${Array.from({ length: values }, () => '0').join(',')}]`;

  it('passes a request of the schema, and JSON nested and holding as much as the limits allow', () => {
    const metadata = Array.from({ length: 16 }, (_, i) => ({ key: `k${i}`, value: 'v'.repeat(256) }));
    const body = JSON.stringify({ query: 'mutation { x }', variables: { walletId: 'w', amount: '1.00', metadata } });
    expect(jsonShapeProblem(body)).toBeUndefined();
    expect(jsonShapeProblem(nested(JSON_SHAPE_LIMITS.maxDepth))).toBeUndefined();
    // The list's `[` counts one, each comma one more: a list of 256 items counts 256.
    expect(jsonShapeProblem(list(JSON_SHAPE_LIMITS.maxValues))).toBeUndefined();
    expect(jsonShapeProblem('')).toBeUndefined();
  });

  it('refuses one level or one value more', () => {
    expect(jsonShapeProblem(nested(JSON_SHAPE_LIMITS.maxDepth + 1))).toBe('JSON nested deeper than 16 levels');
    expect(jsonShapeProblem(list(JSON_SHAPE_LIMITS.maxValues + 1))).toBe('more than 256 JSON values');
    expect(jsonShapeProblem(`{"a":${'{"b":'.repeat(20)}1${'}'.repeat(20)}}`)).toMatch(/nested deeper/);
    // 490,000 levels (the attack's 980 KB): refused at the 17th character.
    expect(jsonShapeProblem(nested(490_000))).toMatch(/nested deeper/);
  });

  it('does not count brackets or commas inside strings, escaped quotes included', () => {
    const text = JSON.stringify({ query: `{ ${'['.repeat(100)} ${','.repeat(1000)} "\\"[[[" }`, key: 'a\\"[[,,' });
    expect(jsonShapeProblem(text)).toBeUndefined();
    // A string that ends in an escaped backslash closes there: what follows counts.
    expect(jsonShapeProblem(`["a\\\\",${nested(20)}]`)).toMatch(/nested deeper/);
  });

  it('leaves a text that is no JSON to the parser (an unclosed string ends the scan)', () => {
    expect(jsonShapeProblem('"[[[[[[[[[[[[[[[[[[[[')).toBeUndefined();
    expect(jsonShapeProblem('}}}}')).toBeUndefined();
  });
});
