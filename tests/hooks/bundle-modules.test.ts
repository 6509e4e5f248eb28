/**
 * What a hook process loads of Node itself. Every hook runs on every Bash call, so a built-in
 * module that is not needed is start-up time paid on each one: node:crypto alone (with the
 * stream classes it pulls in) cost about 5 ms. Each compiled hook runs its usual path (the
 * build's warm-up payload) with a preloaded recorder that writes Node's module list at exit.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOOK_SCRIPTS, WARM_UP_PAYLOADS } from '../../src/hooks/registry.js';
import { runHookProcess } from '../../src/demo/replay.js';
import { expectContract, HOOKS_DIR, sandbox } from './harness.js';

/** Built-ins no hook needs on its usual path (lazy loads on rare paths are fine). */
const NOT_LOADED = ['crypto', 'stream', 'http', 'https', 'net', 'zlib', 'worker_threads', 'perf_hooks'];

describe('the modules a hook process loads', () => {
  it.each(HOOK_SCRIPTS)('%s loads no built-in it does not need, and not better-sqlite3 where node:sqlite exists', async (script) => {
    const box = sandbox();
    const list = join(box.home, 'modules.txt');
    const recorder = join(box.home, 'recorder.cjs');
    writeFileSync(
      recorder,
      `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, process.moduleLoadList.join('\\n') + '\\n' + Object.keys(require.cache).join('\\n')));`,
    );
    const payload = {
      session_id: 'modules',
      transcript_path: join(box.project, 'none.jsonl'),
      cwd: box.project,
      ...WARM_UP_PAYLOADS[script],
    };
    const env = { ...box.env, NODE_OPTIONS: `--require ${recorder}` };
    // Twice: the first run also creates the database.
    for (let i = 0; i < 2; i++) expectContract(await runHookProcess(join(HOOKS_DIR, script), payload, env));
    const loaded = readFileSync(list, 'utf8').split('\n');
    const builtins = loaded.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice('NativeModule '.length));
    expect(NOT_LOADED.filter((m) => builtins.includes(m))).toEqual([]);
    expect(loaded.filter((m) => m.includes('better-sqlite3') || m.includes('better_sqlite3'))).toEqual([]);
    expect(box.errors()).toBe('');
  });
});
