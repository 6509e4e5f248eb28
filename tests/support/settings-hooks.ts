/**
 * Runs hook payloads through the commands a Claude Code settings file registers, as Claude Code
 * does: every command entry whose event and matcher select the payload, in parallel (identical
 * commands once); a shell-form entry through `sh -c <command>`, an exec-form entry (an `args`
 * array) as `command` with `args`, no shell; the payload on stdin, the project as cwd and
 * CLAUDE_PROJECT_DIR, killed after the entry's `timeout` seconds.
 */
import { spawn } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { matcherSelects } from '../../src/hooks/registry.js';
import type { RecordingStep } from '../../src/demo/replay.js';

export interface CommandEntry {
  type: string;
  command: string;
  args?: string[];
  timeout?: number;
  async?: boolean;
}

interface MatcherGroup {
  matcher?: string;
  hooks?: CommandEntry[];
}

export interface Settings {
  hooks?: Record<string, MatcherGroup[]>;
}

export interface EntryRun {
  event: string;
  payload: Record<string, unknown>;
  entry: CommandEntry;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Claude Code's default when an entry names no timeout. */
const DEFAULT_TIMEOUT_S = 60;

/** The command entries that run for `event` (and `tool`, for tool events). */
function entriesFor(settings: Settings, event: string, tool: string | undefined): CommandEntry[] {
  const entries = (settings.hooks?.[event] ?? []).filter((g) => matcherSelects(g.matcher, tool)).flatMap((g) => g.hooks ?? []);
  const seen = new Set<string>();
  return entries.filter((e) => {
    const key = JSON.stringify([e.command, e.args ?? null]);
    if (e.type !== 'command' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** One entry run once with `payload` on stdin. */
function runEntry(entry: CommandEntry, payload: Record<string, unknown>, cwd: string, env: NodeJS.ProcessEnv): Promise<EntryRun> {
  const [file, args] = Array.isArray(entry.args) ? [entry.command, entry.args] : ['sh', ['-c', entry.command]];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(file, args, { cwd, env: { ...env, CLAUDE_PROJECT_DIR: cwd }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), (entry.timeout ?? DEFAULT_TIMEOUT_S) * 1000);
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer);
      resolve({
        event: String(payload.hook_event_name),
        payload,
        entry,
        exitCode,
        signal,
        stdout,
        stderr,
        ms: performance.now() - started,
      });
    });
    child.stdin.on('error', () => undefined); // a hook may exit before reading everything
    child.stdin.end(JSON.stringify(payload));
  });
}

export interface ReplayThroughSettings {
  settings: Settings;
  /** The project: cwd of every hook run. */
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Rewrites each payload (paths, cwd) before it is sent. */
  rewrite: (payload: Record<string, unknown>) => Record<string, unknown>;
  /** Where a recording's transcript lines are appended, as Claude Code writes them before the hook runs. */
  transcriptPath: string;
}

/** Every step of a recording, one after another; the runs of one payload in parallel. */
export async function replayThroughSettings(steps: readonly RecordingStep[], o: ReplayThroughSettings): Promise<EntryRun[]> {
  const runs: EntryRun[] = [];
  for (const step of steps) {
    if ('transcript' in step) {
      appendFileSync(o.transcriptPath, JSON.stringify(step.transcript) + '\n');
      continue;
    }
    const payload = o.rewrite(step.hook);
    const tool = typeof payload.tool_name === 'string' ? payload.tool_name : undefined;
    const entries = entriesFor(o.settings, String(payload.hook_event_name), tool);
    runs.push(...(await Promise.all(entries.map((e) => runEntry(e, payload, o.cwd, o.env)))));
  }
  return runs;
}
