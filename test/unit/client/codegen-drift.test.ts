import { generate } from '@graphql-codegen/cli';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import config from '../../../codegen';

const ROOT = join(__dirname, '..', '..', '..');

describe('client/generated', () => {
  it('is what `npm run codegen` makes from schema.graphql and client/operations (run it and commit when this fails)', async () => {
    const outputs = (await generate({ ...config, cwd: ROOT, silent: true }, false)) as Array<{ filename: string; content: string }>;
    expect(outputs.map((output) => output.filename).sort()).toEqual(
      ['gql.ts', 'graphql.ts', 'index.ts', 'possible-types.ts'].map((file) => `client/generated/${file}`),
    );
    for (const { filename, content } of outputs) expect(readFileSync(join(ROOT, filename), 'utf8')).toBe(content);
  });
});
