/**
 * Whose is a hook that runs a script named like ours? Another tool may use the same file names
 * (`node /opt/other/dist/hooks/pre-tool-use.cjs`), and another bgtelemetry installation (a
 * second clone, another npm prefix) has hooks of its own: install and uninstall touch only the
 * hooks of this installation, and the leftovers of one that is gone.
 * - ours: the script's directory is this bgtelemetry's hooks directory (both after realpath);
 * - stale: its directory no longer exists and its path names a bgtelemetry directory (an npm
 *   package, a clone, an npx cache): a hook that can only fail, left by a moved or removed install;
 * - other: anything else, left as it is (install and uninstall say so).
 * doctor counts as bgtelemetry's the hooks that are ours, and those whose path names bgtelemetry
 * (another installation, or one that is gone); a look-alike is another tool's.
 */
import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';

export type Owner = 'ours' | 'stale' | 'other';
export type OwnerOf = (scriptPath: string) => Owner;

/** `bgtelemetry`, `bgtelemetry-main` (a GitHub archive), `bgtelemetry@1.2.0`, as one path component. */
const NAMES_US = /(?:^|[\\/])bgtelemetry(?:[-_.@][^\\/]*)?[\\/]/i;

/** Our unambiguous marker in a script path: a directory named bgtelemetry. */
export function namesBgtelemetry(scriptPath: string): boolean {
  return NAMES_US.test(scriptPath);
}

/** The real path of an existing directory, or null. */
function realDir(path: string): string | null {
  try {
    return realpathSync.native(path);
  } catch {
    return null;
  }
}

function samePath(a: string, b: string, platform: NodeJS.Platform): boolean {
  return platform === 'win32' ? a.toLowerCase() === b.toLowerCase() : a === b;
}

/** How an installation whose compiled hooks are in `hooksDir` tells its hooks from others'. */
export function ownerFor(hooksDir: string, platform: NodeJS.Platform = process.platform): OwnerOf {
  const mine = realDir(hooksDir) ?? resolve(hooksDir);
  return (scriptPath) => {
    // `$CLAUDE_PROJECT_DIR/…` or a relative path: written by hand, for a place we cannot know.
    if (!isAbsolute(scriptPath)) return 'other';
    const dir = realDir(dirname(scriptPath));
    if (samePath(dir ?? resolve(dirname(scriptPath)), mine, platform)) return 'ours';
    return dir === null && namesBgtelemetry(scriptPath) ? 'stale' : 'other';
  };
}
