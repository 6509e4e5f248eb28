/**
 * Every hook bgtelemetry installs: which Claude Code event, which tools, which compiled script.
 * The demo, the installer and the plugin's hooks.json are all derived from this table.
 */
import { TASK_TOOLS } from '../policy/task-tools.js';
import type { HookEventName } from '../runtime/hook-input.js';

export interface HookRegistration {
  event: HookEventName;
  /** Claude Code matcher: exact tool names joined by `|`; absent for events without tools. */
  matcher?: string;
  /** Compiled entrypoint under dist/hooks/. */
  script: string;
  /** Seconds Claude Code waits before giving up on the hook. */
  timeout: number;
  /** Runs without blocking the agent (Claude Code 2.1.15+; older versions run it inline). */
  async?: boolean;
}

/** Tools whose results record a background task's life: checks and stops. */
const TASK_TOOL_NAMES = Object.keys(TASK_TOOLS).join('|');

export const HOOKS: readonly HookRegistration[] = [
  { event: 'PreToolUse', matcher: 'Bash', script: 'pre-tool-use.cjs', timeout: 5 },
  { event: 'PostToolUse', matcher: `Bash|${TASK_TOOL_NAMES}`, script: 'post-tool-use.cjs', timeout: 5 },
  // Every file read fires this; only reads of a task's output file are recorded, off the agent's path.
  { event: 'PostToolUse', matcher: 'Read', script: 'post-tool-use.cjs', timeout: 5, async: true },
  { event: 'PostToolUseFailure', matcher: 'Bash', script: 'post-tool-use.cjs', timeout: 5 },
  { event: 'UserPromptSubmit', script: 'user-prompt-submit.cjs', timeout: 5 },
  { event: 'Stop', script: 'lifecycle.cjs', timeout: 5 },
  { event: 'SessionStart', script: 'lifecycle.cjs', timeout: 5 },
  { event: 'SessionEnd', script: 'lifecycle.cjs', timeout: 5 },
];

/** Each compiled script once, in registry order: one script may serve several events. */
export const HOOK_SCRIPTS: readonly string[] = [...new Set(HOOKS.map((h) => h.script))];

/**
 * One representative call per script (the event-specific fields of its payload): the build runs
 * each script once with it to warm the code cache, so it should exercise the script's usual path.
 */
export const WARM_UP_PAYLOADS: Readonly<Record<string, Record<string, unknown>>> = {
  'pre-tool-use.cjs': {
    hook_event_name: 'PreToolUse',
    tool_name: 'Bash',
    tool_use_id: 'toolu_warm',
    tool_input: { command: 'cd app && npm ci && npm test -- --reporter=dot | tee log', description: 'warm-up' },
  },
  'post-tool-use.cjs': {
    hook_event_name: 'PostToolUse',
    tool_name: 'Bash',
    tool_use_id: 'toolu_warm',
    tool_input: { command: 'npm test', description: 'warm-up' },
    tool_response: { stdout: 'ok', stderr: '', interrupted: false, isImage: false },
  },
  'user-prompt-submit.cjs': { hook_event_name: 'UserPromptSubmit', prompt: 'run the tests and fix what fails' },
  'lifecycle.cjs': { hook_event_name: 'Stop', stop_hook_active: false },
};

/** `PreToolUse (Bash) → pre-tool-use.cjs`: a registration, or a hook found or changed in a settings file. */
export function describeHook(hook: { event: string; matcher?: string; script: string }): string {
  return `${hook.event}${hook.matcher ? ` (${hook.matcher})` : ''} → ${hook.script}`;
}

/** Does a registration's matcher select this tool? Mirrors Claude Code's matcher rules. */
export function matcherSelects(matcher: string | undefined, toolName: string | undefined): boolean {
  if (matcher === undefined || matcher === '' || matcher === '*') return true;
  if (toolName === undefined) return false;
  if (/^[A-Za-z0-9_|]+$/.test(matcher)) return matcher.split('|').includes(toolName);
  try {
    return new RegExp(matcher).test(toolName);
  } catch {
    return false;
  }
}

export function hooksFor(event: string, toolName: string | undefined): HookRegistration[] {
  return HOOKS.filter((h) => h.event === event && matcherSelects(h.matcher, toolName));
}
