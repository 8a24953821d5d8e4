import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MUTANTS } from '../../../tools/verify/mutants/mutants';

/**
 * Every planted bug still applies to the source as it is: each replacement's text occurs exactly once in
 * its file (the mutants' runner refuses otherwise), so a refactoring cannot quietly disarm a mutant.
 */
const ROOT = join(__dirname, '..', '..', '..');
const edits = MUTANTS.flatMap((mutant) =>
  [mutant, ...(mutant.also ?? [])].flatMap((edit) =>
    edit.replacements.map(([from, to], index) => [`${mutant.name}: ${edit.file} #${index + 1}`, edit.file, from, to] as const),
  ),
);

it.each(edits)('%s occurs exactly once and changes the text', (_, file, from, to) => {
  const text = readFileSync(join(ROOT, file), 'utf8');
  expect(text.split(from).length - 1).toBe(1);
  expect(to).not.toBe(from);
});

it('mutant names are unique', () => {
  expect(new Set(MUTANTS.map((mutant) => mutant.name)).size).toBe(MUTANTS.length);
});
