import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The project folder, found by walking up to package.json: the bench runs compiled from
 * dist-bench/bench/ and its sources are read from bench/ by jest, at different depths.
 */
export function projectRoot(from: string = __dirname): string {
  for (let folder = from, depth = 0; depth < 10; folder = dirname(folder), depth++) {
    if (existsSync(join(folder, 'package.json'))) return folder;
  }
  throw new Error(`No package.json above ${from}`);
}
