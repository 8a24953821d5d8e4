import { join } from 'node:path';
import ts from 'typescript';
import { MUTANTS } from '../../../tools/verify/mutants/mutants';

/**
 * Every planted bug still compiles: verify:mutants builds each in a scratch copy, and a mutant whose replacement no
 * longer type-checks ends its run with exit 2 (one did, after a rename), a verdict of nothing. One program of src/,
 * then one per mutant with its files replaced in memory, reusing the rest, its own files checked (the compiler's API).
 */
const ROOT = join(__dirname, '..', '..', '..');
const config = ts.getParsedCommandLineOfConfigFile(
  join(ROOT, 'tsconfig.build.json'),
  {},
  {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  },
);
if (!config) throw new Error('tsconfig.build.json unreadable');
const options = { ...config.options, noEmit: true };

const unchanged = new Map<string, ts.SourceFile>();

function programWith(replaced: ReadonlyMap<string, string>, oldProgram?: ts.Program): ts.Program {
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  host.readFile = (fileName) => replaced.get(ts.sys.resolvePath(fileName)) ?? readFile(fileName);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, language, onError) => {
    const text = replaced.get(ts.sys.resolvePath(fileName));
    if (text !== undefined) return ts.createSourceFile(fileName, text, language);
    // The files no mutant touches are parsed once, for every program.
    const parsed = unchanged.get(fileName) ?? getSourceFile(fileName, language, onError);
    if (parsed) unchanged.set(fileName, parsed);
    return parsed;
  };
  return ts.createProgram({ rootNames: config!.fileNames, options, host, oldProgram });
}

function errors(program: ts.Program, files?: Iterable<string>): string[] {
  const sources = files ? [...files].map((file) => program.getSourceFile(file)) : [undefined];
  return sources.flatMap((source) =>
    [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)].map((diagnostic) =>
      ts.formatDiagnostic(diagnostic, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => ROOT, getNewLine: () => '\n' }),
    ),
  );
}

let base: ts.Program;
beforeAll(() => {
  base = programWith(new Map());
}, 120_000);

it('the real source type-checks', () => {
  expect(errors(base)).toEqual([]);
});

it.each(MUTANTS.map((mutant) => [mutant.name, mutant] as const))(
  'mutant %s type-checks',
  (_, mutant) => {
    const replaced = new Map<string, string>();
    for (const edit of [mutant, ...(mutant.also ?? [])]) {
      const path = ts.sys.resolvePath(join(ROOT, edit.file));
      let text = replaced.get(path) ?? ts.sys.readFile(path) ?? '';
      for (const [from, to] of edit.replacements) text = text.replace(from, () => to);
      replaced.set(path, text);
    }
    expect(replaced.size).toBeGreaterThan(0);
    // Each a file of the program (src/): one outside it would be checked against nothing.
    for (const path of replaced.keys()) expect(base.getSourceFile(path)).toBeDefined();
    // Its own files (a mutant changes what a function does, not what it exports): checked alone, in about a second.
    expect(errors(programWith(replaced, base), replaced.keys())).toEqual([]);
  },
  60_000,
);
