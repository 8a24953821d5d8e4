import { execFileSync, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Each tool, compiled as `npm run` runs it, answers --help with its usage and exit code 0 at once,
 * before it starts a store or a service (the bench once ran for 85 s and rewrote a tracked file when
 * asked for help); a wrong argument is exit code 2 with the usage.
 */
const ROOT = join(__dirname, '..', '..');
const OUT = join(ROOT, 'dist-e2e-tools');
const TOOLS = [
  ['verify', 'verify/cli.js'],
  ['verify:mutants', 'verify/mutants/cli.js'],
  ['bench', 'bench/run.js'],
  ['abuse', 'abuse/run.js'],
] as const;

beforeAll(() => {
  execFileSync('npx', ['tsc', '-p', 'tsconfig.tools.json', '--outDir', OUT], { cwd: ROOT, stdio: 'inherit' });
}, 180_000);
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

const run = (entry: string, args: string[]) => {
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(OUT, 'tools', entry), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, ms: performance.now() - started };
};

describe.each(TOOLS)('npm run %s', (name, entry) => {
  it('--help prints the usage and exits 0 without starting anything', () => {
    const { status, stdout, ms } = run(entry, ['--help']);
    expect({ status, usage: stdout.startsWith(`Usage: npm run ${name}`) }).toEqual({ status: 0, usage: true });
    // Starting DynamoDB Local or the service takes many seconds; the usage alone is a node start-up.
    expect(ms).toBeLessThan(10_000);
  });

  it('a wrong argument exits 2 with the usage', () => {
    const { status, stderr } = run(entry, name === 'verify:mutants' ? ['--only'] : ['--no-such-option']);
    expect(status).toBe(2);
    expect(stderr).toContain(`Usage: npm run ${name}`);
  });
});
