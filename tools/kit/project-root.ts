import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The project folder: the nearest folder upwards with a package.json. The tools run as TypeScript
 * under jest (tools/kit/) and compiled (dist-tools/tools/kit/, or a scratch copy's), at different depths.
 */
export function projectRoot(from: string = __dirname): string {
  for (let folder = from, depth = 0; depth < 10; folder = dirname(folder), depth++) {
    if (existsSync(join(folder, 'package.json'))) return folder;
  }
  throw new Error(`No package.json above ${from}`);
}
