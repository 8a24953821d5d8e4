import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** `npm run token` builds the service (about 40 s) only when dist/ is missing or older than what it is built from. */
const { isStale } = require('../../scripts/build-if-stale.cjs') as { isStale(root: string): boolean };

describe('scripts/build-if-stale.cjs', () => {
  const root = mkdtempSync(join(tmpdir(), 'build-if-stale-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (path: string, secondsAgo: number) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), '');
    const at = Date.now() / 1000 - secondsAgo;
    utimesSync(join(root, path), at, at);
  };

  it('builds when dist/token.js is missing, or older than a file under src/ or a tsconfig; not when it is current', () => {
    write('src/infrastructure/auth/dev-signing-key.ts', 300);
    write('tsconfig.json', 300);
    write('tsconfig.build.json', 300);
    for (const folder of ['src', 'src/infrastructure', 'src/infrastructure/auth'])
      utimesSync(join(root, folder), Date.now() / 1000 - 300, Date.now() / 1000 - 300);
    expect(isStale(root)).toBe(true);
    write('dist/token.js', 100);
    expect(isStale(root)).toBe(false);
    write('src/infrastructure/auth/dev-signing-key.ts', 10);
    expect(isStale(root)).toBe(true);
    write('dist/token.js', 5);
    expect(isStale(root)).toBe(false);
    write('tsconfig.build.json', 1);
    expect(isStale(root)).toBe(true);
  });
});
