/**
 * A data directory the hooks cannot use (a dangling symlink, a loop, a file in its place, 0500
 * for an unprivileged user, a full disk): the compiled hooks keep every event in the fallback
 * spool, say so once (marker and one log line, never on stderr), doctor and status report it,
 * and once the directory is fixed the next hook run replays each event exactly once.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { contextOf, expectContract, HOOKS_DIR, preBash, ROOT, sandbox, type Sandbox } from './harness.js';

const CLI = join(ROOT, 'dist', 'cli.mjs');
const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;
const hasSetpriv = spawnSync('setpriv', ['--version']).status === 0;

interface Run {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node args…` with `input` on stdin, as an unprivileged user when `uid` is given. */
function run(args: string[], env: NodeJS.ProcessEnv, input = '', uid?: number): Promise<Run> {
  const [cmd, argv] =
    uid === undefined
      ? [process.execPath, args]
      : ['setpriv', [`--reuid=${uid}`, `--regid=${uid}`, '--clear-groups', process.execPath, ...args]];
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { env, cwd: env.CLAUDE_PROJECT_DIR, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      resolve({ exitCode, stdout, stderr });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}

interface Case {
  box: Sandbox;
  data: string;
  fallbackBase: string;
  uid?: number;
}

function setUp(uid?: number): Case {
  const box = sandbox();
  const fallbackBase = box.env.TMPDIR as string; // the sandbox's own
  if (uid !== undefined) spawnSync('chown', ['-R', `${uid}:${uid}`, box.home]);
  return { box, data: box.env.BGTELEMETRY_HOME as string, fallbackBase, uid };
}

/** One Bash call: its PreToolUse and PostToolUse hooks, each held to the hook contract. */
async function bashCall(c: Case): Promise<string> {
  const pre = preBash(c.box.project, { command: 'npm test', description: 'Run tests' });
  const post = { ...pre, hook_event_name: 'PostToolUse', tool_response: { stdout: 'ok', stderr: '', interrupted: false, isImage: false } };
  for (const [script, payload] of [
    ['pre-tool-use', pre],
    ['post-tool-use', post],
  ] as const) {
    const r = await run([join(HOOKS_DIR, `${script}.cjs`)], c.box.env, JSON.stringify(payload), c.uid);
    expectContract(r);
  }
  return pre.tool_use_id;
}

/** The per-data-directory folder the hooks made under the fallback base (exactly one). */
function fallbackHome(c: Case): string {
  const root = join(c.fallbackBase, `bgtelemetry-${c.uid ?? process.getuid?.()}`);
  const homes = readdirSync(root);
  expect(homes).toHaveLength(1);
  return join(root, homes[0]);
}

const spooled = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json') && !f.startsWith('.')) : []);

/** Every recorded event id, with how often it was applied. */
function appliedIds(c: Case): string[] {
  const db = new Database(join(c.data, 'telemetry.db'), { readonly: true });
  try {
    return (db.prepare('SELECT id FROM applied_events ORDER BY id').all() as { id: string }[]).map((r) => r.id);
  } finally {
    db.close();
  }
}

async function doctor(
  c: Case,
): Promise<{ exitCode: number | null; sections: { title: string; facts: string[]; problems: { text: string; fix?: string }[] }[] }> {
  const r = await run([CLI, 'doctor', '--no-timing', '--json'], c.box.env, '', c.uid);
  return { exitCode: r.exitCode, sections: JSON.parse(r.stdout).sections };
}

/**
 * The whole story for one way of breaking the data directory: `expected` is the words doctor
 * and status must use for it.
 */
async function loseNothing(c: Case, expected: RegExp, fix: () => void, replayBy: 'hook' | 'status' = 'hook'): Promise<void> {
  const calls = [await bashCall(c), await bashCall(c), await bashCall(c)];
  const home = fallbackHome(c);
  expect(spooled(join(home, 'spool'))).toHaveLength(6); // pre and post of each call
  expect(existsSync(join(c.data, 'telemetry.db'))).toBe(false);
  // Said once, in whichever place could take it: the data directory, else the fallback.
  const markers = [c.data, home].filter((h) => existsSync(join(h, 'once', 'data-dir-unusable')));
  expect(markers).toHaveLength(1);
  const logs = [c.data, home].map((h) => join(h, 'errors.log')).filter((p) => existsSync(p));
  const lines = logs.flatMap((p) =>
    readFileSync(p, 'utf8')
      .split('\n')
      .filter((l) => l.includes('data-dir') || l.includes('fallback') || l.includes('kept in')),
  );
  expect(lines).toHaveLength(1);

  const before = await doctor(c);
  expect(before.exitCode).toBe(1);
  const dataDir = before.sections.find((s) => s.title === 'Data directory');
  expect(dataDir?.problems.map((p) => p.text).join('\n')).toMatch(expected);
  expect(dataDir?.problems[0].fix).toBeTruthy();
  const fallback = before.sections.find((s) => s.title === 'Fallback spool');
  expect(fallback?.problems.map((p) => p.text).join('\n')).toMatch(/6 events kept here/);
  expect(fallback?.facts.join('\n')).toMatch(/recorded once/);

  const status = await run([CLI, 'status'], c.box.env, '', c.uid);
  expect(status.exitCode).toBe(0);
  expect(status.stderr).toMatch(expected);
  expect(status.stderr).toMatch(/6 events kept in the fallback spool/);

  // A copy of one kept event, to deliver it a second time after the replay.
  const [first] = spooled(join(home, 'spool'));
  const copy = readFileSync(join(home, 'spool', first));

  fix();
  if (replayBy === 'hook')
    await bashCall(c); // replays the fallback spool first
  else expect((await run([CLI, 'status'], c.box.env, '', c.uid)).stderr).toBe('');
  expect(spooled(join(home, 'spool'))).toEqual([]);
  const ids = appliedIds(c);
  for (const id of calls) {
    expect(ids.filter((e) => e === `pre:test-session:${id}`)).toHaveLength(1);
    expect(ids.filter((e) => e === `post:test-session:${id}`)).toHaveLength(1);
  }
  expect(new Set(ids).size).toBe(ids.length);
  writeFileSync(join(home, 'spool', first), copy);
  await bashCall(c);
  expect(spooled(join(home, 'spool'))).toEqual([]);
  const again = appliedIds(c);
  expect(new Set(again).size).toBe(again.length);
  expect(again).toHaveLength(ids.length + 2); // only the new call's two events

  const after = await doctor(c);
  expect(after.sections.find((s) => s.title === 'Data directory')?.problems).toEqual([]);
  expect(after.sections.find((s) => s.title === 'Fallback spool')?.problems).toEqual([]);
  for (const h of [c.data, home]) expect(existsSync(join(h, 'once', 'data-dir-unusable'))).toBe(false);
}

describe('a data directory the hooks cannot use', () => {
  it('a dangling symlink: events kept in the fallback, reported, replayed once when its target exists', async () => {
    const c = setUp();
    const target = join(c.box.home, 'elsewhere');
    symlinkSync(target, c.data);
    await loseNothing(c, /symbolic link to .*elsewhere, which does not exist/, () => mkdirSync(target, { mode: 0o700 }));
  });

  it('a symlink loop: events kept in the fallback, reported, replayed once when the loop is gone', async () => {
    const c = setUp();
    const other = join(c.box.home, 'other');
    symlinkSync(other, c.data);
    symlinkSync(c.data, other);
    await loseNothing(c, /loop of symbolic links/, () => {
      rmSync(c.data);
      mkdirSync(c.data, { mode: 0o700 });
    });
  });

  it('a regular file where the directory should be: events kept in the fallback, replayed once by status when it is moved aside', async () => {
    const c = setUp();
    writeFileSync(c.data, 'not a directory');
    await loseNothing(
      c,
      /is a file, not a directory/,
      () => {
        rmSync(c.data);
        mkdirSync(c.data, { mode: 0o700 });
      },
      'status',
    );
  });

  it.runIf(asRoot && hasSetpriv)(
    'a 0500 directory, for an unprivileged user: events kept in the fallback, replayed once when it is writable',
    async () => {
      const c = setUp(NOBODY);
      mkdirSync(c.data, { mode: 0o500 });
      chownSync(c.data, NOBODY, NOBODY);
      chmodSync(c.data, 0o500);
      await loseNothing(c, /not writable by this user/, () => chmodSync(c.data, 0o700));
    },
  );
  if (!(asRoot && hasSetpriv)) it.skip('a 0500 directory: needs root and setpriv to run the hooks as another user', () => undefined);
});

describe('a full disk', () => {
  it('a full tmpfs: events kept in the fallback, reported as disk full, replayed once after space is freed', async (ctx) => {
    const c = setUp();
    const mountPoint = join(c.box.home, 'small');
    mkdirSync(mountPoint);
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m,mode=0700', 'tmpfs', mountPoint], { encoding: 'utf8' });
    if (mounted.status !== 0) {
      console.warn(`skipped: cannot mount a small tmpfs here (${mounted.stderr.trim() || 'mount failed'})`);
      ctx.skip();
    }
    try {
      c.data = join(mountPoint, 'data');
      c.box.env.BGTELEMETRY_HOME = c.data;
      mkdirSync(c.data, { mode: 0o700 });
      const filler = join(mountPoint, 'filler');
      try {
        writeFileSync(filler, Buffer.alloc(2 * 1024 * 1024));
      } catch (error) {
        expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
      }
      await loseNothing(c, /file system holding .* is full \(ENOSPC\)/, () => rmSync(filler));
    } finally {
      spawnSync('umount', [mountPoint]);
    }
  });
});

describe('Claude Code 2.0.x with an unusable data directory', () => {
  it('PostToolUse delivers the advice PreToolUse held back in the fallback spool', async () => {
    const c = setUp();
    writeFileSync(c.data, 'not a directory');
    const pre = preBash(c.box.project, { command: 'npm test', description: 'Run tests' });
    delete (pre as Record<string, unknown>).prompt_id; // 2.0.x sends no prompt_id: advice waits for PostToolUse
    expect(expectContract(await run([join(HOOKS_DIR, 'pre-tool-use.cjs')], c.box.env, JSON.stringify(pre)))).toBeNull();
    const post = {
      ...pre,
      hook_event_name: 'PostToolUse',
      tool_response: { stdout: 'ok', stderr: '', interrupted: false, isImage: false },
    };
    const out = expectContract(await run([join(HOOKS_DIR, 'post-tool-use.cjs')], c.box.env, JSON.stringify(post)));
    expect(contextOf(out)).toMatch(/`npm test` is slow/);
  });
});
