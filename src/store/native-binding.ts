/**
 * Finds and loads better-sqlite3's native addon the way a hook process does. better-sqlite3 13
 * ships one N-API binary per platform in `prebuilds/` (no install script, so it works where npm
 * 12 or Claude Code's `npm ci --ignore-scripts` skip scripts, and on every Node version); a
 * binary compiled on purpose into `build/Release` wins, as in better-sqlite3's own loader.
 *
 * The addon is loaded with process.dlopen: require() would also realpath the file and read
 * package.json (about 1 ms per hook process). From a hook bundle (dist/hooks/) the package is
 * looked for where npm puts it: this package's node_modules, or beside this package when it is
 * itself installed as a dependency or globally; then through the resolver.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface BindingLoad {
  /** The addon, ready for better-sqlite3's `nativeBinding` option. */
  addon?: object;
  /** The file that was (or would have been) loaded. */
  path?: string;
  /** Why there is no addon: nothing found, or the file would not load (wrong platform, ABI). */
  error?: string;
}

const PACKAGE = 'better-sqlite3';

/** Where musl's dynamic loader lives, by Node's architecture name. */
const MUSL_ARCH: Record<string, string> = { x64: 'x86_64', arm64: 'aarch64' };

/**
 * musl or glibc, from the C library mapped into this process (what better-sqlite3 checks).
 * Reading /proc/self/maps costs about 0.5 ms, so only where musl's loader exists at all.
 */
function isMusl(): boolean {
  if (!existsSync(`/lib/ld-musl-${MUSL_ARCH[process.arch] ?? process.arch}.so.1`)) return false;
  try {
    return /\/ld-musl-[^/\s]*\.so/.test(readFileSync('/proc/self/maps', 'latin1'));
  } catch {
    return false;
  }
}

/** `linux-x64`, `linuxmusl-arm64`, `darwin-arm64`, `win32-x64`: better-sqlite3's prebuild names. */
export function prebuildTarget(platform: NodeJS.Platform = process.platform, arch: string = process.arch): string {
  return `${platform === 'linux' && isMusl() ? 'linuxmusl' : platform}-${arch}`;
}

/** The addon file inside a better-sqlite3 package directory, if there is one. */
export function addonIn(packageDir: string): string | undefined {
  const compiled = join(packageDir, 'build', 'Release', 'better_sqlite3.node');
  if (existsSync(compiled)) return compiled;
  const prebuilt = join(packageDir, 'prebuilds', `${prebuildTarget()}.node`);
  return existsSync(prebuilt) ? prebuilt : undefined;
}

type Resolve = (id: string) => string;

/** Where npm puts better-sqlite3 for code living in `hooksDir` (…/dist/hooks): inside the package, or beside it. */
export function packageDirs(hooksDir: string | undefined): string[] {
  if (!hooksDir) return [];
  const root = join(hooksDir, '..', '..');
  return [join(root, 'node_modules', PACKAGE), join(root, '..', PACKAGE)];
}

/** better-sqlite3 13 needs Node 22; on Node 20 its addon loads, then crashes the process. */
export const MIN_NODE_MAJOR = 22;

/** Why a Node version cannot load the addon, or undefined when it can. */
export function nodeTooOld(version: string = process.version): string | undefined {
  const major = Number(version.replace(/^v/, '').split('.')[0]);
  return major < MIN_NODE_MAJOR ? `Node ${version} is too old: bgtelemetry needs Node ${MIN_NODE_MAJOR} or newer` : undefined;
}

/**
 * The addon file for code in `hooksDir`, or why there is none; nothing is loaded. `resolve` is
 * that code's resolver (doctor passes one rooted in another install's hooks directory).
 */
export function findAddon(
  hooksDir: string | undefined,
  resolve: Resolve | undefined = typeof require === 'function' ? require.resolve : undefined,
): { path?: string; error?: string } {
  const dirs = packageDirs(hooksDir);
  for (const dir of dirs) {
    const path = addonIn(dir);
    if (path) return { path };
  }
  // Node's resolver only when the usual places have nothing: it costs about 2 ms a hook call.
  try {
    if (resolve) {
      const dir = dirname(resolve(`${PACKAGE}/package.json`));
      const path = addonIn(dir);
      if (path) return { path };
      dirs.push(dir);
    }
  } catch {
    // not resolvable from here
  }
  return { error: `no ${PACKAGE} native addon (${prebuildTarget()}) found in ${dirs.join(', ') || 'any node_modules'}` };
}

/** Finds the addon for code in `hooksDir` and loads it; never throws. */
export function loadBinding(hooksDir: string | undefined): BindingLoad {
  const old = nodeTooOld();
  if (old) return { error: old };
  const { path, error } = findAddon(hooksDir);
  if (!path) return { error };
  try {
    const module = { exports: {} };
    process.dlopen(module, path);
    return { addon: module.exports, path };
  } catch (error) {
    return { path, error: loadFailure(path, (error as Error).message) };
  }
}

/** How a failed dlopen is told, here and by doctor (which loads the addon in the hooks' Node). */
export function loadFailure(path: string, message: string, version: string = process.version): string {
  return `${path} does not load on Node ${version} (${process.platform}-${process.arch}): ${message}`;
}
