/**
 * The hooks' V8 code cache, on copies of the compiled hooks: the build leaves one every hook
 * uses; a hook that finds none, or a damaged one, still answers correctly and writes a usable one
 * at exit; BGTELEMETRY_CODE_CACHE=off compiles without it.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runHookProcess } from '../../src/demo/replay.js';
import { CODE_CACHE_DIR, cacheState, codeCachePath } from '../../src/runtime/code-cache.js';
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
async function interactiveAdvice(hooksDir: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const box = sandbox(env);
  const run = await runHookProcess(join(hooksDir, 'pre-tool-use.cjs'), preBash(box.project, { command: 'git rebase -i HEAD~3' }), box.env);
  expect(box.errors()).toBe('');
  return contextOf(expectContract(run));
}

const cacheOf = (hooksDir: string, script: string) => {
  const { bundle, hash } = bundlesIn(hooksDir)[script];
  return { bundle: join(hooksDir, bundle), cache: codeCachePath(hooksDir, bundle, hash) };
};

describe('code cache', () => {
  it('the build leaves a cache that every hook uses with this Node', () => {
    const bundles = bundlesIn(HOOKS_DIR);
    expect(Object.keys(bundles).sort()).toEqual(['lifecycle.cjs', 'post-tool-use.cjs', 'pre-tool-use.cjs', 'user-prompt-submit.cjs']);
    for (const script of Object.keys(bundles)) {
      const { bundle, cache } = cacheOf(HOOKS_DIR, script);
      expect(cacheState(bundle, cache), script).toBe('used');
    }
  });

  it('a hook that finds no cache answers as usual and writes one, which the next run uses', async () => {
    const dir = hooksCopy();
    rmSync(join(dir, CODE_CACHE_DIR), { recursive: true });
    const { bundle, cache } = cacheOf(dir, 'pre-tool-use.cjs');
    expect(await interactiveAdvice(dir, {})).toMatch(/waits for terminal input/);
    expect(cacheState(bundle, cache)).toBe('used');
    const written = readFileSync(cache);
    expect(await interactiveAdvice(dir, {})).toMatch(/waits for terminal input/);
    // Used, not rewritten.
    expect(readFileSync(cache).equals(written)).toBe(true);
  });

  it('a damaged cache is not used, the hook still answers, and a usable one replaces it', async () => {
    const dir = hooksCopy();
    const { bundle, cache } = cacheOf(dir, 'pre-tool-use.cjs');
    writeFileSync(cache, Buffer.alloc(4096, 7));
    expect(cacheState(bundle, cache)).toBe('rejected');
    expect(await interactiveAdvice(dir, {})).toMatch(/waits for terminal input/);
    expect(cacheState(bundle, cache)).toBe('used');
  });

  it('BGTELEMETRY_CODE_CACHE=off compiles without a cache and writes none', async () => {
    const dir = hooksCopy();
    rmSync(join(dir, CODE_CACHE_DIR), { recursive: true });
    expect(await interactiveAdvice(dir, { BGTELEMETRY_CODE_CACHE: 'off' })).toMatch(/waits for terminal input/);
    expect(existsSync(join(dir, CODE_CACHE_DIR))).toBe(false);
  });

  it('names a cache after its bundle, the bundle hash, the Node version and the architecture', () => {
    const one = codeCachePath('/h', 'pre-tool-use.bundle.cjs', 'aaaa', 'v20.1.0', 'x64');
    expect(one).toBe(join('/h', CODE_CACHE_DIR, 'pre-tool-use-aaaa-v20.1.0-x64.v8'));
    expect(codeCachePath('/h', 'pre-tool-use.bundle.cjs', 'bbbb', 'v20.1.0', 'x64')).not.toBe(one);
    expect(codeCachePath('/h', 'pre-tool-use.bundle.cjs', 'aaaa', 'v22.1.0', 'x64')).not.toBe(one);
  });
});
