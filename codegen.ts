import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * `npm run codegen`: typed documents for client/operations and the possibleTypes map, from schema.graphql.
 * Decimal and DateTime are JSON strings on the wire (money never becomes a binary float), so they are
 * `string` here, not `unknown`. Fragment masking is off: a result's fields are read straight from it.
 * Both outputs are committed; test/unit/client/codegen-drift.test.ts fails when they drift.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['client/operations/*.graphql'],
  emitLegacyCommonJSImports: true,
  generates: {
    'client/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { Decimal: 'string', DateTime: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: false,
        nonOptionalTypename: true,
      },
    },
    'client/generated/possible-types.ts': {
      plugins: ['fragment-matcher'],
      config: { useExplicitTyping: true },
    },
  },
};

export default config;
