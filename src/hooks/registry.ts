/**
 * Every hook bgtelemetry installs: which Claude Code event, which tools, which compiled script.
 * The demo, the installer and the plugin's hooks.json are all derived from this table.
 */
export interface HookRegistration {
  event: string;
  /** Claude Code matcher: exact tool names joined by `|`; absent for events without tools. */
  matcher?: string;
  /** Compiled entrypoint under dist/hooks/. */
  script: string;
  /** Seconds Claude Code waits before giving up on the hook. */
  timeout: number;
}

export const HOOKS: readonly HookRegistration[] = [
  { event: 'PreToolUse', matcher: 'Bash', script: 'pre-tool-use.cjs', timeout: 5 },
  { event: 'PostToolUse', matcher: 'Bash', script: 'post-tool-use.cjs', timeout: 5 },
  { event: 'PostToolUseFailure', matcher: 'Bash', script: 'post-tool-use.cjs', timeout: 5 },
];

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
