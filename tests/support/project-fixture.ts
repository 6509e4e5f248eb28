/** Builds a throwaway project folder from a map of relative paths to contents. */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Files ending in `.sh` (or under bin/) are made executable; objects are written as JSON. */
export function projectFixture(files: Record<string, string | object>): string {
  const root = mkdtempSync(join(tmpdir(), 'bgt-project-'));
  made.push(root);
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
    if (path.endsWith('.sh') || path.startsWith('bin/')) chmodSync(full, 0o755);
  }
  return root;
}
