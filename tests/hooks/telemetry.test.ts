/**
 * What the telemetry store records, end to end: payload sequences in Claude Code's exact format
 * (2.1.x and 2.0.x, as captured in src/demo/recordings and /work/shared/claude-code) replayed
 * through the compiled hooks as real processes, then the exact rows read back from SQLite, and
 * what the model was told.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { replay, type HookRun } from '../../src/demo/replay.js';
import { contextOf, expectContract, HOOKS_DIR, ROOT, sandbox, type Sandbox } from './harness.js';

// ---------------------------------------------------------------------------------------------
// Payloads, in the field order and shape Claude Code sends them.

type Version = '2.1' | '2.0';

interface HookStep {
  hook: Record<string, unknown>;
  /** How the test refers to this run: a tool_use_id, or a name for prompts and stops. */
  label: string;
}
interface TranscriptStep {
  transcript: Record<string, unknown>;
  file: string;
}
type Step = HookStep | TranscriptStep;

interface BashPost {
  /** Extra tool_response fields (backgroundTaskId, backgroundedByUser). */
  response?: Record<string, unknown>;
  /** Makes it a PostToolUseFailure with this `error`. */
  error?: string;
  isInterrupt?: boolean;
  /** duration_ms (2.1.119+ only). */
  ms?: number;
}

let uid = 0;

/** One Claude Code session: builds the hook payloads (and transcript lines) it would produce. */
class Session {
  readonly steps: Step[] = [];
  readonly transcript: string;
  promptId: string | undefined;
  private messages = 0;

  constructor(
    readonly box: Sandbox,
    readonly id: string,
    readonly version: Version = '2.1',
  ) {
    this.transcript = join(box.home, `${id}.jsonl`);
  }

  private common(event: string): Record<string, unknown> {
    const c: Record<string, unknown> = { session_id: this.id, transcript_path: this.transcript, cwd: this.box.project };
    const lifecycle = event === 'SessionStart' || event === 'SessionEnd';
    if (this.version === '2.1' && !lifecycle) c.prompt_id = this.promptId;
    if (!lifecycle) c.permission_mode = 'default';
    if (this.version === '2.1' && !lifecycle && event !== 'UserPromptSubmit') c.effort = { level: 'high' };
    c.hook_event_name = event;
    return c;
  }

  private push(label: string, hook: Record<string, unknown>): this {
    this.steps.push({ label, hook });
    return this;
  }

  start(): this {
    return this.push('start', { ...this.common('SessionStart'), source: 'startup' });
  }

  end(reason = 'other'): this {
    return this.push('end', { ...this.common('SessionEnd'), reason });
  }

  /** A user's prompt, or a `<task-notification>` (2.1.x sends both through UserPromptSubmit). */
  prompt(text: string, label = 'prompt'): this {
    if (this.version === '2.1') this.promptId = `${this.id}-p${++uid}`;
    return this.push(label, { ...this.common('UserPromptSubmit'), prompt: text });
  }

  notify(taskId: string, toolUseId: string, exitCode: number, label = 'notification'): this {
    const text =
      `<task-notification>\n<task-id>${taskId}</task-id>\n<tool-use-id>${toolUseId}</tool-use-id>\n` +
      `<output-file>${this.outputFile(taskId)}</output-file>\n<status>completed</status>\n` +
      `<summary>Background command "${taskId}" completed (exit code ${exitCode})</summary>\n</task-notification>`;
    return this.prompt(text, label);
  }

  /** Where Claude Code writes a background task's output. */
  outputFile(taskId: string): string {
    return this.version === '2.1'
      ? `/tmp/claude-0/-tmp-project/${this.id}/tasks/${taskId}.output`
      : `/tmp/claude/-tmp-project/tasks/${taskId}.output`;
  }

  /** An assistant message with these tool calls: one transcript line per content block. */
  message(calls: { id: string; name?: string; input: Record<string, unknown> }[], messageId = `msg_${this.id}_${++this.messages}`): this {
    for (const c of calls) {
      this.steps.push({
        file: this.transcript,
        transcript: {
          parentUuid: null,
          isSidechain: false,
          userType: 'external',
          cwd: this.box.project,
          sessionId: this.id,
          version: this.version === '2.1' ? '2.1.197' : '2.0.77',
          message: {
            id: messageId,
            type: 'message',
            role: 'assistant',
            model: 'claude-sonnet-4-5',
            content: [{ type: 'tool_use', id: c.id, name: c.name ?? 'Bash', input: c.input }],
          },
          type: 'assistant',
          uuid: `u-${++uid}`,
          timestamp: new Date().toISOString(),
        },
      });
    }
    return this;
  }

  pre(id: string, input: Record<string, unknown>, tool = 'Bash'): this {
    return this.push(id, { ...this.common('PreToolUse'), tool_name: tool, tool_input: input, tool_use_id: id });
  }

  post(id: string, input: Record<string, unknown>, result: BashPost = {}, tool = 'Bash'): this {
    if (result.ms !== undefined && this.version === '2.0') throw new Error('2.0.x sends no duration_ms');
    const duration = result.ms === undefined ? {} : { duration_ms: result.ms };
    if (result.error !== undefined) {
      return this.push(id, {
        ...this.common('PostToolUseFailure'),
        tool_name: tool,
        tool_input: input,
        tool_use_id: id,
        error: result.error,
        is_interrupt: result.isInterrupt ?? false,
        ...duration,
      });
    }
    const response =
      tool === 'Bash'
        ? {
            stdout: '',
            stderr: '',
            interrupted: false,
            isImage: false,
            ...(this.version === '2.1' ? { noOutputExpected: false } : {}),
            ...result.response,
          }
        : result.response;
    return this.push(id, {
      ...this.common('PostToolUse'),
      tool_name: tool,
      tool_input: input,
      tool_response: response,
      tool_use_id: id,
      ...duration,
    });
  }

  /** A Bash call in its own assistant message: transcript line, PreToolUse, then its Post event. */
  bash(id: string, input: Record<string, unknown>, result: BashPost = {}): this {
    return this.message([{ id, input }]).pre(id, input).post(id, input, result);
  }

  /** A background start: Claude Code answers at once with the task id. */
  background(id: string, command: string, taskId: string): this {
    return this.bash(
      id,
      { command, description: `Start ${command}`, run_in_background: true },
      { response: { backgroundTaskId: taskId }, ms: this.version === '2.1' ? 4 : undefined },
    );
  }

