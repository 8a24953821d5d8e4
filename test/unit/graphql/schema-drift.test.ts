import { readFileSync } from 'node:fs';
import { buildWalletSchema } from '../../../src/graphql/schema';
import { SCHEMA_FILE, schemaText } from '../../../src/graphql/schema-file';

describe('schema.graphql', () => {
  it('is what `npm run schema` emits from the code (run it and commit the file when this fails)', async () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(schemaText(await buildWalletSchema()));
  });
});
