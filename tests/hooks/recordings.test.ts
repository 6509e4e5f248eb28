/**
 * Every recording the repo ships (two sessions captured from real Claude Code binaries, and the
 * demo session) replayed through the compiled hooks: exit codes, what the model is told, and
 * the exact rows the store ends with.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { RECORDINGS } from '../../src/demo/recordings.js';
import { parseRecording, replay } from '../../src/demo/replay.js';
import { contextOf, expectContract, HOOKS_DIR, sandbox } from './harness.js';

async function replayRecording(name: string, extraEnv: NodeJS.ProcessEnv = {}) {
  const box = sandbox(extraEnv);
  // The task cap otherwise depends on this machine's cores and memory.
  mkdirSync(join(box.home, 'data'), { recursive: true });
  writeFileSync(join(box.home, 'data', 'config.json'), JSON.stringify({ nudges: { maxActiveTasks: 2 } }));
  const transcript = join(box.home, 'transcript.jsonl');
  const runs = await replay(parseRecording(RECORDINGS[name].text), {
    hooksDir: HOOKS_DIR,
    env: box.env,
    transcriptPath: transcript,
    rewrite: (p) => ({ ...p, cwd: box.project, transcript_path: transcript }),
  });
  const db = new Database(join(box.home, 'data', 'telemetry.db'), { readonly: true });
  return { box, runs, db };
}

/** `[event:tool_use_id, what the model is told]` for every run that said something. */
function told(runs: Awaited<ReturnType<typeof replayRecording>>['runs']): [string, string][] {
  return runs
    .map((r) => [r.payload.tool_use_id ? `${r.event}:${String(r.payload.tool_use_id)}` : r.event, expectContract(r)] as const)
    .filter(([, out]) => out !== null)
    .map(([id, out]) => [id, contextOf(out) ?? JSON.stringify(out)]);
}

const CALL_COLUMNS = 'tool_use_id, signature, verdict, background, background_reason, outcome, exit_code, task_id, duration_source';
const TASK_COLUMNS = 'id, status, exit_code, state, checks, stopped_by';

