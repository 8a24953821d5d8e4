import { Command, CommandOptions } from '../kit/command-line';

/** `npm run abuse` takes no argument but --help. */
export const ABUSE_COMMAND = {
  usage: `Usage: npm run abuse [-- --help]
  Starts the compiled service (NODE_ENV=Production, its own embedded DynamoDB Local, data in a temporary
  folder), replays every attack against it as an authenticated caller, and prints one row per attack.
  Exits 0 when every attack was refused or left the service unaffected, 1 otherwise. Writes no file.`,
  options: {},
} as const satisfies Command<CommandOptions>;
