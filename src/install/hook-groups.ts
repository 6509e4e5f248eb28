/**
 * Our registrations in Claude Code settings: the matcher groups bgtelemetry writes, one per
 * registry entry, and the commands they run.
 */
import { join } from 'node:path';
import { HOOKS, type HookRegistration } from '../hooks/registry.js';
import { SHIM_SCRIPT, type HookForm } from './hook-command.js';

export interface CommandHook {
  type: 'command';
  command: string;
  /** Exec form: `command` is the program, spawned with these arguments and no shell. */
  args?: string[];
  timeout: number;
  async?: true;
}

export interface MatcherGroup {
  matcher?: string;
  hooks: CommandHook[];
}

export interface Registration {
  entry: HookRegistration;
  group: MatcherGroup;
}

/** What a hook runs: a shell string, or (exec form) a program and its arguments. */
export type HookRun = string | { command: string; args: string[] };

/**
 * Double quotes keep spaces in a path; inside them sh still gives `$`, `` ` ``, `\` and `"` a
 * meaning, so those are escaped. Windows paths cannot hold `"`, and their `\` must stay as typed.
 */
export function quoteForShell(value: string, platform: NodeJS.Platform = process.platform): string {
  return `"${platform === 'win32' ? value : value.replace(/["$`\\]/g, '\\$&')}"`;
}

/** Absolute node and script: hooks run with the session's PATH, which may hold another node or none. */
export function hookCommand(scriptPath: string, nodePath: string = process.execPath): string {
  return `${quoteForShell(nodePath)} ${quoteForShell(scriptPath)}`;
}

/** `node script` in the given form; exec form needs no quoting at all. */
function hookRun(scriptPath: string, nodePath: string, form: HookForm): HookRun {
  return form === 'exec' ? { command: nodePath, args: [scriptPath] } : hookCommand(scriptPath, nodePath);
}

/** How the daemon transport runs a hook: `bash <hooksDir>/shim.sh <hook> <node>` (node: its fallback). */
export interface ShimRun {
  bash: string;
  hooksDir: string;
}

/** The shim's words for one registry script, in the given form. */
function shimRun(script: string, nodePath: string, form: HookForm, shim: ShimRun): HookRun {
  const words = [join(shim.hooksDir, SHIM_SCRIPT), script.replace(/\.cjs$/, ''), nodePath];
  return form === 'exec' ? { command: shim.bash, args: words } : [shim.bash, ...words].map((w) => quoteForShell(w)).join(' ');
}

/** One matcher group per registry entry: a group of its own is never shared with another tool. */
function groupFor(entry: HookRegistration, run: HookRun): MatcherGroup {
  const hook: CommandHook =
    typeof run === 'string'
      ? { type: 'command', command: run, timeout: entry.timeout }
      : { type: 'command', ...run, timeout: entry.timeout };
  if (entry.async) hook.async = true;
  return entry.matcher === undefined ? { hooks: [hook] } : { matcher: entry.matcher, hooks: [hook] };
}

/** The `hooks` object a set of commands implies, events in registry order. */
export function hooksSection(runFor: (entry: HookRegistration) => HookRun): Record<string, MatcherGroup[]> {
  const section: Record<string, MatcherGroup[]> = {};
  for (const entry of HOOKS) (section[entry.event] ??= []).push(groupFor(entry, runFor(entry)));
  return section;
}

/**
 * What `install` writes: every registry entry, run by `nodePath` from `hooksDir`, in `form`;
 * through the daemon's shim when `shimBash` (the bash to run it) is given.
 */
export function registrations(
  hooksDir: string,
  nodePath: string = process.execPath,
  form: HookForm = 'shell',
  shimBash?: string,
): Registration[] {
  return HOOKS.map((entry) => ({
    entry,
    group: groupFor(
      entry,
      shimBash
        ? shimRun(entry.script, nodePath, form, { bash: shimBash, hooksDir })
        : hookRun(join(hooksDir, entry.script), nodePath, form),
    ),
  }));
}
