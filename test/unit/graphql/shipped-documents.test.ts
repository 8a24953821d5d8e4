import {
  buildSchema,
  DocumentNode,
  getOperationAST,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLUnionType,
  isExecutableDefinitionNode,
  Kind,
  parse,
  print,
  TypeNode,
  validate,
} from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { getVariableValues } from 'graphql/execution/values';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEMA_FILE } from '../../../src/graphql/schema-file';
import { buildWalletSchema } from '../../../src/graphql/schema';
import { DEFAULT_LIMITS } from '../../../src/http/limits';
import { playgroundTabs } from '../../../src/http/playground-tabs';
import * as holdOperations from '../../support/hold-operations';
import * as testOperations from '../../support/operations';
import { WALLET_EVENTS } from '../../support/subscriptions';
import { requestOf } from '../../../tools/verify/documents';
import { AUDIT_DOCUMENTS } from '../../../tools/verify/history-documents';

/**
 * Every GraphQL document the project ships is code, and is checked against schema.graphql: the Playground
 * tabs, the graphql blocks of the README and docs/, the client operations, and what tools/verify, tools/bench and the tests send.
 */
const ROOT = join(__dirname, '..', '..', '..');
const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
const errorsOf = (document: DocumentNode) => validate(schema, document).map((error) => error.message);

/** The user documentation: the README and every page under docs/. */
const DOC_FILES = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((file) => file.endsWith('.md'))
    .map((file) => `docs/${file}`),
];
const readmeDocuments = DOC_FILES.flatMap((file) =>
  [...readFileSync(join(ROOT, file), 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) =>
    Object.assign(parse(match[1]), { firstLine: `${file}: ${match[1].split('\n')[0].slice(0, 60)}` }),
  ),
);
const isExecutable = (document: DocumentNode) => document.definitions.every(isExecutableDefinitionNode);

