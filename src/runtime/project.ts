/** A session's project: the git repository root above its working directory, else the directory. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export function projectOf(cwd: string): string {
  let dir = resolve(cwd);
  for (let depth = 0; depth < 64; depth++) {
    if (existsSync(join(dir, '.git'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return resolve(cwd);
}
