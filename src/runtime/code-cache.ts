/**
 * Runs a hook bundle with V8's code cache. Compiling a hook's bundle and the functions its first
 * call runs costs about 10 ms of every hook process (of ~30 ms over bare Node). Node 22's own
 * `module.enableCompileCache()` caches only what is compiled up front (measured: 1.46x `node -e 0`
 * for PreToolUse against 1.19x here, docs/performance.md), so the entry script compiles the
 * bundle itself through `vm.Script` and, at exit, saves the code of every function the run used.
 *
 * The cache is built on the user's machine, never shipped: it lives in the plugin's data
 * directory (CLAUDE_PLUGIN_DATA, which survives plugin updates), else in a clone's
 * dist/hooks/code-cache that the build made, else in the user's data directory.
 * `BGTELEMETRY_CODE_CACHE` set to an absolute directory puts it there; set to `off`, no cache.
 *
 * The cache file's name carries the bundle's content hash, the Node version and the architecture,
 * because V8 checks only the source's length, its own version and flags: a cache must never be
 * applied to a different bundle of the same length. A missing or rejected cache is rebuilt at
 * exit by the run that found it so (only where the directory is writable); anything unexpected
 * falls back to a plain `require` of the bundle.
 *
 * A cache is code: one that another user could have written (group or other write bits, or
 * another owner) is never loaded, and nothing is written into its directory either; a directory
 * like that is not written into. One fstat of the open cache file decides, so the check costs
 * the hook next to nothing.
 */
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { Script } from 'node:vm';
import { dataDir } from './paths.js';
import { FileRefusedError, readRegularFile } from './regular-file.js';

export const CODE_CACHE_DIR = 'code-cache';
const HEAD = '(function (exports, require, module, __filename, __dirname) {';
const TAIL = '\n})';

export type CacheState = 'used' | 'missing' | 'rejected';

/** Far above any bundle or its cache (each well under 1 MB): only a file that is not ours is larger. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** Read as regular files only: a FIFO in the cache directory must not block the hook. */
const readBounded = (path: string) => readRegularFile(path, MAX_FILE_BYTES);

/** The directory holding the caches of the hooks in `hooksDir` (see the top of this file). */
export function codeCacheDir(hooksDir: string, env: NodeJS.ProcessEnv = process.env): string {
  const set = env.BGTELEMETRY_CODE_CACHE;
  if (set && set !== 'off' && isAbsolute(set)) return set;
  if (env.CLAUDE_PLUGIN_DATA) return join(env.CLAUDE_PLUGIN_DATA, CODE_CACHE_DIR);
  const local = join(hooksDir, CODE_CACHE_DIR);
  return existsSync(local) ? local : join(dataDir(env), CODE_CACHE_DIR);
}

/** Where the cache of `bundle` lives in `cacheDir` for this Node. */
export function codeCachePath(cacheDir: string, bundle: string, hash: string, node = process.version, arch = process.arch): string {
  return join(cacheDir, `${bundle.replace(/(\.bundle)?\.cjs$/, '')}-${hash}-${node}-${arch}.v8`);
}

/** Compiles a CommonJS bundle as Node's module wrapper would, with cached data if given. */
function compileBundle(path: string, source: string, cachedData?: Buffer): Script {
  return new Script(HEAD + source + TAIL, { filename: path, cachedData });
}

/** Would this cache be used for this bundle? (doctor) */
export function cacheState(bundlePath: string, cachePath: string): CacheState {
  let cached: Buffer;
  try {
    cached = readBounded(cachePath);
  } catch {
    return 'missing';
  }
  return compileBundle(bundlePath, readBounded(bundlePath).toString('utf8'), cached).cachedDataRejected ? 'rejected' : 'used';
}

/** Written by this user alone? Windows has no such mode bits or uids: there every file passes. */
function private_(stats: Stats): boolean {
  if (process.platform === 'win32') return true;
  return (stats.mode & 0o022) === 0 && stats.uid === process.getuid?.();
}

/** The cache's bytes; undefined when missing; null when others could have written it (never loaded). */
function readPrivate(cachePath: string): Buffer | null | undefined {
  try {
    return readRegularFile(cachePath, MAX_FILE_BYTES, private_);
  } catch (error) {
    return error instanceof FileRefusedError ? null : undefined;
  }
}

function save(script: Script, cachePath: string): void {
  // Another hook process may be writing the same cache: each writes its own file, then renames.
  const tmp = `${cachePath}.${process.pid}.tmp`;
  try {
    const dir = dirname(cachePath);
    // Private: a cache is code this user's hooks will run.
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    accessSync(dir, constants.W_OK);
    // Another user's directory, or one others can write to: its caches are not to be trusted.
    if (!private_(statSync(dir))) return;
    writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
    renameSync(tmp, cachePath);
    pruneOlder(cachePath);
  } catch {
    // A read-only install runs without a cache: doctor reports it.
    try {
      rmSync(tmp, { force: true });
    } catch {
      // nothing was written
    }
  }
}

/** `<hook>-<bundle hash>-<node>-<arch>.v8` split into hook, hash and the Node-and-architecture tail. */
const CACHE_NAME = /^(.+)-([0-9a-f]+)-(v[\d.]+-[^-]+\.v8)$/;

/** Removes this hook's caches of earlier bundles (an upgrade) for the same Node and architecture. */
function pruneOlder(cachePath: string): void {
  const mine = CACHE_NAME.exec(basename(cachePath));
  if (!mine) return;
  for (const other of readdirSync(dirname(cachePath))) {
    const theirs = CACHE_NAME.exec(other);
    if (theirs && theirs[1] === mine[1] && theirs[3] === mine[3] && theirs[2] !== mine[2])
      rmSync(join(dirname(cachePath), other), { force: true });
  }
}

/**
 * Runs `bundle` from `hooksDir` as a CommonJS module whose `require` is `req` (the entry's own,
 * which resolves from the same directory). `BGTELEMETRY_CODE_CACHE=off` compiles without the cache.
 */
export function runBundle(hooksDir: string, bundle: string, hash: string, req: NodeJS.Require): void {
  const path = join(hooksDir, bundle);
  let script: Script;
  try {
    const source = readBounded(path).toString('utf8');
    if (process.env.BGTELEMETRY_CODE_CACHE === 'off') {
      script = compileBundle(path, source);
    } else {
      const cachePath = codeCachePath(codeCacheDir(hooksDir), bundle, hash);
      const cached = readPrivate(cachePath);
      script = compileBundle(path, source, cached ?? undefined);
      // Written at exit, so it holds the functions this run compiled, not only the top level;
      // never beside a cache others could write (null).
      if (cached === undefined || (cached && script.cachedDataRejected)) process.once('exit', () => save(script, cachePath));
    }
  } catch {
    req(path);
    return;
  }
  const module = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, req, module, path, hooksDir);
}
