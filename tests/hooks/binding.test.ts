/**
 * The SQLite binding as installed copies of the hooks meet it: node:sqlite where Node has it,
 * with no better-sqlite3 needed; else (BGTELEMETRY_SQLITE_DRIVER=better-sqlite3 here) better-sqlite3
 * found where each kind of install puts it (its prebuilt N-API binary), and, where it cannot
 * load, a hook that still exits cleanly, says so once, and keeps a bounded spool.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runHookProcess } from '../../src/demo/replay.js';
import { addonIn, loadBinding, packageDirs, prebuildTarget } from '../../src/store/native-binding.js';
import { MAX_SPOOLED } from '../../src/store/spool.js';
import { expectContract, HOOKS_DIR, ROOT, sandbox } from './harness.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bgt-binding-'));
  made.push(dir);
  return dir;
}

/** The compiled hooks in `<pkg>/dist/hooks`, as an installed package has them. */
function installedHooks(pkg: string): string {
  cpSync(HOOKS_DIR, join(pkg, 'dist', 'hooks'), { recursive: true });
  return join(pkg, 'dist', 'hooks');
}

const BETTER_SQLITE3 = join(ROOT, 'node_modules', 'better-sqlite3');

let n = 0;
const postBash = (project: string) => ({
  session_id: 'binding-session',
  transcript_path: join(project, 'none.jsonl'),
  cwd: project,
  hook_event_name: 'PostToolUse',
  tool_name: 'Bash',
  tool_use_id: `toolu_binding_${++n}`,
  tool_input: { command: 'npm test', description: 'Run tests' },
  tool_response: { stdout: 'ok', stderr: '', interrupted: false, isImage: false },
});

const errorLines = (box: ReturnType<typeof sandbox>) => box.errors().split('\n').filter(Boolean);
/** The hooks' fallback, as on a Node without node:sqlite. */
const onBetterSqlite3 = (box: ReturnType<typeof sandbox>) => ({ ...box.env, BGTELEMETRY_SQLITE_DRIVER: 'better-sqlite3' });

