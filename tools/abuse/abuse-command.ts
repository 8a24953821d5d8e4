import { Command } from '../kit/command-line';

/** `npm run abuse` takes --only (attacks whose name contains the text) and --help. */
export const ABUSE_COMMAND = {
  usage: `Usage: npm run abuse [-- --only <text>] [-- --help]
  Starts the compiled service (NODE_ENV=Production, its own embedded DynamoDB Local, data in a temporary
  folder), replays every attack against it as an authenticated caller, and prints one row per attack.
  Exits 0 when every attack was refused or left the service unaffected, 1 otherwise. Writes no file.
  --only <text>  replay only the attacks whose name contains <text> (case-insensitive), e.g.
                 --only "idle sockets"; the normal client's rows before and after run as always.
                 A text no attack's name contains is an error (exit 2), with the names listed.`,
  options: { only: { type: 'string' } },
} as const satisfies Command<{ only: { type: 'string' } }>;

/** The attacks `--only` selects (all without it); throws when it selects none, naming them all. */
export function selectAttacks<A extends { readonly name: string }>(attacks: readonly A[], only: string | undefined): A[] {
  if (only === undefined) return [...attacks];
  const chosen = attacks.filter((attack) => attack.name.toLowerCase().includes(only.toLowerCase()));
  if (chosen.length > 0) return chosen;
  throw new Error(`No attack's name contains "${only}". The attacks:\n${attacks.map((attack) => `  ${attack.name}`).join('\n')}`);
}
