/**
 * The hooks' V8 code cache, on copies of the compiled hooks: the build leaves one every hook
 * uses; a hook that finds none, or a damaged one, still answers correctly and writes a usable one
 * at exit, in the plugin's data directory or the user's (never in a shipped package);
 * BGTELEMETRY_CODE_CACHE=off compiles without it; a cache others can write is never loaded.
 */
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runHookProcess } from '../../src/demo/replay.js';
import { CODE_CACHE_DIR, cacheState, codeCacheDir, codeCachePath } from '../../src/runtime/code-cache.js';
import { contextOf, expectContract, HOOKS_DIR, preBash, ROOT, sandbox } from './harness.js';

type Bundles = Record<string, { bundle: string; hash: string }>;
const bundlesIn = (dir: string): Bundles => JSON.parse(readFileSync(join(dir, 'bundles.json'), 'utf8'));

const copies: string[] = [];
afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** dist/hooks copied into a package-shaped directory whose node_modules is the checkout's. */
function hooksCopy(): string {
  const pkg = mkdtempSync(join(tmpdir(), 'bgt-code-cache-'));
  copies.push(pkg);
  cpSync(HOOKS_DIR, join(pkg, 'dist', 'hooks'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(pkg, 'node_modules'), 'dir');
  return join(pkg, 'dist', 'hooks');
}

/** PreToolUse on an interactive command: advice on every call, so the output shows it ran. */
async function interactiveAdvice(hooksDir: string, env: NodeJS.ProcessEnv, box = sandbox(env)): Promise<string | undefined> {
  const run = await runHookProcess(join(hooksDir, 'pre-tool-use.cjs'), preBash(box.project, { command: 'git rebase -i HEAD~3' }), box.env);
  expect(box.errors()).toBe('');
  return contextOf(expectContract(run));
}

const cacheOf = (hooksDir: string, script: string, env: NodeJS.ProcessEnv = {}) => {
  const { bundle, hash } = bundlesIn(hooksDir)[script];
  return { bundle: join(hooksDir, bundle), cache: codeCachePath(codeCacheDir(hooksDir, env), bundle, hash) };
};

describe('code cache', () => {
  it('the build leaves a cache that every hook of this clone uses with this Node, and none in the plugin', () => {
    expect(existsSync(join(ROOT, 'plugin', 'dist', 'hooks', CODE_CACHE_DIR))).toBe(false);
    const bundles = bundlesIn(HOOKS_DIR);
    expect(Object.keys(bundles).sort()).toEqual(['lifecycle.cjs', 'post-tool-use.cjs', 'pre-tool-use.cjs', 'user-prompt-submit.cjs']);
    for (const script of Object.keys(bundles)) {
      const { bundle, cache } = cacheOf(HOOKS_DIR, script);
      expect(cacheState(bundle, cache), script).toBe('used');
    }
  });

  it('a hook installed without a cache answers as usual and writes one in the data directory, private, which the next run uses', async () => {
    const dir = hooksCopy();
    rmSync(join(dir, CODE_CACHE_DIR), { recursive: true });
    const box = sandbox();
    const { bundle, cache } = cacheOf(dir, 'pre-tool-use.cjs', box.env);
    expect(cache.startsWith(join(box.env.BGTELEMETRY_HOME!, CODE_CACHE_DIR))).toBe(true);
    expect(await interactiveAdvice(dir, {}, box)).toMatch(/waits for terminal input/);
    expect(cacheState(bundle, cache)).toBe('used');
    expect(statSync(cache).mode & 0o777).toBe(0o600);
    expect(statSync(join(cache, '..')).mode & 0o777).toBe(0o700);
    // Nothing written into the installed package.
    expect(existsSync(join(dir, CODE_CACHE_DIR))).toBe(false);
    const written = readFileSync(cache);
    expect(await interactiveAdvice(dir, {}, box)).toMatch(/waits for terminal input/);
    // Used, not rewritten.
    expect(readFileSync(cache).equals(written)).toBe(true);
  });

  it('as a plugin, the cache goes to CLAUDE_PLUGIN_DATA, which survives plugin updates', async () => {
    const dir = hooksCopy();
    rmSync(join(dir, CODE_CACHE_DIR), { recursive: true });
    const box = sandbox();
    const pluginData = join(box.home, 'plugin-data');
    const env = { CLAUDE_PLUGIN_DATA: pluginData };
    expect(await interactiveAdvice(dir, env, sandbox(env))).toMatch(/waits for terminal input/);
    const { bundle, cache } = cacheOf(dir, 'pre-tool-use.cjs', env);
    expect(cache.startsWith(join(pluginData, CODE_CACHE_DIR))).toBe(true);
    expect(cacheState(bundle, cache)).toBe('used');
  });

  it('BGTELEMETRY_CODE_CACHE=<dir> puts the cache there; a new bundle replaces its older caches there', async () => {
    const dir = hooksCopy();
    rmSync(join(dir, CODE_CACHE_DIR), { recursive: true });
    const box = sandbox();
    const where = join(box.home, 'elsewhere');
    mkdirSync(where);
    // Caches of an earlier bundle of this hook (same Node) and of another Node: only the first goes.
    const stale = codeCachePath(where, 'pre-tool-use.bundle.cjs', '0123456789abcdef');
    const otherNode = codeCachePath(where, 'pre-tool-use.bundle.cjs', '0123456789abcdef', 'v24.0.0');
    const otherHook = codeCachePath(where, 'post-tool-use.bundle.cjs', '0123456789abcdef');
    for (const f of [stale, otherNode, otherHook]) writeFileSync(f, 'old');
    const env = { BGTELEMETRY_CODE_CACHE: where };
    expect(await interactiveAdvice(dir, env, sandbox(env))).toMatch(/waits for terminal input/);
    const { bundle, cache } = cacheOf(dir, 'pre-tool-use.cjs', env);
    expect(cacheState(bundle, cache)).toBe('used');
    expect(readdirSync(where).sort()).toEqual([cache, otherNode, otherHook].map((f) => f.slice(where.length + 1)).sort());
  });

  it('a damaged cache is not used, the hook still answers, and a usable one replaces it', async () => {
    const dir = hooksCopy();
    const { bundle, cache } = cacheOf(dir, 'pre-tool-use.cjs');
    writeFileSync(cache, Buffer.alloc(4096, 7));
    expect(cacheState(bundle, cache)).toBe('rejected');
    expect(await interactiveAdvice(dir, {})).toMatch(/waits for terminal input/);
    expect(cacheState(bundle, cache)).toBe('used');
  });

  it.skipIf(process.platform === 'win32')('a cache others can write is never loaded, and nothing is written beside it', async () => {
    const dir = hooksCopy();
    const { cache } = cacheOf(dir, 'pre-tool-use.cjs');
    // Damaged, so that loading it would show: a loaded, rejected cache is replaced at exit.
    const planted = Buffer.alloc(4096, 7);
    writeFileSync(cache, planted);
    chmodSync(cache, 0o666);
    expect(await interactiveAdvice(dir, {})).toMatch(/waits for terminal input/);
    expect(readFileSync(cache)).toEqual(planted);
    expect(statSync(cache).mode & 0o777).toBe(0o666);

    // A directory others can write to: no cache is written into it.
    const fresh = hooksCopy();
    rmSync(join(fresh, CODE_CACHE_DIR), { recursive: true });
    const box = sandbox();
    const open = join(box.home, 'open to all');
    mkdirSync(open);
    chmodSync(open, 0o777);
    const env = { BGTELEMETRY_CODE_CACHE: open };
    expect(await interactiveAdvice(fresh, env, sandbox(env))).toMatch(/waits for terminal input/);
    expect(readdirSync(open)).toEqual([]);
  });

  it('BGTELEMETRY_CODE_CACHE=off compiles without a cache and writes none', async () => {
    const dir = hooksCopy();
    rmSync(join(dir, CODE_CACHE_DIR), { recursive: true });
    expect(await interactiveAdvice(dir, { BGTELEMETRY_CODE_CACHE: 'off' })).toMatch(/waits for terminal input/);
    expect(existsSync(join(dir, CODE_CACHE_DIR))).toBe(false);
  });

  it('names a cache after its bundle, the bundle hash, the Node version and the architecture', () => {
    const one = codeCachePath('/h', 'pre-tool-use.bundle.cjs', 'aaaa', 'v20.1.0', 'x64');
    expect(one).toBe(join('/h', 'pre-tool-use-aaaa-v20.1.0-x64.v8'));
    expect(codeCachePath('/h', 'pre-tool-use.bundle.cjs', 'bbbb', 'v20.1.0', 'x64')).not.toBe(one);
    expect(codeCachePath('/h', 'pre-tool-use.bundle.cjs', 'aaaa', 'v22.1.0', 'x64')).not.toBe(one);
  });
});
