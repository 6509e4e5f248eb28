/**
 * Backfill on transcripts this test writes: secrets, exactly once (twice run, resumed copies,
 * calls the hooks recorded), a partial last line, an over-long line, unknown line types,
 * measured history from backfilled durations, the CLI, and bounded memory on a large file.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { backfillFile, backfillFiles, transcriptFiles } from '../../src/admin/backfill/backfill.js';
import { analyze } from '../../src/analysis/classify.js';
import { handlePostToolUse } from '../../src/policy/post-tool-use.js';
import { handlePreToolUse } from '../../src/policy/pre-tool-use.js';
import { databasePath } from '../../src/runtime/paths.js';
import { historyFor } from '../../src/store/queries.js';
import { openDatabase, type DB } from '../../src/store/open.js';
import { POSITIONAL_SECRET_CASES } from '../fixtures/secrets-by-position.js';
import { SECRET_CASES } from '../fixtures/secrets.js';
import { runCli } from '../support/cli-run.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const made: string[] = [];
afterAll(() => {
  for (const d of made) fs.rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bgt-backfill-'));
  made.push(dir);
  return dir;
}

interface Call {
  id: string;
  command: string;
  background?: boolean;
  /** Seconds from the call to its result; undefined: no result. */
  seconds?: number;
  error?: string;
  taskId?: string;
}

/** A Claude Code 2.1-style transcript: each call, then its result `seconds` later. */
function transcript(session: string, cwd: string, calls: Call[], start = Date.parse('2026-10-01T10:00:00Z')): string[] {
  const common = (at: number) => ({ sessionId: session, cwd, version: '2.1.143', timestamp: new Date(at).toISOString() });
  const lines: string[] = [];
  let at = start;
  for (const c of calls) {
    const input = { command: c.command, description: 'x', ...(c.background ? { run_in_background: true } : {}) };
    lines.push(
      JSON.stringify({
        type: 'assistant',
        ...common(at),
        message: { role: 'assistant', content: [{ type: 'tool_use', id: c.id, name: 'Bash', input }] },
      }),
    );
    if (c.seconds === undefined) continue;
    at += c.seconds * 1000;
    const text = c.error ?? (c.taskId ? `Command running in background with ID: ${c.taskId}` : 'done');
    lines.push(
      JSON.stringify({
        type: 'user',
        ...common(at),
        message: { role: 'user', content: [{ type: 'tool_result', tool_use_id: c.id, content: text, is_error: c.error !== undefined }] },
        toolUseResult: c.error ? `Error: ${c.error}` : { stdout: '', stderr: '', interrupted: false, backgroundTaskId: c.taskId },
      }),
    );
    at += 1000;
  }
  return lines;
}

function write(file: string, lines: string[], trailer = '\n'): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, lines.join('\n') + trailer);
  return file;
}

function db(dir: string): DB {
  return openDatabase(path.join(dir, 'telemetry.db'), { busyTimeoutMs: 1000 });
}

/** Where the hooks keep their files in a test: all under `dir`. */
function sandboxEnv(dir: string) {
  const project = path.join(dir, 'project');
  fs.mkdirSync(project, { recursive: true });
  return { HOME: dir, BGTELEMETRY_HOME: path.join(dir, 'data'), CLAUDE_CONFIG_DIR: path.join(dir, 'claude'), CLAUDE_PROJECT_DIR: project };
}

/** A PreToolUse payload of Claude Code 2.1 for a Bash call in the sandbox's project. */
function preBash(env: ReturnType<typeof sandboxEnv>, toolUseId: string, command: string, session = 's-hooks') {
  return {
    session_id: session,
    transcript_path: path.join(env.CLAUDE_PROJECT_DIR, 'none.jsonl'),
    cwd: env.CLAUDE_PROJECT_DIR,
    prompt_id: 'p1',
    permission_mode: 'default',
    hook_event_name: 'PreToolUse',
    tool_name: 'Bash',
    tool_input: { command, description: 'x' },
    tool_use_id: toolUseId,
  };
}