  /** Any other tool (TaskOutput, Read, KillShell…): PreToolUse (no hook is registered for it) and PostToolUse. */
  tool(id: string, name: string, input: Record<string, unknown>, response: Record<string, unknown>, ms?: number): this {
    return this.message([{ id, name, input }]).pre(id, input, name).post(id, input, { response, ms }, name);
  }

  /** Stop: 2.1.145+ lists the background tasks still running; 2.0.x says nothing about them. */
  stop(running: { id: string; command: string }[] | null = null, label = 'stop'): this {
    const extra =
      this.version === '2.1'
        ? {
            stop_hook_active: false,
            last_assistant_message: `Done (${++uid}).`,
            background_tasks: (running ?? []).map((t) => ({
              id: t.id,
              type: 'shell',
              status: 'running',
              description: t.command,
              command: t.command,
            })),
            session_crons: [],
          }
        : { stop_hook_active: false };
    return this.push(label, { ...this.common('Stop'), ...extra });
  }
}

interface Run extends HookRun {
  label: string;
  out: Record<string, unknown> | null;
  said?: string;
}

/**
 * Runs the steps in order through `replay` (which picks the hooks the registry installs), one
 * event at a time so that each session's transcript lines go to that session's own file.
 */
async function play(box: Sandbox, steps: readonly Step[]): Promise<Run[]> {
  const runs: Run[] = [];
  for (const step of steps) {
    if ('transcript' in step) {
      appendFileSync(step.file, JSON.stringify(step.transcript) + '\n');
      continue;
    }
    for (const r of await replay([{ hook: step.hook }], { hooksDir: HOOKS_DIR, env: box.env })) {
      const out = expectContract(r);
      runs.push({ ...r, label: step.label, out, said: contextOf(out) });
    }
  }
  return runs;
}

/** `[label, event, text]` of every run that told the model something. */
function told(runs: readonly Run[]): [string, string, string][] {
  return runs.filter((r) => r.out !== null).map((r) => [r.label, r.event, r.said ?? JSON.stringify(r.out)]);
}

function saidBy(runs: readonly Run[], label: string, event?: string): string | undefined {
  const hits = runs.filter((r) => r.label === label && (!event || r.event === event) && r.out !== null);
  if (hits.length > 1) throw new Error(`${label} spoke ${hits.length} times`);
  return hits[0]?.said;
}

function dbPath(box: Sandbox): string {
  return join(box.env.BGTELEMETRY_HOME as string, 'telemetry.db');
}

