/** The compiled hooks this bgtelemetry ships, and whether they are all there. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HOOK_SCRIPTS } from '../hooks/registry.js';

/** dist/hooks: this module is bundled into dist/cli.mjs or a chunk beside it, so `import.meta.url` names dist/. */
export function hooksDir(): string {
  return join(dirname(fileURLToPath(import.meta.url)), 'hooks');
}

/** What the daemon transport runs beside the hook scripts. */
const DAEMON_FILES = ['shim.sh', 'daemon.cjs'];

/** The hook scripts not built in `dir`, in registry order (then the daemon's files, when asked). */
export function missingHookScripts(dir: string, daemon = false): string[] {
  return [...HOOK_SCRIPTS, ...(daemon ? DAEMON_FILES : [])].filter((script) => !existsSync(join(dir, script)));
}