const rows = (d: DB, sql: string, ...args: unknown[]) => d.prepare(sql).all(...args) as Record<string, unknown>[];
const everything = (d: DB) =>
  ['bash_calls', 'tasks', 'task_checks', 'prompts', 'sessions', 'applied_events'].map((t) => rows(d, `SELECT * FROM ${t} ORDER BY 1`));

describe('backfill of written transcripts', () => {
  it('records calls with durations, outcomes and background tasks, marked backfilled, and no hook runs', async () => {
    const dir = tempDir();
    const file = write(path.join(dir, 's1.jsonl'), [
      ...transcript('s1', dir, [
        { id: 'toolu_1', command: 'npm test', seconds: 40 },
        { id: 'toolu_2', command: 'npm run build', seconds: 3, error: 'Exit code 2\nboom' },
        { id: 'toolu_3', command: 'npm run dev', background: true, seconds: 0, taskId: 'b1234567' },
        { id: 'toolu_4', command: 'sleep 999', seconds: 120, taskId: 'b7654321' },
        { id: 'toolu_5', command: 'ls' },
      ]),
      JSON.stringify({ type: 'some-future-type', sessionId: 's1' }),
      // Look-alikes of Bash are not Bash calls; a user prompt and a task's completion notice are turns.
      ...[
        { type: 'tool_use', id: 'toolu_ps', name: 'PowerShell', input: { command: 'Get-ChildItem' } },
        { type: 'tool_use', id: 'toolu_acp', name: 'mcp__acp__Bash', input: { command: 'npm test' } },
      ].map((block) =>
        JSON.stringify({ type: 'assistant', sessionId: 's1', cwd: dir, timestamp: '2026-10-01T11:00:00Z', message: { content: [block] } }),
      ),
      JSON.stringify({
        type: 'user',
        sessionId: 's1',
        cwd: dir,
        timestamp: '2026-10-01T11:01:00Z',
        message: { role: 'user', content: 'run the tests please' },
      }),
      JSON.stringify({
        type: 'user',
        sessionId: 's1',
        cwd: dir,
        timestamp: '2026-10-01T11:02:00Z',
        message: {
          role: 'user',
          content:
            '<task-notification>\n<task-id>b1234567</task-id>\n<status>failed</status>\n<summary>Background command "npm run dev" failed with exit code 3</summary>\n</task-notification>',
        },
      }),
    ]);
    const d = db(dir);
    const summary = await backfillFile(d, file, {});
    const calls = rows(
      d,
      'SELECT tool_use_id, outcome, exit_code, duration_ms, background, background_reason, task_id, backfilled FROM bash_calls',
    );
    expect(calls).toEqual([
      {
        tool_use_id: 'toolu_1',
        outcome: 'ok',
        exit_code: 0,
        duration_ms: 40_000,
        background: 0,
        background_reason: null,
        task_id: null,
        backfilled: 1,
      },
      {
        tool_use_id: 'toolu_2',
        outcome: 'failed',
        exit_code: 2,
        duration_ms: 3000,
        background: 0,
        background_reason: null,
        task_id: null,
        backfilled: 1,
      },
      {
        tool_use_id: 'toolu_3',
        outcome: 'ok',
        exit_code: 0,
        duration_ms: 0,
        background: 1,
        background_reason: 'requested',
        task_id: 'b1234567',
        backfilled: 1,
      },
      {
        tool_use_id: 'toolu_4',
        outcome: 'ok',
        exit_code: 0,
        duration_ms: 120_000,
        background: 1,
        background_reason: 'timeout',
        task_id: 'b7654321',
        backfilled: 1,
      },
      {
        tool_use_id: 'toolu_5',
        outcome: null,
        exit_code: null,
        duration_ms: null,
        background: null,
        background_reason: null,
        task_id: null,
        backfilled: 1,
      },
    ]);
    expect(rows(d, 'SELECT id, status, exit_code FROM tasks ORDER BY id')).toEqual([
      { id: 'b1234567', status: 'failed', exit_code: 3 },
      { id: 'b7654321', status: 'running', exit_code: null },
    ]);
    expect(rows(d, 'SELECT kind, intents FROM prompts ORDER BY at')).toEqual([
      { kind: 'user', intents: 'tests' },
      { kind: 'task-notification', intents: '' },
    ]);
    expect(rows(d, 'SELECT COUNT(*) AS n FROM hook_runs')).toEqual([{ n: 0 }]);
    expect(summary.unknown).toEqual({ 'some-future-type': 1 });
    expect(summary.calls).toMatchObject({ added: 5, requested: 1, moved: 1, errors: 1, noResult: 1 });
    d.close();
  });

  it('measured history learns from backfilled durations: a command that took 40 s is known slow on day one', async () => {
    const dir = tempDir();
    const env = sandboxEnv(dir);
    const command = './scripts/nightly-check.sh';
    const file = write(path.join(dir, 's.jsonl'), transcript('s-hist', env.CLAUDE_PROJECT_DIR, [{ id: 'toolu_h1', command, seconds: 40 }]));
    const d = openDatabase(databasePath(env), { busyTimeoutMs: 1000 });
    await backfillFile(d, file, env);
    const signature = analyze(command).signature;
    expect(historyFor(d, env.CLAUDE_PROJECT_DIR, [signature]).get(signature)).toMatchObject({ seconds: 40, samples: 1 });
    d.close();
    // Unknown to the catalogue, so only the measured 40 s can make the hook call it slow.
    expect(analyze(command).verdict).toBe('foreground');
    const advice = await handlePreToolUse(preBash(env, 'toolu_day_one', command), env);
    expect(JSON.stringify(advice)).toMatch(/background/i);
  });

  it('leaves no seeded secret in the database, in any file it writes', async () => {
    const dir = tempDir();
    const cases = [
      ...SECRET_CASES.map((c) => ({ cmd: c.cmd, secrets: c.secrets })),
      ...POSITIONAL_SECRET_CASES.map(([cmd, ...secrets]) => ({ cmd, secrets })),
    ];
    const file = write(
      path.join(dir, 'secrets.jsonl'),
      transcript(
        's-secret',
        dir,
        cases.map((c, k) => ({ id: `toolu_s${k}`, command: c.cmd, seconds: 1, taskId: `b${k}` })),
      ),
    );
    const d = db(dir);
    const summary = await backfillFile(d, file, {});
    expect(summary.calls.added).toBe(cases.length);
    d.pragma('wal_checkpoint(TRUNCATE)');
    d.close();
    const written = fs
      .readdirSync(dir)
      .filter((f) => f.startsWith('telemetry.db'))
      .map((f) => fs.readFileSync(path.join(dir, f)).toString('latin1'))
      .join('');
    const leaked = cases.flatMap((c) => c.secrets.filter((s) => written.includes(s)));
    expect(leaked).toEqual([]);
  });

  it('records a call refused before it ran (a hook, permissions, the user) as the hooks do: no outcome, neither foreground nor background', async () => {
    const dir = tempDir();
    const refusals = [
      'bgtelemetry: (enforce mode) `npm test` must not block the session: rerun it with run_in_background: true.',
      'Permission to use Bash has been denied. IMPORTANT: You *may* attempt to accomplish this action using other tools.',
      "The user doesn't want to proceed with this tool use. The tool use was rejected.",
    ];
    const file = write(
      path.join(dir, 's.jsonl'),
      transcript('s-refused', dir, [
        ...refusals.map((error, k) => ({ id: `toolu_r${k}`, command: 'npm test', seconds: 0, error })),
        { id: 'toolu_f', command: 'npm test', seconds: 4, error: 'Exit code 1\nFAIL src/a.test.ts' },
      ]),
    );
    const d = db(dir);
    const summary = await backfillFile(d, file, {});
    expect(summary.calls).toMatchObject({ added: 4, refused: 3 });
    expect(rows(d, 'SELECT tool_use_id, background, outcome FROM bash_calls ORDER BY tool_use_id')).toEqual([
      { tool_use_id: 'toolu_f', background: 0, outcome: 'failed' },
      { tool_use_id: 'toolu_r0', background: null, outcome: null },
      { tool_use_id: 'toolu_r1', background: null, outcome: null },
      { tool_use_id: 'toolu_r2', background: null, outcome: null },
    ]);
    d.close();
  });

  it('reads what a PreToolUse hook rewrote (auto mode) and 2.1\'s "Command timed out" after an exit code', async () => {
    const dir = tempDir();
    const lines = transcript('s-rewritten', dir, [
      // 2.0.x: the result is a task at once, no flag: a hook sent it to the background.
      { id: 'toolu_a', command: 'npm test', seconds: 0, taskId: 'b000000a' },
      // Moved by its 2-minute timeout: not requested.
      { id: 'toolu_m', command: 'npm run build', seconds: 121, taskId: 'b000000m' },
      { id: 'toolu_k', command: 'sleep 8', seconds: 1, error: 'Exit code 143\nCommand timed out after 1s' },
      { id: 'toolu_u', command: 'npm ci', seconds: 0, taskId: 'b000000u' },
    ]);
    // 2.1.x: the hook's output, with the input the tool ran with, between the call and its result.
    const attachment = {
      type: 'attachment',
      sessionId: 's-rewritten',
      attachment: {
        type: 'hook_success',
        hookEvent: 'PreToolUse',
        toolUseID: 'toolu_u',
        stdout: JSON.stringify({
          hookSpecificOutput: { hookEventName: 'PreToolUse', updatedInput: { command: 'npm ci', run_in_background: true } },
        }),
      },
    };
    lines.splice(lines.length - 1, 0, JSON.stringify(attachment));
    const d = db(dir);
    await backfillFile(d, write(path.join(dir, 's.jsonl'), lines), {});
    expect(rows(d, 'SELECT tool_use_id, requested_background, background_reason, outcome FROM bash_calls ORDER BY tool_use_id')).toEqual([
      { tool_use_id: 'toolu_a', requested_background: 1, background_reason: 'requested', outcome: 'ok' },
      { tool_use_id: 'toolu_k', requested_background: 0, background_reason: null, outcome: 'timed-out' },
      { tool_use_id: 'toolu_m', requested_background: 0, background_reason: 'timeout', outcome: 'ok' },
      { tool_use_id: 'toolu_u', requested_background: 1, background_reason: 'requested', outcome: 'ok' },
    ]);
    d.close();
  });

  it('runs twice without a change, and counts the second run as already recorded', async () => {
    const dir = tempDir();
    const file = write(
      path.join(dir, 's.jsonl'),
      transcript('s-twice', dir, [
        { id: 'toolu_t1', command: 'npm ci', seconds: 20 },
        { id: 'toolu_t2', command: 'npm run dev', background: true, seconds: 0, taskId: 'b0000001' },
      ]),
    );
    const d = db(dir);
    await backfillFile(d, file, {});
    const before = everything(d);
    const again = await backfillFile(d, file, {});
    expect(everything(d)).toEqual(before);
    expect(again.calls).toMatchObject({ added: 0, skipped: 2 });
    d.close();
  });

  it('records a resumed session’s copies of earlier calls once, under the session seen first', async () => {
    const dir = tempDir();
    const calls: Call[] = [
      { id: 'toolu_r1', command: 'npm test', seconds: 5 },
      { id: 'toolu_r2', command: 'npm run lint', seconds: 2 },
    ];
    const first = write(path.join(dir, 'a.jsonl'), transcript('s-orig', dir, calls));
    // The resumed copy repeats both calls (1.0.x: at the resume time) and adds one.
    const second = write(
      path.join(dir, 'b.jsonl'),
      transcript(
        's-resumed',
        dir,
        [...calls.map((c) => ({ ...c, seconds: 0 })), { id: 'toolu_r3', command: 'git status', seconds: 1 }],
        Date.parse('2026-10-02T00:00:00Z'),
      ),
    );
    const d = db(dir);
    const summary = await backfillFiles(d, [first, second], { env: {} });
    expect(rows(d, 'SELECT tool_use_id, session_id, duration_ms FROM bash_calls ORDER BY tool_use_id')).toEqual([
      { tool_use_id: 'toolu_r1', session_id: 's-orig', duration_ms: 5000 },
      { tool_use_id: 'toolu_r2', session_id: 's-orig', duration_ms: 2000 },
      { tool_use_id: 'toolu_r3', session_id: 's-resumed', duration_ms: 1000 },
    ]);
    expect(summary.calls).toMatchObject({ added: 3, skipped: 2 });
    // A later run given only the resumed file still adds nothing: the store has the calls.
    expect((await backfillFile(d, second, {})).calls).toMatchObject({ added: 0, skipped: 3 });
    d.close();
  });

  it('skips a call the hooks recorded, and keeps it live', async () => {
    const dir = tempDir();
    const env = sandboxEnv(dir);
    const project = env.CLAUDE_PROJECT_DIR;
    const pre = preBash(env, 'toolu_live', 'npm test', 's-live');
    await handlePreToolUse(pre, env);
    await handlePostToolUse(
      { ...pre, hook_event_name: 'PostToolUse', tool_response: { stdout: '', stderr: '', interrupted: false }, duration_ms: 1234 },
      env,
    );
    const file = write(
      path.join(dir, 'live.jsonl'),
      transcript('s-live', project, [
        { id: 'toolu_live', command: 'npm test', seconds: 9 },
        { id: 'toolu_before', command: 'npm ci', seconds: 30 },
      ]),
    );
    const d = openDatabase(databasePath(env), { busyTimeoutMs: 1000 });
    const summary = await backfillFile(d, file, env);
    expect(summary.calls).toMatchObject({ added: 1, skipped: 1 });
    expect(rows(d, 'SELECT tool_use_id, duration_ms, backfilled FROM bash_calls ORDER BY tool_use_id')).toEqual([
      { tool_use_id: 'toolu_before', duration_ms: 30_000, backfilled: 1 },
      { tool_use_id: 'toolu_live', duration_ms: 1234, backfilled: 0 },
    ]);
    d.close();
    // The report tells the two apart.
    const report = await runCli(['report', '--by', 'phase', '--since', '2026-01-01', '--json'], {
      cwd: dir,
      env: { ...env, PATH: process.env.PATH },
    });
    const byPhase = (JSON.parse(report.stdout).rows as { key: string; bashCalls: number }[]).map((r) => [r.key, r.bashCalls]);
    expect(byPhase.sort()).toEqual([
      ['before bgtelemetry', 1],
      ['with bgtelemetry', 1],
    ]);
  });

  it('reads a partial last line and an over-long line as skipped lines, and the rest', async () => {
    const dir = tempDir();
    const lines = transcript('s-part', dir, [
      { id: 'toolu_p1', command: 'npm test', seconds: 4 },
      { id: 'toolu_p2', command: 'npm run e2e', seconds: 8 },
    ]);
    const huge = JSON.stringify({
      type: 'user',
      sessionId: 's-part',
      timestamp: '2026-10-01T10:00:01Z',
      message: { role: 'user', content: 'x'.repeat(17 << 20) },
    });
    // The last call is still running: its line is cut mid-write, with no newline.
    const file = write(path.join(dir, 'p.jsonl'), [lines[0], huge, lines[1], lines[2]], `\n${lines[3].slice(0, 40)}`);
    const d = db(dir);
    const summary = await backfillFile(d, file, {});
    expect(summary).toMatchObject({ lines: 4, malformed: 1, oversized: 1 });
    expect(rows(d, 'SELECT tool_use_id, outcome FROM bash_calls ORDER BY tool_use_id')).toEqual([
      { tool_use_id: 'toolu_p1', outcome: 'ok' },
      { tool_use_id: 'toolu_p2', outcome: null },
    ]);
    d.close();
  });

  it('completes a call read before its result on a later run, and only then', async () => {
    const dir = tempDir();
    const lines = transcript('s-live-file', dir, [
      { id: 'toolu_w1', command: 'npm test', seconds: 2 },
      { id: 'toolu_w2', command: 'npm run e2e', seconds: 30 },
    ]);
    const file = path.join(dir, 'w.jsonl');
    const d = db(dir);
    write(file, lines.slice(0, 3));
    expect((await backfillFile(d, file, {})).calls).toMatchObject({ added: 2, noResult: 1 });
    // Still no result: nothing new.
    expect((await backfillFile(d, file, {})).calls).toMatchObject({ added: 0, skipped: 2 });
    write(file, lines);
    expect((await backfillFile(d, file, {})).calls).toMatchObject({ added: 1, skipped: 1 });
    expect(rows(d, "SELECT outcome, duration_ms FROM bash_calls WHERE tool_use_id = 'toolu_w2'")).toEqual([
      { outcome: 'ok', duration_ms: 30_000 },
    ]);
    d.close();
  });

  it('finds sessions and 2.1 subagent files under CLAUDE_CONFIG_DIR/projects, and nothing else', () => {
    const dir = tempDir();
    const projects = path.join(dir, 'claude', 'projects');
    const session = write(path.join(projects, '-home-dev-app', 's1.jsonl'), []);
    const agent = write(path.join(projects, '-home-dev-app', 's1', 'subagents', 'agent-a1.jsonl'), []);
    write(path.join(projects, '-home-dev-app', 'notes.txt'), []);
    expect(transcriptFiles([], { CLAUDE_CONFIG_DIR: path.join(dir, 'claude') }).sort()).toEqual([session, agent].sort());
  });
});

