/**
 * Part of `npm run build`: copies the Playground's built scripts, styles and images (not the source maps)
 * from the graphql-playground-react package, a development dependency, into dist/playground-assets/, which
 * the service serves. So a production install (`npm ci --omit=dev`) needs neither the package nor the
 * React 16, babel and codemirror behind it. Plain JavaScript: it runs right after tsc.
 * `node scripts/copy-playground-assets.cjs [DIST_DIR]` (default: the project's dist/).
 */
const { cpSync, rmSync } = require('node:fs');
const { dirname, extname, join } = require('node:path');

const SERVED = new Set(['.js', '.css', '.png']);
const from = join(dirname(require.resolve('graphql-playground-react/package.json')), 'build');
const to = join(process.argv[2] ?? join(__dirname, '..', 'dist'), 'playground-assets');

rmSync(to, { recursive: true, force: true });
for (const part of ['static', 'favicon.png', 'logo.png']) {
  cpSync(join(from, part), join(to, part), { recursive: true, filter: (file) => extname(file) === '' || SERVED.has(extname(file)) });
}