/** Reads the database read-only, as a report would. */
function query<T = Record<string, unknown>>(box: Sandbox, sql: string, ...params: unknown[]): T[] {
  const db = new Database(dbPath(box), { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

const CALL_COLUMNS =
  'tool_use_id, session_id, message_id, signature, verdict, requested_background, background, background_reason, outcome, exit_code, duration_ms, duration_source, task_id';

function calls(box: Sandbox, session?: string) {
  return session
    ? query(box, `SELECT ${CALL_COLUMNS} FROM bash_calls WHERE session_id = ? ORDER BY started_at, tool_use_id`, session)
    : query(box, `SELECT ${CALL_COLUMNS} FROM bash_calls ORDER BY started_at, tool_use_id`);
}

function call(box: Sandbox, toolUseId: string) {
  const [row] = query(
    box,
    `SELECT ${CALL_COLUMNS}, started_at, ended_at, timeout_ms, estimate_s, estimate_source FROM bash_calls WHERE tool_use_id = ?`,
    toolUseId,
  );
  return row;
}

function tasks(box: Sandbox, session: string) {
  return query(
    box,
    'SELECT id, tool_use_id, signature, status, state, checks, stopped_by, exit_code FROM task_states WHERE session_id = ? ORDER BY started_at, id',
    session,
  );
}

function adviceKinds(box: Sandbox, session?: string) {
  return session
    ? query(box, 'SELECT hook, kind, tool_use_id FROM advice WHERE session_id = ? ORDER BY at, event_id', session)
    : query(box, 'SELECT session_id, hook, kind, tool_use_id FROM advice ORDER BY at, event_id');
}

/** A foreground call that succeeded (2.1: with Claude Code's own duration). */
const ok = (ms: number): BashPost => ({ ms });

// ---------------------------------------------------------------------------------------------

describe('Bash calls', () => {
  it('(a) two Bash calls in one assistant message: both carry its message id; the first gets the parallel advice', async () => {
    const box = sandbox();
    const s = new Session(box, 'sess-a');
    const test = { command: 'npm test', description: 'Run the test suite' };
    const tsc = { command: 'npx tsc --noEmit', description: 'Type-check' };
    s.prompt('run the tests and type-check')
      // Claude Code writes one transcript line per content block, both with the message's id.
      .message(
        [
          { id: 'toolu_a1', input: test },
          { id: 'toolu_a2', input: tsc },
        ],
        'msg_parallel',
      )
      .pre('toolu_a1', test)
      .post('toolu_a1', test, { error: 'Exit code 1\n FAIL src/cart.test.ts', ms: 38410 })
      .pre('toolu_a2', tsc)
      .post('toolu_a2', tsc, ok(17260))
      .stop();
    const runs = await play(box, s.steps);

    expect(told(runs).map(([label, event]) => [label, event])).toEqual([
      ['prompt', 'UserPromptSubmit'],
      ['toolu_a1', 'PreToolUse'],
    ]);
    expect(saidBy(runs, 'toolu_a1')).toBe(
      'bgtelemetry: this message runs 2 Bash calls one after another. Independent slow ones (`npm test`, `tsc`) can each start with run_in_background: true so they run in parallel; then check each.',
    );
    expect(calls(box)).toEqual([
      {
        tool_use_id: 'toolu_a1',
        session_id: 'sess-a',
        message_id: 'msg_parallel',
        signature: 'npm test',
        verdict: 'suggest-background',
        requested_background: 0,
        background: 0,
        background_reason: null,
        outcome: 'failed',
        exit_code: 1,
        duration_ms: 38410,
        duration_source: 'claude',
        task_id: null,
      },
      {
        tool_use_id: 'toolu_a2',
        session_id: 'sess-a',
        message_id: 'msg_parallel',
        signature: 'tsc',
        verdict: 'suggest-background',
        requested_background: 0,
        background: 0,
        background_reason: null,
        outcome: 'ok',
        exit_code: 0,
        duration_ms: 17260,
        duration_source: 'claude',
        task_id: null,
      },
    ]);
    expect(query(box, 'SELECT kind, intents, chars FROM prompts')).toEqual([{ kind: 'user', intents: 'tests', chars: 28 }]);
    // Not followed: the second call also ran in the foreground.
    expect(query(box, 'SELECT hook, kind, tool_use_id, signature, followed FROM advice_outcomes ORDER BY at')).toEqual([
      { hook: 'UserPromptSubmit', kind: 'intent', tool_use_id: null, signature: null, followed: null },
      { hook: 'PreToolUse', kind: 'parallel', tool_use_id: 'toolu_a1', signature: 'npm test', followed: 0 },
    ]);
    expect(box.errors()).toBe('');
  });

  it('(b) Claude Code 2.0 moves a foreground command past its timeout to the background: reason "timeout"', async () => {
    const box = sandbox();
    const s = new Session(box, 'sess-b', '2.0');
    const input = { command: 'sleep 4; echo slow-done', timeout: 1500, description: 'Slow foreground step' };
    // As captured from 2.0.77: PostToolUse (not a failure) with a backgroundTaskId nobody asked for.
    s.start()
      .prompt('run the slow step')
      .bash('toolu_b1', input, { response: { backgroundTaskId: 'b338fff' } })
      .stop()
      .end();
    const runs = await play(box, s.steps);
    expect(told(runs)).toEqual([]);
    const row = call(box, 'toolu_b1');
    expect(row).toMatchObject({
      message_id: 'msg_sess-b_1',
      signature: 'sleep',
      requested_background: 0,
      background: 1,
      background_reason: 'timeout',
      outcome: 'ok',
      task_id: 'b338fff',
      timeout_ms: 1500,
      // 2.0.x sends no duration_ms: the hooks' own timing, Pre to Post.
      duration_source: 'hooks',
    });
    expect(row.duration_ms).toBe((row.ended_at as number) - (row.started_at as number));
    // 2.0.x's Stop says nothing about running tasks; the session ended with this one running.
    expect(tasks(box, 'sess-b')).toEqual([
      {
        id: 'b338fff',
        tool_use_id: 'toolu_b1',
        signature: 'sleep',
        status: 'running',
        state: 'orphaned',
        checks: 0,
        stopped_by: null,
        exit_code: null,
      },
    ]);
    expect(query(box, 'SELECT generation, source, end_reason, ended_at IS NOT NULL AS ended FROM sessions')).toEqual([
      { generation: '2.0', source: 'startup', end_reason: 'other', ended: 1 },
    ]);
  });

  it('(c) Ctrl+B: backgroundedByUser marks the call as backgrounded by the user', async () => {
    const box = sandbox();
    const s = new Session(box, 'sess-c');
    const input = { command: 'npm run build', description: 'Build' };
    s.prompt('please look at the cart page').bash('toolu_c1', input, {
      response: { backgroundTaskId: 'bk3x9q2ab', backgroundedByUser: true },
      ms: 12000,
    });
    const runs = await play(box, s.steps);
    expect(saidBy(runs, 'toolu_c1', 'PreToolUse')).toMatch(/^bgtelemetry: `npm run build` is slow/);
    expect(call(box, 'toolu_c1')).toMatchObject({
      signature: 'npm run build',
      verdict: 'suggest-background',
      requested_background: 0,
      background: 1,
      background_reason: 'user',
      outcome: 'ok',
      task_id: 'bk3x9q2ab',
      duration_ms: 12000,
      duration_source: 'claude',
    });
    expect(tasks(box, 'sess-c')).toEqual([
      {
        id: 'bk3x9q2ab',
        tool_use_id: 'toolu_c1',
        signature: 'npm run build',
        status: 'running',
        state: 'unchecked-running',
        checks: 0,
        stopped_by: null,
        exit_code: null,
      },
    ]);
  });

  it('failures: a 2.1 foreground timeout (PostToolUseFailure, exit 143) and an ordinary non-zero exit', async () => {
    const box = sandbox();
    const s = new Session(box, 'sess-fail');
    // Both as captured from 2.1.197 in -p mode.
    s.prompt('go')
      .bash(
        'toolu_t1',
        { command: 'sleep 4; echo slow-done', timeout: 1500, description: 'Slow foreground step' },
        { error: 'Exit code 143\nCommand timed out after 1s', ms: 1508 },
      )
      .bash('toolu_t2', { command: 'exit 3', description: 'Fail on purpose' }, { error: 'Exit code 3', ms: 16 });
    const runs = await play(box, s.steps);
    expect(told(runs)).toEqual([]);
    expect(calls(box)).toEqual([
      {
        tool_use_id: 'toolu_t1',
        session_id: 'sess-fail',
        message_id: 'msg_sess-fail_1',
        signature: 'sleep',
        verdict: 'foreground',
        requested_background: 0,
        background: 0,
        background_reason: null,
        outcome: 'timed-out',
        exit_code: 143,
        duration_ms: 1508,
        duration_source: 'claude',
        task_id: null,
      },
      {
        tool_use_id: 'toolu_t2',
        session_id: 'sess-fail',
        message_id: 'msg_sess-fail_2',
        signature: 'exit',
        verdict: expect.any(String),
        requested_background: 0,
        background: 0,
        background_reason: null,
        outcome: 'failed',
        exit_code: 3,
        duration_ms: 16,
        duration_source: 'claude',
        task_id: null,
      },
    ]);
    expect(query(box, "SELECT timeout_ms FROM bash_calls WHERE tool_use_id = 'toolu_t1'")).toEqual([{ timeout_ms: 1500 }]);
  });

  it('a background call records the outcome of starting it; its task carries how it really ended', async () => {
    // docs/telemetry.md: for a background call, outcome/exit_code describe the start.
    const box = sandbox();
    const s = new Session(box, 'sess-exit');
    s.prompt('go')
      .background('toolu_x1', 'npm run build', 'bx1build0')
      .tool(
        'toolu_x2',
        'TaskOutput',
        { task_id: 'bx1build0', block: true, timeout: 600000 },
        {
          retrieval_status: 'success',
          task: {
            task_id: 'bx1build0',
            task_type: 'local_bash',
            status: 'failed',
            description: 'Build',
            output: 'error TS2345',
            exitCode: 2,
          },
        },
        41000,
      );
    await play(box, s.steps);
    expect(query(box, 'SELECT tool_use_id, background_reason, outcome, exit_code, task_id FROM bash_calls')).toEqual([
      { tool_use_id: 'toolu_x1', background_reason: 'requested', outcome: 'ok', exit_code: 0, task_id: 'bx1build0' },
    ]);
    expect(tasks(box, 'sess-exit')).toEqual([
      {
        id: 'bx1build0',
        tool_use_id: 'toolu_x1',
        signature: 'npm run build',
        status: 'failed',
        state: 'checked',
        checks: 1,
        stopped_by: null,
        exit_code: 2,
      },
    ]);
  });
});

describe('background tasks: checks, stops, ends', () => {
  it('(d) the BashOutput / KillShell era (2.0.x before 2.0.64): bash_id checks, shell_id stop', async () => {
    const box = sandbox();
    const s = new Session(box, 'sess-d', '2.0');
    s.prompt('start the dev server')
      .background('toolu_d1', 'npm run dev', 'bash_1')
      // BashOutput's response in that era: the shell's status and new output, no task envelope.
      .tool(
        'toolu_d2',
        'BashOutput',
        { bash_id: 'bash_1' },
        {
          shellId: 'bash_1',
          command: 'npm run dev',
          status: 'running',
          exitCode: null,
          stdout: '> vite\n  ready in 300 ms',
          stderr: '',
          stdoutLines: 2,
          stderrLines: 0,
          timestamp: new Date().toISOString(),
        },
      )
      .tool(
        'toolu_d3',
        'BashOutput',
        { bash_id: 'bash_1', filter: 'error' },
        {
          shellId: 'bash_1',
          command: 'npm run dev',
          status: 'running',
          exitCode: null,
          stdout: '',
          stderr: '',
          stdoutLines: 0,
          stderrLines: 0,
          timestamp: new Date().toISOString(),
        },
      )
      .tool(
        'toolu_d4',
        'KillShell',
        { shell_id: 'bash_1' },
        { message: 'Successfully killed shell: bash_1 (npm run dev)', shell_id: 'bash_1' },
      )
      .stop();
    const runs = await play(box, s.steps);

    // Checked within a second of its start: polling, said once.
    expect(told(runs).map(([label, event]) => [label, event])).toEqual([
      ['prompt', 'UserPromptSubmit'],
      ['toolu_d2', 'PostToolUse'],
    ]);
    expect(saidBy(runs, 'toolu_d2')).toMatch(
      /^bgtelemetry: task bash_1 \(`npm run dev`\) was checked \d+ s after it started; each check blocks you\./,
    );
    expect(call(box, 'toolu_d1')).toMatchObject({
      signature: 'npm run dev',
      verdict: 'must-background',
      requested_background: 1,
      background: 1,
      background_reason: 'requested',
      outcome: 'ok',
      task_id: 'bash_1',
      duration_source: 'hooks',
    });
    expect(query(box, 'SELECT tool_use_id, task_id, tool, blocking, status_seen FROM task_checks ORDER BY at')).toEqual([
      { tool_use_id: 'toolu_d2', task_id: 'bash_1', tool: 'BashOutput', blocking: 0, status_seen: 'running' },
      { tool_use_id: 'toolu_d3', task_id: 'bash_1', tool: 'BashOutput', blocking: 0, status_seen: 'running' },
    ]);
    expect(tasks(box, 'sess-d')).toEqual([
      {
        id: 'bash_1',
        tool_use_id: 'toolu_d1',
        signature: 'npm run dev',
        status: 'killed',
        state: 'stopped',
        checks: 2,
        stopped_by: 'KillShell',
        exit_code: null,
      },
    ]);
    expect(adviceKinds(box)).toEqual([
      { session_id: 'sess-d', hook: 'UserPromptSubmit', kind: 'intent', tool_use_id: null },
      { session_id: 'sess-d', hook: 'PostToolUse', kind: 'polling', tool_use_id: null },
    ]);
  });

  it('(e) TaskOutput, a Read of the output file and `tail` of it in Bash each count as a check', async () => {
    const box = sandbox();
    const s = new Session(box, 'sess-e');
    const id = 'b7k2m9x1q';
    const tail = { command: `tail -n 20 ${s.outputFile(id)}`, description: 'Show test output' };
    s.prompt('what does the cart module do?')
      .background('toolu_e1', 'npm test', id)
      .tool(
        'toolu_e2',
        'TaskOutput',
        { task_id: id, block: false, timeout: 30000 },
        {
          retrieval_status: 'not_ready',
          task: {
            task_id: id,
            task_type: 'local_bash',
            status: 'running',
            description: 'Start npm test',
            output: 'RUNS src/cart.test.ts',
            exitCode: null,
          },
        },
        6,
      )
      .tool(
        'toolu_e3',
        'Read',
        { file_path: s.outputFile(id) },
        { type: 'text', file: { filePath: s.outputFile(id), content: 'RUNS src/cart.test.ts', numLines: 1, startLine: 1, totalLines: 1 } },
        3,
      )
      .bash('toolu_e4', tail, { response: { stdout: 'RUNS src/cart.test.ts' }, ms: 9 })
      .tool(
        'toolu_e5',
        'TaskOutput',
        { task_id: id, block: true, timeout: 600000 },
        {
          retrieval_status: 'success',
          task: {
            task_id: id,
            task_type: 'local_bash',
            status: 'failed',
            description: 'Start npm test',
            output: 'FAIL src/cart.test.ts',
            exitCode: 1,
          },
        },
        24000,
      );
    const runs = await play(box, s.steps);

    expect(told(runs).map(([label]) => label)).toEqual(['toolu_e2']);
    expect(saidBy(runs, 'toolu_e2')).toMatch(new RegExp(`^bgtelemetry: task ${id} \\(\`npm test\`\\) was checked \\d+ s after it started`));
    expect(query(box, 'SELECT tool_use_id, task_id, tool, blocking, status_seen FROM task_checks ORDER BY at')).toEqual([
      { tool_use_id: 'toolu_e2', task_id: id, tool: 'TaskOutput', blocking: 0, status_seen: 'running' },
      { tool_use_id: 'toolu_e3', task_id: id, tool: 'Read', blocking: 0, status_seen: null },
      { tool_use_id: 'toolu_e4', task_id: id, tool: 'Bash', blocking: 0, status_seen: null },
      { tool_use_id: 'toolu_e5', task_id: id, tool: 'TaskOutput', blocking: 1, status_seen: 'failed' },
    ]);
    expect(tasks(box, 'sess-e')).toEqual([
      { id, tool_use_id: 'toolu_e1', signature: 'npm test', status: 'failed', state: 'checked', checks: 4, stopped_by: null, exit_code: 1 },
    ]);
    // The tail itself is an ordinary foreground call.
    expect(call(box, 'toolu_e4')).toMatchObject({
      signature: 'tail',
      verdict: 'foreground',
      background: 0,
      outcome: 'ok',
      exit_code: 0,
      duration_ms: 9,
      duration_source: 'claude',
      task_id: null,
    });
  });

  it('(f) a <task-notification> completes a task silently; Stop ends the tasks it no longer lists', async () => {
    const box = sandbox();
    const s = new Session(box, 'sess-f');
    s.prompt('start the dev server and build the app')
      // Server first: a server started while the build runs would race it (a dependency).
      .background('toolu_f1', 'npm run dev', 'bf1server')
      .background('toolu_f2', 'npm run build', 'bf2build0')
      .stop(
        [
          { id: 'bf1server', command: 'npm run dev' },
          { id: 'bf2build0', command: 'npm run build' },
        ],
        'stop-1',
      )
      .notify('bf2build0', 'toolu_f2', 0)
      // The dev server is gone from the list (it crashed, or the user killed it): ended.
      .stop([], 'stop-2');
    const runs = await play(box, s.steps);

    expect(told(runs).map(([label, event]) => [label, event])).toEqual([['prompt', 'UserPromptSubmit']]);
    expect(saidBy(runs, 'prompt')).toMatch(/^bgtelemetry: run builds with run_in_background: true.*; a server never exits/);
    // A machine turn: recorded, never answered.
    expect(runs.find((r) => r.label === 'notification')?.stdout).toBe('');
    expect(query(box, 'SELECT kind, intents FROM prompts ORDER BY at')).toEqual([
      { kind: 'user', intents: 'build,server' },
      { kind: 'task-notification', intents: '' },
    ]);
    expect(tasks(box, 'sess-f')).toEqual([
      {
        id: 'bf1server',
        tool_use_id: 'toolu_f1',
        signature: 'npm run dev',
        status: 'ended',
        state: 'unchecked-finished',
        checks: 0,
        stopped_by: null,
        exit_code: null,
      },
      {
        id: 'bf2build0',
        tool_use_id: 'toolu_f2',
        signature: 'npm run build',
        status: 'completed',
        state: 'unchecked-finished',
        checks: 0,
        stopped_by: null,
        exit_code: 0,
      },
    ]);
    const [server, build] = query<{ notified_at: number | null; finished_at: number | null; running_at_turn_end: number | null }>(
      box,
      'SELECT notified_at, finished_at, running_at_turn_end FROM tasks ORDER BY id',
    );
    expect(build.notified_at).not.toBeNull();
    expect(build.finished_at).toBe(build.notified_at);
    expect(server.notified_at).toBeNull();
    expect(server.finished_at).toBeGreaterThan(build.finished_at as number);
    // Both were listed as running when the first turn ended.
    expect(build.running_at_turn_end).not.toBeNull();
    expect(server.running_at_turn_end).toBe(build.running_at_turn_end);
  });

  it("reading a task's output after its completion notice is the check we ask for, not polling", async () => {
    // The polling nudge says "check once, later (you are told when it finishes)": false once the
    // task has finished and Claude Code has said so, however soon that was. (docs/telemetry.md's
    // rule, "a check less than 10 s after the task started", does not make this exception.)
    const box = sandbox();
    const s = new Session(box, 'sess-poll');
    s.prompt('look at the code')
      .background('toolu_p1', 'npm run build', 'bp1build0')
      .stop([{ id: 'bp1build0', command: 'npm run build' }])
      .notify('bp1build0', 'toolu_p1', 0)
      .tool(
        'toolu_p2',
        'Read',
        { file_path: s.outputFile('bp1build0') },
        { type: 'text', file: { filePath: s.outputFile('bp1build0'), content: 'built in 3s', numLines: 1, startLine: 1, totalLines: 1 } },
        2,
      );
    const runs = await play(box, s.steps);
    expect(tasks(box, 'sess-poll')).toEqual([
      {
        id: 'bp1build0',
        tool_use_id: 'toolu_p1',
        signature: 'npm run build',
        status: 'completed',
        state: 'checked',
        checks: 1,
        stopped_by: null,
        exit_code: 0,
      },
    ]);
    expect(told(runs)).toEqual([]);
  });
});

describe('sessions', () => {
  it('(g) two sessions interleaved in one project: rows kept apart, nudges per session', async () => {
    const box = sandbox();
    const a = new Session(box, 'sess-g-a');
    const b = new Session(box, 'sess-g-b');
    const test = { command: 'npm test', description: 'Run tests' };
    a.prompt('install the dependencies').message([{ id: 'toolu_ga1', input: { command: 'npm ci', run_in_background: true } }]);
    b.prompt('check the linter output').bash('toolu_gb1', test, ok(30000));
    a.pre('toolu_ga1', { command: 'npm ci', run_in_background: true })
      .post('toolu_ga1', { command: 'npm ci', run_in_background: true }, { response: { backgroundTaskId: 'bgaci0000' }, ms: 5 })
      .bash('toolu_ga2', test, { error: 'Exit code 1\nCannot find module jest', ms: 900 });
    b.bash('toolu_gb2', { command: 'git status' }, ok(40)).stop();
    a.stop([{ id: 'bgaci0000', command: 'npm ci' }]);
    // Alternate the two sessions' events, as two Claude Code windows would.
    const merged: Step[] = [];
    const [sa, sb] = [[...a.steps], [...b.steps]];
    const takeEvent = (from: Step[]) => {
      while (from.length) {
        const step = from.shift() as Step;
        merged.push(step);
        if ('hook' in step) return;
      }
    };
    while (sa.length || sb.length) {
      takeEvent(sa);
      takeEvent(sb);
    }
    const runs = await play(box, merged);

    // Session B's npm test is only slow; A's races A's own install. B never hears of A's task.
    expect(told(runs).map(([label, event]) => [label, event])).toEqual([
      ['prompt', 'UserPromptSubmit'],
      ['toolu_gb1', 'PreToolUse'],
      ['toolu_ga2', 'PreToolUse'],
    ]);
    expect(runs.filter((r) => r.label === 'prompt' && r.out).map((r) => r.payload.session_id)).toEqual(['sess-g-a']);
    expect(saidBy(runs, 'toolu_gb1')).toMatch(/^bgtelemetry: `npm test` is slow/);
    expect(saidBy(runs, 'toolu_ga2')).toMatch(/^bgtelemetry: `npm test` may race background task bgaci0000 \(`npm ci`/);
    expect(calls(box, 'sess-g-a').map((r) => [r.tool_use_id, r.background_reason, r.outcome, r.task_id])).toEqual([
      ['toolu_ga1', 'requested', 'ok', 'bgaci0000'],
      ['toolu_ga2', null, 'failed', null],
    ]);
    expect(calls(box, 'sess-g-b').map((r) => [r.tool_use_id, r.signature, r.duration_ms])).toEqual([
      ['toolu_gb1', 'npm test', 30000],
      ['toolu_gb2', 'git status', 40],
    ]);
    expect(query(box, 'SELECT session_id, kind, intents FROM prompts ORDER BY session_id')).toEqual([
      { session_id: 'sess-g-a', kind: 'user', intents: 'install' },
      { session_id: 'sess-g-b', kind: 'user', intents: '' },
    ]);
    expect(query(box, 'SELECT session_id, id, status FROM tasks')).toEqual([
      { session_id: 'sess-g-a', id: 'bgaci0000', status: 'running' },
    ]);
    expect(adviceKinds(box).map((r) => [r.session_id, r.kind])).toEqual([
      ['sess-g-a', 'intent'],
      ['sess-g-b', 'slow-foreground'],
      ['sess-g-a', 'dependency'],
    ]);
    expect(query(box, 'SELECT id, generation FROM sessions ORDER BY id')).toEqual([
      { id: 'sess-g-a', generation: '2.1' },
      { id: 'sess-g-b', generation: '2.1' },
    ]);
  });
});

describe('nudges', () => {
  it('(h) after 20 Bash calls with the slow ones all in the foreground: the underutilization nudge, with exact numbers', async () => {
    const box = sandbox();
    const s = new Session(box, 'sess-h');
    s.prompt('look into the flaky checkout');
    // 4 slow foreground calls, 16 quick ones. Slow by analysis or by measurement (seed.js is unknown
    // to the catalogue but took 12.5 s). Blocked: 30 + 20 + 15 + 12.5 = 77.5 s.
    const slow: [string, number][] = [
      ['npm test', 30000],
      ['npx tsc --noEmit', 20000],
      ['npm run build', 15000],
      ['node scripts/seed-fixtures.js', 12500],
    ];
    let k = 0;
    for (const [command, ms] of slow) {
      s.bash(`toolu_h${++k}`, { command }, ok(ms));
      for (let q = 0; q < 4; q++) s.bash(`toolu_h${++k}`, { command: q % 2 ? 'git status' : `cat src/file${k}.ts` }, ok(25));
    }
    expect(k).toBe(20);
    const runs = await play(box, s.steps);

    const nudge = told(runs).filter(([, event]) => event === 'PostToolUse');
    expect(nudge).toEqual([
      [
        'toolu_h20',
        'PostToolUse',
        'bgtelemetry: this session made 20 Bash calls; 0 of 4 slow ones (0%) ran in the background, target over 30%. About 77.5 s went to waiting on slow foreground commands. Start tests, builds and installs with run_in_background: true.',
      ],
    ]);
    expect(query(box, "SELECT COUNT(*) AS n, SUM(duration_source = 'claude') AS measured FROM bash_calls")).toEqual([
      { n: 20, measured: 20 },
    ]);
    // seed-fixtures.js was slow only by measurement: no advice before it ran.
    expect(adviceKinds(box, 'sess-h').map((r) => [r.hook, r.kind, r.tool_use_id])).toEqual([
      ['PreToolUse', 'slow-foreground', 'toolu_h1'],
      ['PreToolUse', 'slow-foreground', 'toolu_h6'],
      ['PreToolUse', 'slow-foreground', 'toolu_h11'],
      ['PostToolUse', 'underutilization', null],
    ]);
  });

  it('(i) a task unchecked for 3 user turns earns one reminder; more than 5 unchecked earns the list', async () => {
    const box = sandbox();
    const s = new Session(box, 'sess-i');
    s.prompt('look at src/cart.ts', 'p1')
      .background('toolu_i1', 'sleep 200', 'bi1sleep0')
      .stop([{ id: 'bi1sleep0', command: 'sleep 200' }], 'stop-1')
      .prompt('and the totals?', 'p2')
      .prompt('what about discounts?', 'p3')
      .prompt('ok, explain the tax code', 'p4')
      .prompt('thanks, one more thing', 'p5')
      .stop([], 'stop-2');
    // Five more tasks, never more than two running at once (the too-many warning stays out of
    // it), none racing another (no dependency advice). The sixth unchecked task trips the list.
    const batches = [['npm run dev', 'pytest'], ['cargo build', 'sleep 120'], ['go test ./...']];
    let k = 10;
    for (const batch of batches) {
      for (const command of batch) s.background(`toolu_i${++k}`, command, `bi${k}task00`);
      if (k < 15) s.stop([], `stop-${k}`);
    }
    const runs = await play(box, s.steps);

    expect(told(runs).map(([label, event]) => [label, event])).toEqual([
      ['p4', 'UserPromptSubmit'],
      ['toolu_i15', 'PostToolUse'],
    ]);
    expect(saidBy(runs, 'p4')).toMatch(
      /^bgtelemetry: background task bi1sleep0 \(`sleep`, [\d.]+ s\) started 3\+ prompts ago and was never checked: read the output file \(or TaskOutput\), or stop it if no longer needed\.$/,
    );
    const list = saidBy(runs, 'toolu_i15') as string;
    // Six unchecked, the reminded one among them (a reminder is not a check).
    expect(list).toMatch(
      /^bgtelemetry: 6 background tasks were never checked: bi1sleep0 \(`sleep`, [\d.]+ s\), bi11task00 \(`npm run dev`, [\d.]+ s\), /,
    );
    expect(list).toMatch(/bi15task00 \(`go test`, [\d.]+ s\)\. Check them or stop the ones no longer needed\.$/);
    for (const id of ['bi12task00', 'bi13task00', 'bi14task00']) expect(list).toContain(id);
    expect(adviceKinds(box, 'sess-i').map((r) => [r.hook, r.kind])).toEqual([
      ['UserPromptSubmit', 'unchecked-reminder'],
      ['PostToolUse', 'unchecked-many'],
    ]);
    expect(query(box, "SELECT state, COUNT(*) AS n FROM task_states WHERE session_id = 'sess-i' GROUP BY state ORDER BY state")).toEqual([
      { state: 'unchecked-finished', n: 5 },
      { state: 'unchecked-running', n: 1 },
    ]);
  });

  it('(j) more active tasks than nudges.maxActiveTasks: warned once per new high', async () => {
    const box = sandbox();
    mkdirSync(box.env.BGTELEMETRY_HOME as string, { recursive: true });
    writeFileSync(join(box.env.BGTELEMETRY_HOME as string, 'config.json'), JSON.stringify({ nudges: { maxActiveTasks: 2 } }));
    const s = new Session(box, 'sess-j');
    s.prompt('look at the code')
      .background('toolu_j1', 'npm run dev', 'bj1server')
      .background('toolu_j2', 'pytest', 'bj2pytest')
      .background('toolu_j3', 'sleep 300', 'bj3sleep0')
      .tool(
        'toolu_j4',
        'TaskStop',
        { task_id: 'bj3sleep0' },
        {
          message: 'Successfully stopped task: bj3sleep0 (sleep 300)',
          task_id: 'bj3sleep0',
          task_type: 'local_bash',
          command: 'sleep 300',
        },
        1,
      )
      // Back to three: not a new high, so no second warning.
      .background('toolu_j5', 'sleep 240', 'bj5sleep0');
    const runs = await play(box, s.steps);

    expect(told(runs)).toEqual([
      [
        'toolu_j3',
        'PostToolUse',
        'bgtelemetry: 3 background tasks are running at once (this machine handles about 2). Wait for some to finish or stop the ones no longer needed before starting more.',
      ],
    ]);
    expect(tasks(box, 'sess-j').map((t) => [t.id, t.status, t.state, t.stopped_by])).toEqual(
      [
        ['bj1server', 'running', 'unchecked-running'],
        ['bj2pytest', 'running', 'unchecked-running'],
        ['bj3sleep0', 'killed', 'stopped', 'TaskStop'],
        ['bj5sleep0', 'running', 'unchecked-running'],
      ].map(([id, status, state, by]) => [id, status, state, by ?? null]),
    );
    expect(box.errors()).toBe('');
  });

  it('(k) dependency confusion: `npm test` while `npm ci` still installs in the background names the task', async () => {
    const box = sandbox();
    const s = new Session(box, 'sess-k');
    s.prompt('hi')
      .background('toolu_k1', 'npm ci', 'bk1ci0000')
      .bash('toolu_k2', { command: 'npm test', description: 'Run tests' }, { error: 'Exit code 1\nsh: jest: not found', ms: 400 });
    const runs = await play(box, s.steps);
    expect(told(runs)).toEqual([['toolu_k2', 'PreToolUse', expect.any(String)]]);
    expect(saidBy(runs, 'toolu_k2')).toMatch(
      /^bgtelemetry: `npm test` may race background task bk1ci0000 \(`npm ci`, [\d.]+ s\): it needs the dependencies that are still being installed\. Wait for that task first \(TaskOutput with block: true, or its completion notice\), then run this\.$/,
    );
    expect(query(box, 'SELECT kind, tool_use_id, signature FROM advice')).toEqual([
      { kind: 'dependency', tool_use_id: 'toolu_k2', signature: 'npm test' },
    ]);
  });

  it('(n) Claude Code 2.0: PreToolUse says nothing, PostToolUse delivers the held advice and marks it delivered', async () => {
    const box = sandbox();
    const s = new Session(box, 'sess-n', '2.0');
    s.prompt('hello').bash('toolu_n1', { command: 'npm test', description: 'Run tests' }, {});
    const runs = await play(box, s.steps);
    const pre = runs.find((r) => r.label === 'toolu_n1' && r.event === 'PreToolUse') as Run;
    expect(pre.stdout).toBe('');
    const post = runs.find((r) => r.label === 'toolu_n1' && r.event === 'PostToolUse') as Run;
    expect(post.out?.hookSpecificOutput).toMatchObject({ hookEventName: 'PostToolUse' });
    const [row] = query<{ hook: string; kind: string; deferred: number; delivered_at: number | null; text: string; at: number }>(
      box,
      'SELECT hook, kind, deferred, delivered_at, text, at FROM advice',
    );
    expect(row).toMatchObject({ hook: 'PreToolUse', kind: 'slow-foreground', deferred: 1 });
    expect(post.said).toBe(row.text);
    expect(row.text).toMatch(/TaskOutput \(BashOutput on older versions\)/);
    expect(row.delivered_at).toBeGreaterThan(row.at);
    expect(call(box, 'toolu_n1')).toMatchObject({ outcome: 'ok', exit_code: 0, duration_source: 'hooks', background: 0 });
  });
});

describe('measured history', () => {
  it('(l) two 800 ms `npm test` runs make it quick here; a 200 s `make` is slow, by measurement; the CLI agrees', async () => {
    const box = sandbox();
    const a = new Session(box, 'sess-l-a');
    a.prompt('go')
      .bash('toolu_l1', { command: 'npm test' }, ok(800))
      .bash('toolu_l2', { command: 'npm test' }, ok(800))
      .bash('toolu_l3', { command: 'make' }, ok(200000));
    // A new session: no advice was given in it yet, so only the measurements can keep it quiet.
    const b = new Session(box, 'sess-l-b');
    b.prompt('again').bash('toolu_l4', { command: 'npm test' }, ok(790)).bash('toolu_l5', { command: 'make' }, ok(199000));
    const runs = await play(box, [...a.steps, ...b.steps]);

    expect(told(runs).map(([label, event]) => [label, event])).toEqual([
      ['toolu_l1', 'PreToolUse'], // catalogue: ~30 s, nothing measured yet
      ['toolu_l3', 'PreToolUse'],
      ['toolu_l5', 'PreToolUse'],
    ]);
    expect(saidBy(runs, 'toolu_l5')).toBe(
      'bgtelemetry: `make` is slow: builds the default target; measured here: about 3 min (1 run). Next time start it with run_in_background: true and keep working meanwhile; check it later by reading its output file (Read) or with TaskOutput.',
    );
    expect(
      query(
        box,
        "SELECT tool_use_id, verdict, estimate_s, estimate_source FROM bash_calls WHERE session_id = 'sess-l-b' ORDER BY started_at",
      ),
    ).toEqual([
      { tool_use_id: 'toolu_l4', verdict: 'foreground', estimate_s: 0.8, estimate_source: 'history' },
      { tool_use_id: 'toolu_l5', verdict: 'suggest-background', estimate_s: 200, estimate_source: 'history' },
    ]);

    // `bgtelemetry classify` run in the project reads the same measurements.
    const { CLAUDE_PROJECT_DIR: _unused, ...env } = box.env;
    const cli = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [join(ROOT, 'dist', 'cli.mjs'), 'classify', '--json', 'npm test'], {
        cwd: box.project,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
    expect(cli.stderr).toBe('');
    expect(cli.code).toBe(0);
    // Three runs now: 800, 800, 790 ms.
    expect(JSON.parse(cli.stdout)).toMatchObject({
      verdict: 'foreground',
      estimateSeconds: 0.8,
      estimateSource: 'history',
      signature: 'npm test',
    });
  });
});

describe('duplicate hook registration', () => {
  /** Each event through the same script twice at once, as two registrations of the hook would. */
  async function playTwice(box: Sandbox, steps: readonly Step[]) {
    const pairs: [Run, Run][] = [];
    for (const step of steps) {
      if ('transcript' in step) {
        appendFileSync(step.file, JSON.stringify(step.transcript) + '\n');
        continue;
      }
      const [one, two] = await Promise.all([0, 1].map(() => play(box, [step])));
      for (const [k, r] of one.entries()) pairs.push([r, two[k]]);
    }
    return pairs;
  }

  it('(m) every hook run twice at once: rows counted once, each piece of advice shown by exactly one process', async () => {
    const box = sandbox();
    const s = new Session(box, 'sess-m');
    s.prompt('run the tests')
      .bash('toolu_m1', { command: 'npm test' }, ok(31000))
      .background('toolu_m2', 'npm run dev', 'bm2server')
      .tool(
        'toolu_m3',
        'TaskOutput',
        { task_id: 'bm2server', block: false, timeout: 1000 },
        {
          retrieval_status: 'not_ready',
          task: { task_id: 'bm2server', task_type: 'local_bash', status: 'running', description: 'dev', output: '', exitCode: null },
        },
        3,
      )
      .stop([{ id: 'bm2server', command: 'npm run dev' }]);
    const pairs = await playTwice(box, s.steps);

    // Who spoke, per event: one of the two processes, never both.
    const spoke = pairs.map(([x, y]) => [x.label, x.event, Number(x.out !== null) + Number(y.out !== null)]);
    expect(spoke).toEqual([
      ['prompt', 'UserPromptSubmit', 1],
      ['toolu_m1', 'PreToolUse', 1],
      ['toolu_m1', 'PostToolUse', 0],
      ['toolu_m2', 'PreToolUse', 0],
      ['toolu_m2', 'PostToolUse', 0],
      ['toolu_m3', 'PostToolUse', 1],
      ['stop', 'Stop', 0],
    ]);
    expect(query(box, 'SELECT kind, COUNT(*) AS n FROM applied_events GROUP BY kind ORDER BY kind')).toEqual([
      { kind: 'bash-post', n: 2 },
      { kind: 'bash-pre', n: 2 },
      { kind: 'prompt', n: 1 },
      { kind: 'task-check', n: 1 },
      { kind: 'turn-end', n: 1 },
    ]);
    expect(query(box, 'SELECT COUNT(*) AS n FROM hook_runs')).toEqual([{ n: 7 }]);
    expect(
      query(
        box,
        'SELECT (SELECT COUNT(*) FROM bash_calls) AS calls, (SELECT COUNT(*) FROM prompts) AS prompts, (SELECT COUNT(*) FROM task_checks) AS checks, (SELECT COUNT(*) FROM tasks) AS tasks',
      ),
    ).toEqual([{ calls: 2, prompts: 1, checks: 1, tasks: 1 }]);
    expect(adviceKinds(box, 'sess-m').map((r) => r.kind)).toEqual(['intent', 'slow-foreground', 'polling']);
    expect(box.errors()).toBe('');
  });

  it('(m, 2.0) the held-back advice of a 2.0.x call is delivered by exactly one of two PostToolUse processes', async () => {
    // Whether both processes read the undelivered advice before either records its delivery is
    // a race; ten sessions give it ten chances. Once only the process whose event was applied
    // delivers, this passes every time.
    const box = sandbox();
    // A different slow command each time: the hooks' own timing of one run (a few ms here) would
    // otherwise make the next session's `npm test` quick by measurement.
    const commands = [
      'npm test',
      'gradle build',
      'mvn test',
      'cargo test',
      'bundle exec rspec',
      'docker build .',
      'yarn install',
      'pnpm test',
      'npm run lint',
      'go build ./...',
    ];
    const sessions = commands.map((command, k) => new Session(box, `sess-m20-${k}`, '2.0').bash(`toolu_m20_${k}`, { command }, {}));
    const spoke: Record<string, number> = {};
    for (const s of sessions) {
      for (const [x, y] of await playTwice(box, s.steps)) spoke[`${x.label} ${x.event}`] = Number(x.out !== null) + Number(y.out !== null);
    }
    expect(spoke).toEqual(
      Object.fromEntries(
        sessions.flatMap((_, k) => [
          [`toolu_m20_${k} PreToolUse`, 0],
          [`toolu_m20_${k} PostToolUse`, 1],
        ]),
      ),
    );
    expect(query(box, 'SELECT COUNT(*) AS n, SUM(deferred) AS deferred, COUNT(delivered_at) AS delivered FROM advice')).toEqual([
      { n: 10, deferred: 10, delivered: 10 },
    ]);
  });
});
