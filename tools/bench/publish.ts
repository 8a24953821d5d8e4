import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { BenchOptions } from './bench-command';

/**
 * The report goes to the terminal; to its file only when asked (--write): a run must not rewrite a
 * tracked document behind its user's back. Returns the line that says which happened.
 */
export function publishReport(report: string, options: Pick<BenchOptions, 'write' | 'outFile'>, print = console.log): string {
  print(`\n${report}`);
  let verdict = `Not written (run with --write to write it to ${options.outFile})`;
  if (options.write) {
    mkdirSync(dirname(options.outFile), { recursive: true });
    writeFileSync(options.outFile, report);
    verdict = `Written to ${options.outFile}`;
  }
  print(verdict);
  return verdict;
}
