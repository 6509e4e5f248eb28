/** The compiled hooks this bgtelemetry ships, and whether they are all there. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HOOK_SCRIPTS } from '../hooks/registry.js';

/** dist/hooks: this module is bundled into dist/cli.mjs, so `import.meta.url` is the CLI's. */
export function hooksDir(): string {
  return join(dirname(fileURLToPath(import.meta.url)), 'hooks');
}

/** The hook scripts not built in `dir`, in registry order. */
export function missingHookScripts(dir: string): string[] {
  return HOOK_SCRIPTS.filter((script) => !existsSync(join(dir, script)));
}