describe('captured Claude Code 2.1.197 session', () => {
  it('records every call, task and turn exactly, and nudges only where the session calls for it', async () => {
    const { box, runs, db } = await replayRecording('claude-code-2.1.197');
    for (const r of runs) expectContract(r);
    expect(told(runs)).toEqual([
      ['UserPromptSubmit', expect.stringContaining('start the test suite with run_in_background: true')],
      // TaskOutput with block right after starting: the background bought nothing.
      ['PostToolUse:toolu_2_0', expect.stringMatching(/task byanwpntr .* was checked \d s after it started/)],
      ['PostToolUse:toolu_4_0', expect.stringMatching(/task b6axj0194 .* was checked \d s after it started/)],
    ]);
    expect(db.prepare(`SELECT ${CALL_COLUMNS} FROM bash_calls ORDER BY started_at`).all()).toEqual([
      {
        tool_use_id: 'toolu_0_1',
        signature: 'sleep',
        verdict: 'foreground',
        background: 1,
        background_reason: 'requested',
        outcome: 'ok',
        exit_code: 0,
        task_id: 'byanwpntr',
        duration_source: 'claude',
      },
      {
        tool_use_id: 'toolu_1_0',
        signature: 'echo',
        verdict: 'foreground',
        background: 0,
        background_reason: null,
        outcome: 'ok',
        exit_code: 0,
        task_id: null,
        duration_source: 'claude',
      },
      {
        tool_use_id: 'toolu_1_1',
        signature: 'git',
        verdict: 'foreground',
        background: 0,
        background_reason: null,
        outcome: 'ok',
        exit_code: 0,
        task_id: null,
        duration_source: 'claude',
      },
      {
        tool_use_id: 'toolu_3_0',
        signature: 'sleep',
        verdict: 'suggest-background',
        background: 1,
        background_reason: 'requested',
        outcome: 'ok',
        exit_code: 0,
        task_id: 'b6axj0194',
        duration_source: 'claude',
      },
      {
        tool_use_id: 'toolu_6_0',
        signature: 'sleep',
        verdict: 'foreground',
        background: 0,
        background_reason: null,
        outcome: 'timed-out',
        exit_code: 143,
        task_id: null,
        duration_source: 'claude',
      },
      {
        tool_use_id: 'toolu_7_0',
        signature: 'exit',
        verdict: 'foreground',
        background: 0,
        background_reason: null,
        outcome: 'failed',
        exit_code: 3,
        task_id: null,
        duration_source: 'claude',
      },
      {
        tool_use_id: 'toolu_8_0',
        signature: 'sleep',
        verdict: 'foreground',
        background: 1,
        background_reason: 'requested',
        outcome: 'ok',
        exit_code: 0,
        task_id: 'bgvk41fm8',
        duration_source: 'claude',
      },
    ]);
    expect(db.prepare('SELECT duration_ms FROM bash_calls WHERE tool_use_id = ?').get('toolu_6_0')).toEqual({ duration_ms: 1508 });
    expect(db.prepare(`SELECT ${TASK_COLUMNS} FROM task_states ORDER BY started_at`).all()).toEqual([
      { id: 'byanwpntr', status: 'completed', exit_code: 0, state: 'checked', checks: 1, stopped_by: null },
      { id: 'b6axj0194', status: 'killed', exit_code: null, state: 'stopped', checks: 1, stopped_by: 'TaskStop' },
      // Finished (the notification came) but its output was never read.
      { id: 'bgvk41fm8', status: 'completed', exit_code: 0, state: 'unchecked-finished', checks: 0, stopped_by: null },
    ]);
    expect(db.prepare('SELECT tool FROM task_checks ORDER BY at').all()).toEqual([{ tool: 'TaskOutput' }, { tool: 'Read' }]);
    expect(db.prepare('SELECT kind, intents FROM prompts ORDER BY at').all()).toEqual([
      { kind: 'user', intents: 'tests' },
      { kind: 'task-notification', intents: '' },
    ]);
    expect(db.prepare('SELECT generation, end_reason, source FROM sessions').all()).toEqual([
      { generation: '2.1', end_reason: 'other', source: 'startup' },
    ]);
    // One hook run recorded per event: 1 start, 2 prompts, 7 Pre, 7 Bash Post/Failure,
    // 3 task tools (TaskOutput, Read, TaskStop), 2 Stop, 1 end.
    expect(db.prepare('SELECT COUNT(*) AS n FROM hook_runs').get()).toEqual({ n: 23 });
    expect(box.errors()).toBe('');
    db.close();
  });
});

describe('captured Claude Code 2.0.77 session', () => {
  it('records the timeout auto-backgrounding and the tasks left running at the end', async () => {
    const { box, runs, db } = await replayRecording('claude-code-2.0.77');
    for (const r of runs) expectContract(r);
    expect(told(runs).map(([id]) => id)).toEqual(['UserPromptSubmit', 'PostToolUse:toolu_2_0', 'PostToolUse:toolu_4_0']);
    expect(
      db.prepare(`SELECT ${CALL_COLUMNS} FROM bash_calls WHERE tool_use_id IN ('toolu_6_0', 'toolu_7_0') ORDER BY started_at`).all(),
    ).toEqual([
      // Past its 1.5 s timeout, 2.0.x moved it to the background itself.
      {
        tool_use_id: 'toolu_6_0',
        signature: 'sleep',
        verdict: 'foreground',
        background: 1,
        background_reason: 'timeout',
        outcome: 'ok',
        exit_code: 0,
        task_id: 'b338fff',
        duration_source: 'hooks',
      },
      {
        tool_use_id: 'toolu_7_0',
        signature: 'exit',
        verdict: 'foreground',
        background: 0,
        background_reason: null,
        outcome: 'failed',
        exit_code: 3,
        task_id: null,
        duration_source: 'hooks',
      },
    ]);
    expect(db.prepare(`SELECT ${TASK_COLUMNS} FROM task_states ORDER BY started_at`).all()).toEqual([
      { id: 'bf68823', status: 'completed', exit_code: 0, state: 'checked', checks: 1, stopped_by: null },
      { id: 'b62cc04', status: 'killed', exit_code: null, state: 'stopped', checks: 1, stopped_by: 'KillShell' },
      // 2.0.x reports neither completion nor running tasks: never checked, session over.
      { id: 'b338fff', status: 'running', exit_code: null, state: 'orphaned', checks: 0, stopped_by: null },
      { id: 'bd2be0f', status: 'running', exit_code: null, state: 'orphaned', checks: 0, stopped_by: null },
    ]);
    expect(db.prepare('SELECT generation FROM sessions').get()).toEqual({ generation: '2.0' });
    expect(box.errors()).toBe('');
    db.close();
  });
});

