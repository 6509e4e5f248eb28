/**
 * Replays hook payloads through the compiled hooks exactly as Claude Code calls them: one
 * process per matching hook, the payload on stdin, JSON (or nothing) on stdout, exit code 0.
 * Used by `bgtelemetry demo` and by the tests that run the real hook processes.
 */
import { spawn } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { hooksFor } from '../hooks/registry.js';

export interface HookRun {
  event: string;
  script: string;
  payload: Record<string, unknown>;
  exitCode: number | null;
  stdout: string;
  stderr: string;
  /** stdout parsed as JSON, when it is JSON. */
  output?: Record<string, unknown>;
  ms: number;
}

export function runHookProcess(
  scriptPath: string,
  payload: unknown,
  env: NodeJS.ProcessEnv,
  timeoutMs = 10_000,
): Promise<Omit<HookRun, 'event' | 'script' | 'payload'>> {
  return new Promise((resolvePromise, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, [scriptPath], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      let output: Record<string, unknown> | undefined;
      if (stdout.trim().startsWith('{')) {
        try {
          output = JSON.parse(stdout);
        } catch {
          output = undefined;
        }
      }
      resolvePromise({ exitCode, stdout, stderr, output, ms: Number(process.hrtime.bigint() - start) / 1e6 });
    });
    child.stdin.on('error', () => undefined); // a hook may exit before reading everything
    child.stdin.end(typeof payload === 'string' ? payload : JSON.stringify(payload));
  });
}

/** One step of a recording: a hook payload, or a transcript line Claude Code writes first. */
export type RecordingStep = { hook: Record<string, unknown> } | { transcript: Record<string, unknown> };

export interface ReplayOptions {
  hooksDir: string;
  env: NodeJS.ProcessEnv;
  /** Rewrites each payload (paths, cwd) before it is sent. */
  rewrite?: (payload: Record<string, unknown>) => Record<string, unknown>;
  /** Where transcript steps are appended, when the recording has any. */
  transcriptPath?: string;
  onRun?: (run: HookRun) => void;
  /** Called for a payload that no registered hook handles (yet). */
  onUnhandled?: (payload: Record<string, unknown>) => void;
}

export async function replay(steps: readonly RecordingStep[], options: ReplayOptions): Promise<HookRun[]> {
  const runs: HookRun[] = [];
  for (const step of steps) {
    if ('transcript' in step) {
      if (options.transcriptPath) appendFileSync(options.transcriptPath, JSON.stringify(step.transcript) + '\n');
      continue;
    }
    const payload = options.rewrite ? options.rewrite(step.hook) : step.hook;
    const event = String(payload.hook_event_name);
    const tool = typeof payload.tool_name === 'string' ? payload.tool_name : undefined;
    const matching = hooksFor(event, tool);
    if (matching.length === 0) options.onUnhandled?.(payload);
    // Claude Code runs all matching hooks of an event in parallel.
    const results = await Promise.all(
      matching.map(async (h) => {
        const r = await runHookProcess(join(options.hooksDir, h.script), payload, options.env);
        return { event, script: h.script, payload, ...r };
      }),
    );
    for (const r of results) {
      runs.push(r);
      options.onRun?.(r);
    }
  }
  return runs;
}

export function parseRecording(text: string): RecordingStep[] {
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const v = JSON.parse(l) as Record<string, unknown>;
      return 'hook_event_name' in v ? { hook: v } : (v as RecordingStep);
    });
}
