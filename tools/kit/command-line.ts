import { parseArgs, ParseArgsConfig } from 'node:util';

export type CommandOptions = NonNullable<ParseArgsConfig['options']>;

/** A tool's command line: its options, and the usage `--help` prints. */
export interface Command<O extends CommandOptions> {
  /** How to call it and what each option means; printed by --help and after a wrong argument. */
  readonly usage: string;
  readonly options: O;
  /** Arguments it does not know are kept for another program (verify:mutants hands them to verify). */
  readonly passThrough?: boolean;
}

/** The values of the options given, typed from their declaration. */
export type Values<O extends CommandOptions> = ReturnType<typeof parseArgs<{ options: O; strict: true }>>['values'];

export type Parsed<O extends CommandOptions> =
  | { readonly help: true }
  | { readonly help: false; readonly values: Values<O>; readonly rest: string[] };

/**
 * The tools' one argument parser (node's util.parseArgs): `--help` on every tool, and an unknown or
 * malformed argument is an error that shows the usage, never silently ignored.
 */
export function parseCommand<O extends CommandOptions>(command: Command<O>, argv: readonly string[]): Parsed<O> {
  const options: CommandOptions = { ...command.options, help: { type: 'boolean' } };
  try {
    if (!command.passThrough) {
      const { values } = parseArgs({ args: [...argv], options, strict: true, allowPositionals: false });
      return values.help === true ? { help: true } : { help: false, values: values as Values<O>, rest: [] };
    }
    const { values, tokens } = parseArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
    if (values.help === true) return { help: true };
    const own = new Set<number>();
    for (const token of tokens) {
      if (token.kind !== 'option' || !(token.name in command.options)) continue;
      if (command.options[token.name].type === 'string' && token.value === undefined)
        throw new Error(`Option '--${token.name}' needs a value`);
      own.add(token.index);
      if (token.value !== undefined && !token.inlineValue) own.add(token.index + 1);
    }
    const rest = argv.filter((_, index) => !own.has(index));
    const ownValues = Object.fromEntries(Object.entries(values).filter(([name]) => name in command.options));
    return { help: false, values: ownValues as Values<O>, rest };
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${command.usage}`);
  }
}

/** A wrong command line: the tool prints it (with the usage) and exits 2. */
export class UsageError extends Error {}

/**
 * The start of a tool whose options need no further checks (abuse, verify:mutants; verify and bench
 * validate theirs and catch UsageError themselves): the parsed command line, or null when the tool
 * should end now (the usage printed for --help, exit code 0; a usage error printed, exit code 2).
 */
export function readCommandLine<O extends CommandOptions>(command: Command<O>, argv: readonly string[] = process.argv.slice(2)) {
  try {
    const parsed = parseCommand(command, argv);
    if (!parsed.help) return parsed;
    console.log(command.usage);
    process.exitCode = 0;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(error.message);
    process.exitCode = 2;
  }
  return null;
}
