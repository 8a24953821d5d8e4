import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/**
 * The client kit runs in a browser as well as in Node (docs/clients.md): a bundler for the web (esbuild, webpack,
 * Vite) must find nothing but the kit's own files and its declared packages. So the kit is built as `npm pack`
 * builds it (client/tsconfig.json), and every require reachable from dist/index.js is followed: each is a file of
 * the kit, or `graphql` / `@graphql-typed-document-node/core`; none is a Node built-in such as `node:crypto`
 * (`esbuild --platform=browser` stops at it: "Could not resolve").
 */
const ROOT = join(__dirname, '..', '..', '..');
const CLIENT = join(ROOT, 'client');
const manifest = JSON.parse(readFileSync(join(CLIENT, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};
/** `graphql/language/printer` -> `graphql`; `@scope/name/x` -> `@scope/name`. */
const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');
const DECLARED = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})]);

describe('the client kit, built', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'wallet-client-build-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('requires only its own files and its declared packages: no Node built-in, so it bundles for a browser', () => {
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    execFileSync(process.execPath, [tsc, '-p', join(CLIENT, 'tsconfig.json'), '--outDir', outDir], { stdio: 'pipe' });

    const seen = new Set<string>();
    const packages = new Set<string>();
    const outside: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(file, 'utf8');
      for (const [, specifier] of code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)) {
        if (specifier.startsWith('.')) {
          const target = resolve(dirname(file), specifier.endsWith('.js') ? specifier : `${specifier}.js`);
          expect(existsSync(target)).toBe(true);
          visit(target);
        } else if (DECLARED.has(packageOf(specifier))) {
          packages.add(specifier);
        } else {
          outside.push(`${file.slice(outDir.length + 1)}: require("${specifier}")`);
        }
      }
      if (/["']node:/.test(code)) outside.push(`${file.slice(outDir.length + 1)}: names a node: module`);
    };
    visit(join(outDir, 'index.js'));

    expect(outside).toEqual([]);
    // The walk reached the retry recipe, the transport and the subscription helper, and graphql (for `print`).
    expect([...seen].map((file) => file.slice(outDir.length + 1)).sort()).toEqual(
      expect.arrayContaining(['backoff.js', 'change-with-retry.js', 'follow-wallet.js', 'index.js', 'transport.js']),
    );
    expect(packages).toContain('graphql');
  }, 120_000);
});
