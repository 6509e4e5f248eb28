/**
 * Runs the compiled hooks (dist/hooks, built by `npm test` before vitest) as real processes,
 * each with a fresh data directory, as Claude Code would.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach } from 'vitest';
import { runHookProcess } from '../../src/demo/replay.js';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const HOOKS_DIR = join(ROOT, 'dist', 'hooks');
if (!existsSync(join(HOOKS_DIR, 'pre-tool-use.cjs')))
  throw new Error('dist/hooks is missing: run `npm run build` (npm test does it first)');

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export interface Sandbox {
  home: string;
  project: string;
  env: NodeJS.ProcessEnv;
  errors: () => string;
}

export function sandbox(extraEnv: NodeJS.ProcessEnv = {}): Sandbox {
  const home = mkdtempSync(join(tmpdir(), 'bgt-hook-test-'));
  made.push(home);
  const project = join(home, 'project');
  mkdirSync(project);
  // Where a hook keeps events its data directory cannot take (runtime/fallback-dir.ts): not the machine's /tmp.
  mkdirSync(join(home, 'tmp'));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: home,
    TMPDIR: join(home, 'tmp'),
    BGTELEMETRY_HOME: join(home, 'data'),
    CLAUDE_CONFIG_DIR: join(home, 'claude'),
    CLAUDE_PROJECT_DIR: project,
    ...extraEnv,
  };
  return {
    home,
    project,
    env,
    errors: () => {
      try {
        return readFileSync(join(home, 'data', 'errors.log'), 'utf8');
      } catch {
        return '';
      }
    },
  };
}

export function hook(script: 'pre-tool-use' | 'post-tool-use', payload: unknown, env: NodeJS.ProcessEnv, killAfterMs?: number) {
  return runHookProcess(join(HOOKS_DIR, `${script}.cjs`), payload, env, killAfterMs);
}

let counter = 0;
/** A Bash PreToolUse payload in 2.1.x form (with prompt_id). */
export function preBash(project: string, toolInput: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return {
    session_id: 'test-session',
    transcript_path: join(project, 'no-transcript.jsonl'),
    cwd: project,
    prompt_id: 'prompt-1',
    permission_mode: 'default',
    hook_event_name: 'PreToolUse',
    tool_name: 'Bash',
    tool_input: toolInput,
    tool_use_id: `toolu_test_${++counter}`,
    ...extra,
  };
}

/** The hook contract: exit 0, nothing on stderr, stdout empty or one JSON object. */
export function expectContract(run: { exitCode: number | null; stdout: string; stderr: string }): Record<string, unknown> | null {
  if (run.exitCode !== 0) throw new Error(`exit code ${run.exitCode}; stderr: ${run.stderr}`);
  if (run.stderr !== '') throw new Error(`stderr is not empty: ${run.stderr}`);
  if (run.stdout.trim() === '') return null;
  const parsed: unknown = JSON.parse(run.stdout);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error(`stdout is not a JSON object: ${run.stdout}`);
  return parsed as Record<string, unknown>;
}

export function contextOf(output: Record<string, unknown> | null): string | undefined {
  return (output?.hookSpecificOutput as { additionalContext?: string } | undefined)?.additionalContext;
}
