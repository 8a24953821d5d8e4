/**
 * Run by `npm run token` before `node dist/token.js`: builds the service (`npm run build`, about 40 s) only when
 * dist/ is missing or older than a file it is built from (src/, tsconfig.json, tsconfig.build.json), so a token
 * takes under a second once built. The build's output goes to stderr: stdout carries the token alone.
 * Plain JavaScript on purpose (it must run before tsc). `node scripts/build-if-stale.cjs`.
 */
const { spawnSync } = require('node:child_process');
const { readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

const ROOT = join(__dirname, '..');

/** The newest modification time of `path` (a file, or a folder and everything under it), in ms; 0 when absent. */
function newest(path) {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return 0;
  }
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), stats.mtimeMs);
}

/** Whether `root`'s dist/token.js is missing or older than a source of the build. */
function isStale(root) {
  const built = newest(join(root, 'dist', 'token.js'));
  if (built === 0) return true;
  return ['src', 'tsconfig.json', 'tsconfig.build.json'].some((source) => newest(join(root, source)) > built);
}

module.exports = { isStale };

if (require.main === module && isStale(ROOT)) {
  // npm sets npm_execpath to its own CLI when it runs this script; `npm` from PATH otherwise.
  const npm = process.env.npm_execpath;
  const [command, args] = npm ? [process.execPath, [npm, 'run', '-s', 'build']] : ['npm', ['run', '-s', 'build']];
  process.stderr.write('Building the service first (dist/ is missing or older than src/)...\n');
  const build = spawnSync(command, args, { cwd: ROOT, stdio: ['ignore', 2, 2] });
  process.exit(build.status ?? 1);
}
