/**
 * Runs a hook bundle with V8's code cache. Compiling a hook's bundle and the functions its first
 * call runs costs about 10 ms of every hook process (of ~30 ms over bare Node); Node 20 has no
 * built-in compile cache (22 has), so the entry script compiles the bundle itself through
 * `vm.Script` with the cached data written by an earlier run.
 *
 * The cache file's name carries the bundle's content hash, the Node version and the architecture,
 * because V8 checks only the source's length, its own version and flags: a cache must never be
 * applied to a different bundle of the same length. A missing or rejected cache is rebuilt at
 * exit by the run that found it so (only where the directory is writable); anything unexpected
 * falls back to a plain `require` of the bundle.
 */
import { accessSync, constants, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

export const CODE_CACHE_DIR = 'code-cache';
const HEAD = '(function (exports, require, module, __filename, __dirname) {';
const TAIL = '\n})';

export type CacheState = 'used' | 'missing' | 'rejected';

/** Where the cache of `bundle` (a file name in `hooksDir`) lives for this Node. */
export function codeCachePath(hooksDir: string, bundle: string, hash: string, node = process.version, arch = process.arch): string {
  return join(hooksDir, CODE_CACHE_DIR, `${bundle.replace(/(\.bundle)?\.cjs$/, '')}-${hash}-${node}-${arch}.v8`);
}

/** Compiles a CommonJS bundle as Node's module wrapper would, with cached data if given. */
export function compileBundle(path: string, source: string, cachedData?: Buffer): Script {
  return new Script(HEAD + source + TAIL, { filename: path, cachedData });
}

/** Would this cache be used for this bundle? (doctor) */
export function cacheState(bundlePath: string, cachePath: string): CacheState {
  let cached: Buffer;
  try {
    cached = readFileSync(cachePath);
  } catch {
    return 'missing';
  }
  return compileBundle(bundlePath, readFileSync(bundlePath, 'utf8'), cached).cachedDataRejected ? 'rejected' : 'used';
}

function save(script: Script, cachePath: string): void {
  // Another hook process may be writing the same cache: each writes its own file, then renames.
  const tmp = `${cachePath}.${process.pid}.tmp`;
  try {
    const dir = dirname(cachePath);
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
    writeFileSync(tmp, script.createCachedData());
    renameSync(tmp, cachePath);
  } catch {
    // A read-only install runs without a cache: doctor reports it.
    try {
      rmSync(tmp, { force: true });
    } catch {
      // nothing was written
    }
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
    const source = readFileSync(path, 'utf8');
    if (process.env.BGTELEMETRY_CODE_CACHE === 'off') {
      script = compileBundle(path, source);
    } else {
      const cachePath = codeCachePath(hooksDir, bundle, hash);
      let cached: Buffer | undefined;
      try {
        cached = readFileSync(cachePath);
      } catch {
        cached = undefined;
      }
      script = compileBundle(path, source, cached);
      // Written at exit, so it holds the functions this run compiled, not only the top level.
      if (!cached || script.cachedDataRejected) process.once('exit', () => save(script, cachePath));
    }
  } catch {
    req(path);
    return;
  }
  const module = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, req, module, path, hooksDir);
}