/** The queries of the documentation's shell examples (curl's `-d '{"query":"…"}'`), as JSON decodes them. */
const shellDocuments = DOC_FILES.flatMap((file) =>
  [...readFileSync(join(ROOT, file), 'utf8').matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((block) =>
    [...block[1].matchAll(/"query":("(?:[^"\\]|\\.)*")/g)].map((match) => [`${file}: ${match[1].slice(1, 50)}`, JSON.parse(match[1])]),
  ),
);

/** Documents sent as plain strings, found in the source of tools/bench (its constants are private to their files). */
const benchDocuments = readdirSync(join(ROOT, 'tools', 'bench'))
  .filter((file) => file.endsWith('.ts'))
  .flatMap((file) =>
    [...readFileSync(join(ROOT, 'tools', 'bench', file), 'utf8').matchAll(/(['`])((?:mutation|query)\b(?:(?!\$\{|\1)[\s\S])*)\1/g)].map(
      (match) => [`tools/bench/${file}`, match[2]],
    ),
  );

const verifyDocuments = [
  requestOf({ type: 'create', key: 'k' }),
  requestOf({ type: 'increase', key: 'k', walletId: 'w', amount: 1n, expectedVersion: 0 }),
  requestOf({ type: 'decrease', key: 'k', walletId: 'w', amount: 1n, expectedVersion: 0 }),
  requestOf({ type: 'transfer', key: 'k', from: 'a', to: 'b', amount: 1n, expectedVersion: 0 }),
  requestOf({ type: 'read', walletId: 'w' }),
  requestOf({ type: 'placeHold', key: 'k', walletId: 'w', amount: 1n, expectedVersion: 0, expiresInSeconds: 1, toWalletId: 'x' }),
  requestOf({ type: 'captureHold', key: 'k', holdId: 'h', walletId: 'w', amount: 1n, heldAmount: 2n, expectedVersion: 0 }),
  requestOf({ type: 'voidHold', key: 'k', holdId: 'h', walletId: 'w', heldAmount: 2n, expectedVersion: 0 }),
];

it.each(AUDIT_DOCUMENTS.map((text, index) => [index, text] as const))('tools/verify history audit document %i', (_, text) => {
  expect(errorsOf(parse(text))).toEqual([]);
});

describe('every shipped GraphQL document is valid against schema.graphql', () => {
  it.each(playgroundTabs().map((tab) => [tab.name, tab] as const))('Playground tab "%s", with its own variables', (_, tab) => {
    const document = parse(tab.query);
    expect(errorsOf(document)).toEqual([]);
    const variables = getVariableValues(schema, getOperationAST(document)!.variableDefinitions ?? [], JSON.parse(tab.variables ?? '{}'));
    expect(variables.errors?.map((error) => error.message)).toBeUndefined();
  });

  it('the README and docs/ have graphql blocks (so the checks below check something)', () => {
    expect(readmeDocuments.filter(isExecutable).length).toBeGreaterThanOrEqual(2);
    expect(readmeDocuments.filter((document) => !isExecutable(document)).length).toBeGreaterThanOrEqual(1);
  });

  it('the documentation has curl examples (so the check below checks something)', () => {
    expect(shellDocuments.length).toBeGreaterThanOrEqual(2);
  });

  it.each(shellDocuments)('documentation curl example %s', (_, text) => expect(errorsOf(parse(text))).toEqual([]));

  it.each(readmeDocuments.filter(isExecutable).map((document) => [document.firstLine, document] as const))(
    'documentation block %s',
    (_, document) => expect(errorsOf(document)).toEqual([]),
  );

  it('schema excerpts in the documentation say what schema.graphql says (every field, argument and union member they show)', () => {
    const drift: string[] = [];
    for (const definition of readmeDocuments.filter((document) => !isExecutable(document)).flatMap((document) => document.definitions)) {
      if (definition.kind === Kind.OBJECT_TYPE_DEFINITION) {
        const type = schema.getType(definition.name.value) as GraphQLObjectType | undefined;
        for (const field of definition.fields ?? []) {
          const real = type?.getFields()[field.name.value];
          const shown = `${field.name.value}(${(field.arguments ?? []).map((arg) => `${arg.name.value}: ${print(arg.type)}`).join(', ')}): ${print(field.type)}`;
          const actual =
            real && `${real.name}(${real.args.map((arg) => `${arg.name}: ${String(arg.type)}`).join(', ')}): ${String(real.type)}`;
          if (shown !== actual) drift.push(`${definition.name.value}.${shown} is ${actual ?? 'missing'}`);
        }
      } else if (definition.kind === Kind.UNION_TYPE_DEFINITION) {
        const shown = (definition.types ?? []).map((member) => member.name.value).sort();
        const actual = (schema.getType(definition.name.value) as GraphQLUnionType | undefined)
          ?.getTypes()
          .map((member) => member.name)
          .sort();
        if (JSON.stringify(shown) !== JSON.stringify(actual)) drift.push(`union ${definition.name.value} = ${shown} is ${actual}`);
      } else {
        drift.push(`unchecked ${definition.kind} in a documentation graphql block`);
      }
    }
    expect(drift).toEqual([]);
  });

  it('client/operations, all files as one document (fragments are shared between files)', () => {
    const text = clientOperationsText();
    const document = parse(text);
    expect(
      document.definitions
        .filter((definition) => definition.kind === Kind.OPERATION_DEFINITION)
        .map((operation) => operation.name?.value)
        .sort(),
    ).toEqual([
      'BalanceAt',
      'CaptureHold',
      'CreateWallet',
      'DecreaseBalance',
      'Hold',
      'IncreaseBalance',
      'PlaceHold',
      'ReverseTransfer',
      'Statement',
      'Transfer',
      'TransferById',
      'VoidHold',
      'Wallet',
      'WalletEvents',
      'WalletHolds',
      'Wallets',
    ]);
    expect(errorsOf(document)).toEqual([]);
  });

  it.each(verifyDocuments.map((request, index) => [index, request] as const))(
    'tools/verify document %i, with its variables',
    (_, request) => {
      const document = parse(request.query);
      expect(errorsOf(document)).toEqual([]);
      const variables = getVariableValues(schema, getOperationAST(document)!.variableDefinitions ?? [], request.variables);
      expect(variables.errors?.map((error) => error.message)).toBeUndefined();
    },
  );

  it('tools/bench documents', () => {
    expect(benchDocuments.length).toBeGreaterThanOrEqual(3);
    for (const [file, text] of benchDocuments) expect([file, errorsOf(parse(text))]).toEqual([file, []]);
  });

  it('test/support/subscriptions WALLET_EVENTS', () => expect(errorsOf(parse(WALLET_EVENTS))).toEqual([]));

  it.each(Object.entries({ ...testOperations, ...holdOperations }).filter(([, value]) => /^(mutation|query)\b/.test(value)))(
    'test/support/operations %s',
    (_, text) => {
      expect(errorsOf(parse(text))).toEqual([]);
    },
  );
});

/**
 * Every shipped document fits the cost limit as it is sent: with its own variables (the Playground tabs, tools/verify),
 * else with its defaults, a required variable given a plain value. An entry's metadata costs its fields 16 times: a
 * document within the limit before could pass it after, and a client would see QUERY_LIMIT_EXCEEDED.
 */
describe('every shipped GraphQL document fits the default cost limit', () => {
  let schemaWithCosts: GraphQLSchema;
  beforeAll(async () => {
    schemaWithCosts = await buildWalletSchema();
  });
  const plainValue = (type: TypeNode): unknown => {
    if (type.kind === Kind.NON_NULL_TYPE) return plainValue(type.type);
    if (type.kind === Kind.LIST_TYPE) return [];
    const name = type.name.value;
    return (
      { Int: 0, Boolean: true, DateTime: '2026-01-01T00:00:00Z', Decimal: '1.00', Currency: 'GBP' }[name] ??
      (name.endsWith('Input') || name.endsWith('Filter') ? {} : 'x')
    );
  };
  const costWith = (text: string, given: Record<string, unknown> = {}) => {
    const document = parse(text);
    const variables: Record<string, unknown> = { ...given };
    for (const definition of getOperationAST(document)?.variableDefinitions ?? []) {
      const name = definition.variable.name.value;
      if (!(name in variables) && definition.type.kind === Kind.NON_NULL_TYPE && !definition.defaultValue)
        variables[name] = plainValue(definition.type);
    }
    // getComplexity itself, not costOf: variables that do not coerce must fail here, not cost 0.
    return getComplexity({
      schema: schemaWithCosts,
      query: document,
      variables,
      estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
    });
  };
  const { maxCost } = DEFAULT_LIMITS.query;

  it('the Playground tabs, with their own variables', () => {
    const costs = playgroundTabs().map((tab) => [tab.name, costWith(tab.query, JSON.parse(tab.variables ?? '{}'))] as const);
    expect(costs.filter(([, cost]) => cost > maxCost)).toEqual([]);
  });

  it('the graphql blocks of the README and docs/', () => {
    const over = readmeDocuments
      .filter(isExecutable)
      .map((document) => [document.firstLine, costWith(print(document))] as const)
      .filter(([, cost]) => cost > maxCost);
    expect(over).toEqual([]);
  });

  it('client/operations, each operation with its defaults (the Statement page of its default size with metadata)', () => {
    const text = clientOperationsText();
    const document = parse(text);
    const fragments = document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION);
    const costs = document.definitions
      .filter((definition) => definition.kind === Kind.OPERATION_DEFINITION)
      .map(
        (operation) => [operation.name?.value, costWith(print({ kind: Kind.DOCUMENT, definitions: [operation, ...fragments] }))] as const,
      );
    expect(costs.filter(([, cost]) => cost > maxCost)).toEqual([]);
    expect(costs.find(([name]) => name === 'Statement')?.[1]).toBeGreaterThan(maxCost / 2);
  });

  it('client/operations: Wallet, Wallets and WalletHolds fit with their largest page (first: 100), WalletFields and all', () => {
    const document = parse(clientOperationsText());
    const fragments = document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION);
    const costs = document.definitions
      .filter((definition) => definition.kind === Kind.OPERATION_DEFINITION)
      .filter((operation) => ['Wallet', 'Wallets', 'WalletHolds'].includes(operation.name?.value ?? ''))
      .map(
        (operation) =>
          [
            operation.name?.value,
            costWith(print({ kind: Kind.DOCUMENT, definitions: [operation, ...fragments] }), { first: 100 }),
          ] as const,
      );
    expect(costs).toHaveLength(3);
    expect(costs.filter(([, cost]) => cost > maxCost)).toEqual([]);
  });

  it('tools/verify, tools/bench and the tests', () => {
    const documents: Array<[string, string, Record<string, unknown>?]> = [
      ...verifyDocuments.map(
        (request, index) => [`verify ${index}`, request.query, request.variables] as [string, string, Record<string, unknown>],
      ),
      ...AUDIT_DOCUMENTS.map((text, index) => [`audit ${index}`, text] as [string, string]),
      ...benchDocuments.map(([file, text]) => [file, text] as [string, string]),
      ...Object.entries({ ...testOperations, ...holdOperations }).filter(([, value]) => /^(mutation|query)\b/.test(value)),
      ['WALLET_EVENTS', WALLET_EVENTS],
    ];
    const over = documents
      .map(([name, text, variables]) => [name, costWith(text, variables)] as const)
      .filter(([, cost]) => cost > maxCost);
    expect(over).toEqual([]);
  });
});

/** client/operations/*.graphql as one text (fragments are shared between files). */
function clientOperationsText(): string {
  const directory = join(ROOT, 'client', 'operations');
  return readdirSync(directory)
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => readFileSync(join(directory, file), 'utf8'))
    .join('\n');
}