describe('demo session', () => {
  it('tells the model the right thing at each step (2.1 generation)', async () => {
    const { box, runs, db } = await replayRecording('demo');
    const messages = told(runs);
    const text = Object.fromEntries(messages);
    expect(messages.map(([id]) => id)).toEqual([
      'UserPromptSubmit',
      'PreToolUse:toolu_01',
      'PreToolUse:toolu_02a',
      'PreToolUse:toolu_03',
      'PreToolUse:toolu_04',
      'PreToolUse:toolu_05',
      'PreToolUse:toolu_07',
      'PostToolUse:toolu_07',
      'PostToolUse:toolu_08',
    ]);
    expect(text.UserPromptSubmit).toMatch(/test suite.*installs are network-bound/);
    expect(text['PreToolUse:toolu_01']).toMatch(/`npm ci` is slow.*run_in_background: true/);
    // Two Bash calls in one assistant message, read from the transcript.
    expect(text['PreToolUse:toolu_02a']).toMatch(/this message runs 2 Bash calls.*`npm test`, `tsc`/);
    expect(text['PreToolUse:toolu_03']).toMatch(/`npm run dev` never exits on its own/);
    expect(text['PreToolUse:toolu_04']).toMatch(/`git commit` waits for terminal input.*git commit -m/);
    expect(text['PreToolUse:toolu_05']).toMatch(/`cd` changes the shell itself/);
    expect(text['PreToolUse:toolu_07']).toMatch(/`git status` finishes in about/);
    // The third background task of the session, over the cap of 2 set above.
    expect(text['PostToolUse:toolu_07']).toMatch(/3 background tasks are running at once/);
    expect(text['PostToolUse:toolu_08']).toMatch(/task b7k2m9x1q .* checked/);
    for (const [, t] of messages) expect(t.length).toBeLessThan(400);
    expect(db.prepare("SELECT DISTINCT message_id FROM bash_calls WHERE tool_use_id IN ('toolu_02a', 'toolu_02b')").all()).toEqual([
      { message_id: 'msg_02' },
    ]);
    expect(
      db.prepare('SELECT kind, followed FROM advice_outcomes WHERE kind IN (?, ?) ORDER BY at').all('slow-foreground', 'parallel'),
    ).toEqual([
      { kind: 'slow-foreground', followed: 0 },
      // `npm test` ran in the background later, but in the same prompt only: followed.
      { kind: 'parallel', followed: 1 },
    ]);
    expect(box.errors()).toBe('');
    db.close();
  });

  it('enforce mode blocks the slow foreground calls with a reason for the model', async () => {
    const { runs, db } = await replayRecording('demo', { BGTELEMETRY_MODE: 'enforce' });
    const denied = runs
      .filter((r) => (expectContract(r)?.hookSpecificOutput as { permissionDecision?: string } | undefined)?.permissionDecision === 'deny')
      .map((r) => r.payload.tool_use_id);
    expect(denied).toEqual(['toolu_01', 'toolu_02a', 'toolu_02b', 'toolu_03']);
    expect(db.prepare("SELECT COUNT(*) AS n FROM advice WHERE kind = 'enforce-deny'").get()).toEqual({ n: 4 });
    db.close();
  });
});
