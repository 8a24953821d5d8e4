import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ABUSE_COMMAND, selectAttacks } from '../../../tools/abuse/abuse-command';
import { BENCH_COMMAND, parseBenchOptions } from '../../../tools/bench/bench-command';
import { publishReport } from '../../../tools/bench/publish';
import { Command, CommandOptions, parseCommand, UsageError } from '../../../tools/kit/command-line';
import { projectRoot } from '../../../tools/kit/project-root';
import { parseCliOptions, VERIFY_COMMAND } from '../../../tools/verify/cli-options';
import { MUTANTS_COMMAND } from '../../../tools/verify/mutants/mutants-command';

/** Every tool answers --help with its usage and runs nothing; a wrong argument is refused, never ignored. */
const TOOLS: ReadonlyArray<readonly [string, Command<CommandOptions>]> = [
  ['verify', VERIFY_COMMAND],
  ['verify:mutants', MUTANTS_COMMAND],
  ['bench', BENCH_COMMAND],
  ['abuse', ABUSE_COMMAND],
];

describe.each(TOOLS)('npm run %s', (name, command) => {
  it('--help asks for the usage, which names the command', () => {
    expect(parseCommand(command, ['--help'])).toEqual({ help: true });
    expect(command.usage).toMatch(new RegExp(`^Usage: npm run ${name}\\b`));
  });

  it('a mistyped option is refused with the usage, unless the tool passes it on', () => {
    const parse = () => parseCommand(command, ['--hlep']);
    if (command.passThrough) expect(parse()).toMatchObject({ help: false, rest: ['--hlep'] });
    else {
      expect(parse).toThrow(UsageError);
      expect(parse).toThrow(/Unknown option '--hlep'[\s\S]*\nUsage: npm run/);
    }
  });
});

describe('the tools read their own options', () => {
  it('verify: --help runs nothing; the defaults and a bad number', () => {
    expect(parseCliOptions(['--help'])).toBeNull();
    expect(parseCliOptions(['--seconds', '10', '--no-faults', '--seed', '7'])).toEqual({
      wallets: 8,
      users: 3,
      clients: 16,
      seconds: 10,
      seed: 7,
      faults: false,
      faultEverySeconds: 5,
      store: 'dynamodb',
    });
    expect(() => parseCliOptions(['--seconds', 'ten'])).toThrow(UsageError);
    expect(() => parseCliOptions(['--store', 'postgres'])).toThrow(/--store takes dynamodb or sqlite/);
  });

  it('verify:mutants: --only is its own, everything else goes to verify in order', () => {
    expect(parseCommand(MUTANTS_COMMAND, ['--seconds', '5', '--only', 'overdraw-allowed', '--no-faults'])).toEqual({
      help: false,
      values: { only: 'overdraw-allowed' },
      rest: ['--seconds', '5', '--no-faults'],
    });
    expect(parseCommand(MUTANTS_COMMAND, ['--only=owner-unchecked'])).toMatchObject({ values: { only: 'owner-unchecked' }, rest: [] });
    expect(() => parseCommand(MUTANTS_COMMAND, ['--only'])).toThrow(/Option '--only' needs a value/);
  });

  it('abuse: --only replays the attacks whose name contains the text, and refuses a text none contains', () => {
    const attacks = [
      { name: '1,000 idle sockets from one address' },
      { name: 'connection flood: 120 idle sockets' },
      { name: 'deep query' },
    ];
    expect(parseCommand(ABUSE_COMMAND, ['--only', '1,000 idle'])).toEqual({ help: false, values: { only: '1,000 idle' }, rest: [] });
    expect(selectAttacks(attacks, '1,000 IDLE').map((attack) => attack.name)).toEqual(['1,000 idle sockets from one address']);
    expect(selectAttacks(attacks, 'idle sockets')).toHaveLength(2);
    expect(selectAttacks(attacks, undefined)).toEqual(attacks);
    expect(() => selectAttacks(attacks, 'slowloris')).toThrow(/No attack's name contains "slowloris"[\s\S]*deep query/);
  });

  it('bench: no file is written unless --write; the file depends on the store', () => {
    const docs = join(projectRoot(), 'docs');
    expect(parseBenchOptions(['--help'], {})).toBeNull();
    expect(parseBenchOptions([], {})).toEqual({ store: 'dynamodb', write: false, outFile: join(docs, 'benchmarks.md') });
    expect(parseBenchOptions(['--store', 'sqlite', '--write'], {})).toEqual({
      store: 'sqlite',
      write: true,
      outFile: join(docs, 'benchmarks-sqlite.md'),
    });
    expect(parseBenchOptions([], { BENCH_OUT: '/tmp/elsewhere.md' })).toMatchObject({ outFile: '/tmp/elsewhere.md' });
    expect(() => parseBenchOptions(['--store', 'postgres'], {})).toThrow(UsageError);
  });

  it('runs only the live subscribers with --only subscribers, into their own file, on DynamoDB only', () => {
    const docs = join(projectRoot(), 'docs');
    expect(parseBenchOptions(['--only', 'subscribers'], {})).toEqual({
      store: 'dynamodb',
      write: false,
      outFile: join(docs, 'benchmarks-subscribers.md'),
      only: 'subscribers',
    });
    expect(() => parseBenchOptions(['--only', 'holds'], {})).toThrow(/--only takes subscribers/);
    expect(() => parseBenchOptions(['--only', 'subscribers', '--store', 'sqlite'], {})).toThrow(UsageError);
  });
});

describe('the bench report', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bench-publish-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is printed, and only says where it would go, without --write', () => {
    const outFile = join(dir, 'docs', 'benchmarks.md');
    const printed: string[] = [];
    publishReport('# report', { write: false, outFile }, (line) => printed.push(line));
    expect(existsSync(outFile)).toBe(false);
    expect(printed).toEqual(['\n# report', `Not written (run with --write to write it to ${outFile})`]);
  });

  it('is written to its file with --write', () => {
    const outFile = join(dir, 'docs', 'benchmarks.md');
    const printed: string[] = [];
    publishReport('# report', { write: true, outFile }, (line) => printed.push(line));
    expect(readFileSync(outFile, 'utf8')).toBe('# report');
    expect(printed).toEqual(['\n# report', `Written to ${outFile}`]);
  });
});