describe('bgtelemetry backfill', () => {
  it('backfills the default folder, prints a summary and --json, and a dry run writes nothing', async () => {
    const dir = tempDir();
    const env = { ...sandboxEnv(dir), PATH: process.env.PATH };
    write(
      path.join(dir, 'claude', 'projects', '-x', 's.jsonl'),
      transcript('s-cli', dir, [{ id: 'toolu_c1', command: 'npm test', seconds: 40 }]),
    );
    const dry = await runCli(['backfill', '--dry-run', '--json'], { cwd: dir, env });
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({ dryRun: true, files: 1, calls: { added: 1 } });
    expect(fs.existsSync(path.join(dir, 'data', 'telemetry.db'))).toBe(false);
    const run = await runCli(['backfill'], { cwd: dir, env });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Bash calls {2}added 1,/);
    const again = await runCli(['backfill', '--json'], { cwd: dir, env });
    expect(JSON.parse(again.stdout).calls).toMatchObject({ added: 0, skipped: 1 });
  });

  it('install names the command, and runs it only with --backfill', async () => {
    const dir = tempDir();
    const env = { ...sandboxEnv(dir), PATH: process.env.PATH };
    write(
      path.join(dir, 'claude', 'projects', '-x', 's.jsonl'),
      transcript('s-inst', dir, [{ id: 'toolu_i1', command: 'npm test', seconds: 40 }]),
    );
    const plain = await runCli(['install', '--claude-version', '2.1.197'], { cwd: dir, env });
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('bgtelemetry backfill');
    expect(fs.existsSync(path.join(dir, 'data', 'telemetry.db'))).toBe(false);
    const withBackfill = await runCli(['install', '--claude-version', '2.1.197', '--backfill'], { cwd: dir, env });
    expect(withBackfill.code).toBe(0);
    expect(withBackfill.stdout).toMatch(/Bash calls {2}added 1,/);
  });

  it('refuses a path that does not exist (exit 2) and says where it found no transcripts (exit 1)', async () => {
    const dir = tempDir();
    const env = { ...sandboxEnv(dir), PATH: process.env.PATH };
    const missing = await runCli(['backfill', path.join(dir, 'nope.jsonl')], { cwd: dir, env });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no file or folder');
    const none = await runCli(['backfill'], { cwd: dir, env });
    expect(none.code).toBe(1);
    expect(none.stderr).toContain(`no transcripts (.jsonl) under ${path.join(dir, 'claude', 'projects')}`);
  });

  it('--since and --project leave out older calls and calls made elsewhere', async () => {
    const dir = tempDir();
    const env = { ...sandboxEnv(dir), PATH: process.env.PATH };
    const here = path.join(dir, 'here');
    const file = write(path.join(dir, 't.jsonl'), [
      ...transcript('s-a', here, [{ id: 'toolu_old', command: 'ls', seconds: 1 }], Date.parse('2026-01-01T00:00:00Z')),
      ...transcript('s-a', here, [{ id: 'toolu_new', command: 'ls', seconds: 1 }], Date.parse('2026-10-01T00:00:00Z')),
      ...transcript(
        's-b',
        path.join(dir, 'elsewhere'),
        [{ id: 'toolu_far', command: 'ls', seconds: 1 }],
        Date.parse('2026-10-01T00:00:00Z'),
      ),
    ]);
    const out = await runCli(['backfill', '--json', '--dry-run', '--since', '2026-06-01', '--project', here, file], { cwd: dir, env });
    expect(JSON.parse(out.stdout).calls.added).toBe(1);
  });
});

