/**
 * Files that are not regular files where a hook or the CLI reads one: real FIFOs (mkfifo) at the
 * transcript path, the config files, a settings file and the database path. Opening or reading a
 * FIFO with no writer blocks, and a blocked synchronous call never lets the hook's 900 ms timer
 * fire: each run here must end within a ceiling that only such a hang would break.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { codeCachePath } from '../../src/runtime/code-cache.js';
import { spooledFiles } from '../../src/store/spool.js';
import { expectContract, HOOKS_DIR, hook, preBash, ROOT, sandbox, type Sandbox } from './harness.js';

/** A hang is killed after this; a run that ends normally takes tens of milliseconds. */
const KILL_AFTER_MS = 8000;
const CEILING_MS = 3000;

function mkfifo(path: string): string {
  mkdirSync(join(path, '..'), { recursive: true });
  if (spawnSync('mkfifo', [path]).status !== 0) throw new Error(`mkfifo ${path} failed`);
  return path;
}

function recordedCalls(box: Sandbox): string[] {
  const db = new Database(join(box.env.BGTELEMETRY_HOME as string, 'telemetry.db'), { readonly: true });
  try {
    return (db.prepare('SELECT tool_use_id FROM bash_calls').all() as { tool_use_id: string }[]).map((r) => r.tool_use_id);
  } finally {
    db.close();
  }
}

/** Runs PreToolUse on a slow command, and checks it ended in time and recorded the call. */
async function preToolUseRecords(box: Sandbox, extra: Record<string, unknown> = {}) {
  const payload = preBash(box.project, { command: 'npm test' }, extra);
  const run = await runWithin('pre-tool-use', payload, box);
  expect(recordedCalls(box)).toEqual([payload.tool_use_id]);
  return run;
}

async function runWithin(script: 'pre-tool-use', payload: unknown, box: Sandbox) {
  const started = Date.now();
  const run = await hook(script, payload, box.env, KILL_AFTER_MS);
  expect(Date.now() - started).toBeLessThan(CEILING_MS);
  expectContract(run);
  return run;
}

describe('a FIFO where a hook reads a file', () => {
  it('at the transcript path', async () => {
    const box = sandbox();
    await preToolUseRecords(box, { transcript_path: mkfifo(join(box.home, 'transcript.jsonl')) });
  });

  it('at the project config', async () => {
    const box = sandbox();
    mkfifo(join(box.project, '.claude', 'bgtelemetry.json'));
    await preToolUseRecords(box);
    expect(box.errors()).toContain('bgtelemetry.json: ignored: ');
    expect(box.errors()).toContain('is not a regular file');
  });

  it('at the user config', async () => {
    const box = sandbox();
    mkfifo(join(box.env.BGTELEMETRY_HOME as string, 'config.json'));
    await preToolUseRecords(box);
  });

  it('at a settings file whose permission rules auto mode reads', async () => {
    const box = sandbox({ BGTELEMETRY_MODE: 'auto' });
    mkfifo(join(box.project, '.claude', 'settings.json'));
    await preToolUseRecords(box, { permission_mode: 'default' });
  });
});

describe('a FIFO where a hook reads or writes its own files', () => {
  it('at the error log, when there is an error to record', async () => {
    const box = sandbox();
    mkfifo(join(box.env.BGTELEMETRY_HOME as string, 'errors.log'));
    await runWithin('pre-tool-use', 'not json', box);
  });

  it('in the spool, which the hook replays', async () => {
    const box = sandbox();
    const spoolDir = join(box.env.BGTELEMETRY_HOME as string, 'spool');
    mkfifo(join(spoolDir, '00000000000001-bash-pre-toolu_x-pre_x-1.json'));
    await preToolUseRecords(box);
    expect(readdirSync(join(spoolDir, 'bad'))).toEqual(['00000000000001-bash-pre-toolu_x-pre_x-1.json']);
  });

  it('at the code cache of the hook', async () => {
    const box = sandbox();
    const cacheDir = join(box.home, 'code-cache');
    box.env.BGTELEMETRY_CODE_CACHE = cacheDir;
    const bundles = JSON.parse(readFileSync(join(HOOKS_DIR, 'bundles.json'), 'utf8')) as Record<string, { bundle: string; hash: string }>;
    const { bundle, hash } = bundles['pre-tool-use.cjs'];
    mkfifo(codeCachePath(cacheDir, bundle, hash));
    await preToolUseRecords(box);
  });
});

describe('a FIFO at the database path', () => {
  const CLI = join(ROOT, 'dist', 'cli.mjs');

  function cli(box: Sandbox, ...args: string[]) {
    const started = Date.now();
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd: box.project, env: box.env, encoding: 'utf8', timeout: KILL_AFTER_MS });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - started };
  }

  it('status exits 1 with a message', () => {
    const box = sandbox();
    box.env.BGTELEMETRY_DB = mkfifo(join(box.home, 'fifo.db'));
    const r = cli(box, 'status');
    expect(r.ms).toBeLessThan(CEILING_MS);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('not a regular file');
  });

  it('doctor reports it as a problem', () => {
    const box = sandbox();
    box.env.BGTELEMETRY_DB = mkfifo(join(box.home, 'fifo.db'));
    const r = cli(box, 'doctor');
    expect(r.ms).toBeLessThan(CEILING_MS * 3); // doctor also runs the hooks once
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain('not a regular file');
  });

  it('doctor reports a FIFO settings file as a problem', () => {
    const box = sandbox();
    mkfifo(join(box.project, '.claude', 'settings.json'));
    const r = cli(box, 'doctor');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('is not a regular file');
  });

  it('a hook spools the event instead of hanging', async () => {
    const box = sandbox();
    box.env.BGTELEMETRY_DB = mkfifo(join(box.home, 'fifo.db'));
    await runWithin('pre-tool-use', preBash(box.project, { command: 'npm test' }), box);
    expect(spooledFiles(join(box.env.BGTELEMETRY_HOME as string, 'spool'))).toHaveLength(1);
  });
});

describe('payloads that cost too much or were refused', () => {
  it('a payload that starts with a UTF-8 byte order mark is recorded', async () => {
    const box = sandbox();
    const payload = preBash(box.project, { command: 'npm test' });
    expectContract(await hook('pre-tool-use', `\uFEFF${JSON.stringify(payload)}`, box.env, KILL_AFTER_MS));
    expect(recordedCalls(box)).toEqual([payload.tool_use_id]);
    expect(box.errors()).toBe('');
  });

  it('nesting a million levels deep is refused before it is parsed', async () => {
    const box = sandbox();
    const deep = '['.repeat(1_000_000) + ']'.repeat(1_000_000);
    const text = JSON.stringify(preBash(box.project, { command: 'ls', extra: 'DEEP' })).replace('"DEEP"', deep);
    await runWithin('pre-tool-use', text, box);
    expect(box.errors()).toContain('nests deeper than 1000 levels');
  });
});
