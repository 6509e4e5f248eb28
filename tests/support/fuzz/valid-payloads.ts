/**
 * Well-formed hook payloads for the fuzz suite, built from the payloads Claude Code 2.0.77 and
 * 2.1.197 really sent (src/demo/recordings) with fresh ids and real commands: agents' commands
 * (tests/fixtures, and the shared corpora where present), commands carrying secrets
 * (tests/fixtures/secrets*.ts) and pathological shapes. Each records exactly one event.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { hooksFor } from '../../../src/hooks/registry.js';
import type { HookEventName } from '../../../src/runtime/hook-input.js';
import { PATHOLOGICAL_SHAPES } from '../../fixtures/pathological-commands.js';
import { POSITIONAL_SECRET_CASES } from '../../fixtures/secrets-by-position.js';
import { SECRET_CASES } from '../../fixtures/secrets.js';
import type { Random } from './random.js';

export type Payload = Record<string, unknown>;

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const CORPORA = resolve(ROOT, '..', 'shared', 'corpora');

function jsonLines(path: string): Payload[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Payload);
}

/** Every captured payload of an event and tool bgtelemetry registers a hook for. */
const TEMPLATES: Payload[] = ['claude-code-2.0.77.hooks.jsonl', 'claude-code-2.1.197.hooks.jsonl']
  .flatMap((file) => jsonLines(join(ROOT, 'src', 'demo', 'recordings', file)))
  .filter((p) => hooksFor(String(p.hook_event_name), p.tool_name as string | undefined).length > 0);

/** The shared corpora exist only in the development workspace: a seed replays exactly where they are the same. */
const CORPUS_FILES = [join(ROOT, 'tests', 'fixtures', 'agent-commands.sample.jsonl')].concat(
  ['agent-bash-calls.jsonl', 'ci-and-build-commands.jsonl'].map((f) => join(CORPORA, f)).filter((f) => existsSync(f)),
);
const COMMANDS: string[] = CORPUS_FILES.flatMap((f) => jsonLines(f).map((r) => String(r.command)));
export const COMMAND_SOURCES = `${COMMANDS.length} commands from ${CORPUS_FILES.length} file(s)`;

const SECRET_COMMANDS: { cmd: string; secrets: string[] }[] = [
  ...SECRET_CASES.map((c) => ({ cmd: c.cmd, secrets: c.secrets })),
  ...POSITIONAL_SECRET_CASES.map(([cmd, ...secrets]) => ({ cmd, secrets })),
];

const PROMPTS = [
  'run the test suite',
  'build it and start the dev server, then check the logs',
  'fix the failing lint and run the tests again',
  'wait for the deploy to finish',
];

const SESSIONS = 8;

export interface ValidPayload {
  payload: Payload;
  /** Secrets the payload's commands carry: none may reach a file. */
  secrets: string[];
}

/** Builds valid payloads; task ids started by earlier payloads are checked and stopped by later ones. */
export class ValidPayloads {
  private readonly tasks: string[] = [];

  constructor(
    private readonly rng: Random,
    private readonly runId: string,
    private readonly paths: { project: string; transcript: string },
  ) {}

  /** The commands of one call (a Bash command, or the tasks a Stop lists), with their secrets. */
  private command(secrets: string[]): string {
    const kind = this.rng.weighted({ corpus: 70, secret: 22, pathological: 6, hugeCorpus: 2 });
    if (kind === 'secret') {
      const c = this.rng.pick(SECRET_COMMANDS);
      secrets.push(...c.secrets);
      return c.cmd;
    }
    if (kind === 'pathological') {
      const shape = this.rng.pick(Object.values(PATHOLOGICAL_SHAPES));
      return shape(this.rng.chance(0.1) ? this.rng.int(64_000, 1_000_000) : this.rng.int(10, 4000));
    }
    if (kind === 'hugeCorpus') return Array.from({ length: this.rng.int(50, 2000) }, () => this.rng.pick(COMMANDS)).join(' && ');
    return this.rng.pick(COMMANDS);
  }

  private taskId(fresh: boolean): string {
    if (!fresh && this.tasks.length) return this.rng.pick(this.tasks);
    const id = `b${this.runId}${this.tasks.length.toString(36)}`;
    this.tasks.push(id);
    return id;
  }

  next(index: number): ValidPayload {
    const template = this.rng.pick(TEMPLATES);
    const p: Payload = structuredClone(template);
    const secrets: string[] = [];
    const event = p.hook_event_name as HookEventName;
    const id = `${this.runId}-${index}`;
    // Events keyed by a 5-second time bucket (no prompt id of their own) get a session of their own.
    const keyedByTime = event === 'SessionStart' || event === 'SessionEnd' || (event === 'Stop' && p.prompt_id === undefined);
    p.session_id = keyedByTime ? `fuzz-${id}` : `fuzz-${this.runId}-s${this.rng.int(1, SESSIONS)}`;
    p.cwd = this.paths.project;
    p.transcript_path = this.paths.transcript;
    if (p.prompt_id !== undefined) p.prompt_id = `prompt-${id}`;
    if (p.tool_use_id !== undefined) p.tool_use_id = `toolu_fuzz_${id}`;
    const input = p.tool_input as Payload | undefined;
    const response = p.tool_response as Payload | undefined;
    if (p.tool_name === 'Bash' && input) {
      input.command = this.command(secrets);
      if (this.rng.chance(0.2)) input.run_in_background = true;
      if (response?.backgroundTaskId !== undefined) response.backgroundTaskId = this.taskId(true);
    }
    for (const field of ['task_id', 'shell_id', 'bash_id'])
      if (input && typeof input[field] === 'string') input[field] = this.taskId(this.rng.chance(0.3));
    if (p.tool_name === 'Read' && input)
      input.file_path = String(input.file_path).replace(/\/tasks\/[^/]+\.output$/, `/tasks/${this.taskId(false)}.output`);
    if (event === 'UserPromptSubmit') p.prompt = this.prompt(index);
    if (event === 'Stop' && Array.isArray(p.background_tasks)) {
      p.background_tasks = Array.from({ length: this.rng.int(0, 4) }, () => ({
        id: this.taskId(this.rng.chance(0.5)),
        type: 'shell',
        status: 'running',
        description: 'Run',
        command: this.command(secrets),
      }));
      p.last_assistant_message = `Done (${id}).`;
    }
    return { payload: p, secrets };
  }

  /** A user's prompt, or a 2.1.x task notification. */
  private prompt(index: number): string {
    if (this.rng.chance(0.3)) {
      const code = this.rng.int(0, 2);
      return `<task-notification>\n<task-id>${this.taskId(false)}</task-id>\n<status>${code ? 'failed' : 'completed'}</status>\n<summary>Background command "x" ${code ? `failed with exit code ${code}` : 'completed (exit code 0)'}</summary>\n</task-notification>`;
    }
    // 2.0.x prompts are keyed by their text: each one different.
    return `${this.rng.pick(PROMPTS)} (${index})`;
  }
}
