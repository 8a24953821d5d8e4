import { Command, CommandOptions } from '../../kit/command-line';
import { MUTANTS } from './mutants';

/** `npm run verify:mutants`'s command line: its own --only, and verify's arguments passed on. */
export const MUTANTS_COMMAND = {
  usage: `Usage: npm run verify:mutants -- [--only NAME] [verify's arguments]
  Runs \`npm run verify\` on the real code and on each planted bug, each in a scratch copy of the project:
  verify must pass the real code and fail every mutant. Exits 0 only when every verdict is as expected.
  --only NAME   the real code and that one mutant (its name, as the table shows it); a heavy run otherwise.
  Other arguments go to verify (default: --seconds 20 --no-faults --seed 1234: the bugs need no faults to show).
  Mutants: ${MUTANTS.map((mutant) => mutant.name).join(', ')}`,
  options: { only: { type: 'string' } },
  passThrough: true,
} as const satisfies Command<CommandOptions>;
