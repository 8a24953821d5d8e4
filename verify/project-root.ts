import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The project folder, found from this file whether it runs as TypeScript (verify/) or compiled
 * (dist-verify/verify/): the nearest folder upwards with a package.json.
 */
export function projectRoot(): string {
  let folder = __dirname;
  for (let depth = 0; depth < 5; depth++) {
    if (existsSync(join(folder, 'package.json'))) return folder;
    folder = dirname(folder);
  }
  throw new Error(`No package.json above ${__dirname}`);
}
