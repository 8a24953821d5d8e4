import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCommandLine } from '../../kit/command-line';
import { projectRoot } from '../../kit/project-root';
import { Mutant, MutantEdit, MUTANTS } from './mutants';
import { MUTANTS_COMMAND } from './mutants-command';

/**
 * `npm run verify:mutants`: the real code and each planted bug (tools/verify/mutants/mutants.ts), each
 * in a scratch copy of the project, run through `npm run verify`; the bank test must pass the real code
 * and fail every mutant. Prints the table docs/evidence.md shows. Exit 0 only when every verdict is as expected.
 */
const COPIED = ['src', 'tools', 'scripts', 'client', 'package.json', 'tsconfig.json', 'tsconfig.build.json', 'tsconfig.tools.json'];

interface Verdict {
  readonly name: string;
  readonly breaks: string;
  readonly exitCode: number | null;
  readonly summary: string;
  readonly seconds: number;
}

async function main(only: string | undefined, args: readonly string[]): Promise<number> {
  const root = projectRoot();
  const verifyArgs = args.length > 0 ? args : ['--seconds', '20', '--no-faults', '--seed', '1234'];
  const chosen = MUTANTS.filter((mutant) => only === undefined || mutant.name === only);
  if (chosen.length === 0) throw new Error(`No mutant named "${only}"; the mutants: ${MUTANTS.map((mutant) => mutant.name).join(', ')}`);
  const verdicts: Verdict[] = [];
  const real: Mutant = { name: '(real code)', breaks: 'nothing', file: '', replacements: [] };
  for (const mutant of [real, ...chosen]) {
    const started = Date.now();
    const scratch = mkdtempSync(join(tmpdir(), `wallet-mutant-${mutant.name.replace(/\W/g, '')}-`));
    try {
      for (const entry of COPIED) cpSync(join(root, entry), join(scratch, entry), { recursive: true });
      symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'));
      for (const edit of mutant.file ? [mutant, ...(mutant.also ?? [])] : []) apply(scratch, mutant.name, edit);
      console.log(`\n=== ${mutant.name}: npm run verify -- ${verifyArgs.join(' ')}`);
      const { code, output } = await run(scratch, verifyArgs);
      verdicts.push({
        name: mutant.name,
        breaks: mutant.breaks,
        exitCode: code,
        summary: summaryOf(output),
        seconds: (Date.now() - started) / 1000,
      });
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
  console.log(`\n${table(verdicts)}`);
  const expected = verdicts.every((verdict, index) => (index === 0 ? verdict.exitCode === 0 : verdict.exitCode === 1));
  const which = only === undefined ? 'every mutant' : `the mutant ${only}`;
  console.log(expected ? `\nverify passes the real code and fails ${which}.` : '\nNOT AS EXPECTED: see the table.');
  return expected ? 0 : 1;
}

function apply(scratch: string, name: string, edit: MutantEdit): void {
  const file = join(scratch, edit.file);
  let text = readFileSync(file, 'utf8');
  for (const [from, to] of edit.replacements) {
    const count = text.split(from).length - 1;
    if (count !== 1) throw new Error(`Mutant ${name}: "${from}" occurs ${count} times in ${edit.file}, not once`);
    text = text.replace(from, to);
  }
  writeFileSync(file, text);
}

function run(cwd: string, args: readonly string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '-s', 'verify', '--', ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(chunk);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('exit', (code) => resolve({ code, output }));
  });
}

/** The verdict line and the kinds of violations found, from verify's report. */
function summaryOf(output: string): string {
  const count = /Service violations[^:]*: (\d+)/.exec(output)?.[1];
  const kinds = /^ {2}by kind: (.*)$/m.exec(output)?.[1];
  if (count === undefined) return (/verify: (.*)/.exec(output)?.[1] ?? 'no report').slice(0, 120);
  return `${count} violations${kinds ? `: ${kinds}` : ''}`.slice(0, 200);
}

function table(verdicts: readonly Verdict[]): string {
  const lines = ['| mutant | breaks | `npm run verify` | violations found |', '|---|---|---|---|'];
  for (const [index, verdict] of verdicts.entries()) {
    const wanted = index === 0 ? 0 : 1;
    const outcome = verdict.exitCode === 0 ? 'passes' : verdict.exitCode === 1 ? 'fails' : `exit ${verdict.exitCode}`;
    const mark = verdict.exitCode === wanted ? (index === 0 ? 'passes (expected)' : 'fails: caught') : `${outcome}: NOT AS EXPECTED`;
    lines.push(`| ${verdict.name} | ${verdict.breaks} | ${mark} (${verdict.seconds.toFixed(0)} s) | ${verdict.summary} |`);
  }
  return lines.join('\n');
}

let exiting = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => (exiting = true));
const commandLine = readCommandLine(MUTANTS_COMMAND);
if (commandLine)
  main(commandLine.values.only, commandLine.rest).then(
    (code) => process.exit(exiting ? 130 : code),
    (error: unknown) => {
      console.error(`verify:mutants: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(2);
    },
  );