describe('bounded memory', () => {
  it('backfills a 50 MB transcript (the built CLI, in its own process) with peak RSS far below 200 MB', () => {
    const dir = tempDir();
    const file = path.join(dir, 'big.jsonl');
    const out = fs.openSync(file, 'w');
    const pad = 'y'.repeat(4000);
    let calls = 0;
    for (let size = 0; size < 50e6; calls++) {
      const lines = transcript(
        's-big',
        dir,
        [{ id: `toolu_${calls}`, command: `make t${calls % 50}`, seconds: 1 }],
        Date.parse('2026-10-01T00:00:00Z') + calls * 5000,
      );
      const text = `${lines[0]}\n${lines[1].replace('"done"', JSON.stringify(pad))}\n`;
      fs.writeSync(out, text);
      size += text.length;
    }
    fs.closeSync(out);
    // The child reports its own peak RSS as it exits.
    const script = `process.on('exit', () => process.stderr.write('maxrss ' + process.resourceUsage().maxRSS * 1024));
      process.argv = [process.argv[0], 'bgtelemetry', 'backfill', '--json', '--db', ${JSON.stringify(path.join(dir, 'big.db'))}, ${JSON.stringify(file)}];
      await import(${JSON.stringify(path.join(ROOT, 'dist', 'cli.mjs'))});`;
    const started = Date.now();
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 240_000,
      env: { ...process.env, BGTELEMETRY_HOME: dir },
    });
    const seconds = (Date.now() - started) / 1000;
    expect(child.status).toBe(0);
    expect(JSON.parse(child.stdout).calls.added).toBe(calls);
    const peak = Number(/maxrss (\d+)/.exec(child.stderr)?.[1]);
    console.log(
      `backfill of ${(fs.statSync(file).size / 1e6).toFixed(0)} MB: ${seconds.toFixed(1)} s, peak RSS ${(peak / 1e6).toFixed(0)} MB`,
    );
    // Holding the file as strings would take more than its 50 MB twice over; the reader holds a chunk and a line.
    expect(peak).toBeGreaterThan(0);
    expect(peak).toBeLessThan(200e6);
  }, 300_000);
});