describe('SQLite binding', () => {
  it('is the prebuilt binary for this platform in the installed better-sqlite3', () => {
    expect(addonIn(BETTER_SQLITE3)).toBe(join(BETTER_SQLITE3, 'prebuilds', `${prebuildTarget()}.node`));
    const loaded = loadBinding(HOOKS_DIR);
    expect(loaded.error).toBeUndefined();
    expect(loaded.addon).toBeTypeOf('object');
  });

  it('is looked for inside the package (npm, plugin copy) and beside it (installed as a dependency)', () => {
    expect(packageDirs('/p/node_modules/bgtelemetry/dist/hooks').slice(0, 2)).toEqual([
      '/p/node_modules/bgtelemetry/node_modules/better-sqlite3',
      '/p/node_modules/better-sqlite3',
    ]);
  });

  it('on node:sqlite a hook records the call where no better-sqlite3 is installed at all', async () => {
    const hooks = installedHooks(temp());
    const box = sandbox();
    expectContract(await runHookProcess(join(hooks, 'post-tool-use.cjs'), postBash(box.project), box.env));
    expect(box.errors()).toBe('');
    expect(existsSync(join(box.env.BGTELEMETRY_HOME!, 'telemetry.db'))).toBe(true);
    expect(existsSync(join(box.env.BGTELEMETRY_HOME!, 'spool'))).toBe(false);
  });

  it('a hook in a package whose better-sqlite3 sits beside it records the call', async () => {
    // node_modules/bgtelemetry next to node_modules/better-sqlite3, as `npm install bgtelemetry` lays them out.
    const modules = join(temp(), 'node_modules');
    mkdirSync(modules);
    symlinkSync(BETTER_SQLITE3, join(modules, 'better-sqlite3'), 'dir');
    const hooks = installedHooks(join(modules, 'bgtelemetry'));
    const box = sandbox();
    expectContract(await runHookProcess(join(hooks, 'post-tool-use.cjs'), postBash(box.project), onBetterSqlite3(box)));
    expect(box.errors()).toBe('');
    expect(existsSync(join(box.env.BGTELEMETRY_HOME!, 'telemetry.db'))).toBe(true);
    expect(existsSync(join(box.env.BGTELEMETRY_HOME!, 'spool'))).toBe(false);
  });

  it('without a binding: every run exits cleanly, the problem is logged once, events wait in the spool', async () => {
    // A copy with no better-sqlite3 anywhere above it (what a plugin install without its
    // dependencies looked like).
    const hooks = installedHooks(temp());
    const box = sandbox();
    for (let k = 0; k < 3; k++)
      expect(
        expectContract(await runHookProcess(join(hooks, 'post-tool-use.cjs'), postBash(box.project), onBetterSqlite3(box))),
      ).toBeNull();
    const lines = errorLines(box);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]).message).toMatch(/SQLite cannot be loaded: no better-sqlite3 native addon .* found/);
    expect(readdirSync(join(box.env.BGTELEMETRY_HOME!, 'spool')).filter((f) => f.endsWith('.json'))).toHaveLength(3);
  });

  it('the spool holds at most MAX_SPOOLED events; past that one line says events are dropped', async () => {
    const hooks = installedHooks(temp());
    const box = sandbox();
    const spool = join(box.env.BGTELEMETRY_HOME!, 'spool');
    mkdirSync(spool, { recursive: true });
    for (let k = 0; k < MAX_SPOOLED; k++) writeFileSync(join(spool, `${String(k).padStart(14, '0')}-filler.json`), '');
    for (let k = 0; k < 2; k++)
      expectContract(await runHookProcess(join(hooks, 'post-tool-use.cjs'), postBash(box.project), onBetterSqlite3(box)));
    expect(readdirSync(spool)).toHaveLength(MAX_SPOOLED);
    const messages = errorLines(box).map((l) => JSON.parse(l).message as string);
    expect(messages.filter((m) => /holds 20000 events already: newer events are dropped/.test(m))).toHaveLength(1);
  }, 60_000);

  // The machine's own Node where it is older than 22 (this machine's /usr/bin/node is 20): the
  // addon would crash that process, so it is not loaded, and the hook still keeps the contract.
  const oldNode = ['/usr/bin/node', '/usr/local/bin/node'].find(
    (p) => existsSync(p) && Number(spawnSync(p, ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' }).stdout) < 22,
  );
  it.skipIf(!oldNode)('on Node older than 22 a hook does not crash: exit 0, nothing on stderr, the reason logged once', async () => {
    const box = sandbox();
    for (let k = 0; k < 2; k++) {
      const child = spawn(oldNode!, [join(HOOKS_DIR, 'post-tool-use.cjs')], { env: box.env });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.stdin.end(JSON.stringify(postBash(box.project)));
      const code = await new Promise((res) => child.on('close', (c, signal) => res(signal ?? c)));
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    }
    const lines = errorLines(box);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]).message).toMatch(/Node v\d+\.\S+ is too old: bgtelemetry needs Node 22 or newer/);
    expect(
      readFileSync(join(box.env.BGTELEMETRY_HOME!, 'spool', readdirSync(join(box.env.BGTELEMETRY_HOME!, 'spool'))[0]), 'utf8'),
    ).toContain('npm test');
  });

  // The CLI there opened the database with better-sqlite3 and died of SIGSEGV (status, report,
  // export, prune): each command that needs the database now says why in one line, exit 1.
  it.skipIf(!oldNode)('on Node older than 22 the CLI commands that read the database exit 1 with the reason, never a crash', async () => {
    const box = sandbox();
    const hook = spawnSync(process.execPath, [join(HOOKS_DIR, 'post-tool-use.cjs')], {
      env: box.env,
      input: JSON.stringify(postBash(box.project)),
    });
    expect(hook.status).toBe(0);
    const cli = join(ROOT, 'dist', 'cli.mjs');
    for (const args of [
      ['status'],
      ['report', '--json'],
      ['export'],
      ['prune', '--older-than', '30d', '--yes'],
      ['report', '--db', join(box.env.BGTELEMETRY_HOME!, 'telemetry.db')],
    ]) {
      const run = spawnSync(oldNode!, [cli, ...args], { env: box.env, encoding: 'utf8', timeout: 60_000 });
      expect({ args, signal: run.signal, status: run.status, stdout: run.stdout }).toEqual({ args, signal: null, status: 1, stdout: '' });
      expect(run.stderr).toMatch(/^bgtelemetry: cannot open .*: Node v\d+\.\S+ is too old: bgtelemetry needs Node 22 or newer\n/);
    }
    // With nothing recorded yet, a reader used an in-memory database: the same answer.
    const empty = sandbox();
    const run = spawnSync(oldNode!, [cli, 'status'], { env: empty.env, encoding: 'utf8', timeout: 60_000 });
    expect({ signal: run.signal, status: run.status }).toEqual({ signal: null, status: 1 });
    expect(run.stderr).toMatch(/Node v\d+\.\S+ is too old/);
    // The analysis needs no database: classify still answers, without history.
    const classify = spawnSync(oldNode!, [cli, 'classify', 'npm test'], { env: box.env, encoding: 'utf8', timeout: 60_000 });
    expect({ status: classify.status, signal: classify.signal }).toEqual({ status: 0, signal: null });
    expect(classify.stdout).toMatch(/^suggest-background/);
  });
});
