/**
 * Finds the hooks named like bgtelemetry's in a settings object: any command hook, in shell or
 * exec form, that runs one of our scripts under a `dist/hooks/` path, however it is worded
 * (doctor then tells ours from look-alikes by ownership.ts). Each is matched
 * against the registry, so a missing or stale registration shows, and its Node and script paths
 * are extracted for checking.
 */
import { HOOKS, matcherSelects, type HookRegistration } from '../hooks/registry.js';
import { hookWords, OUR_SCRIPT, scriptWordIndex, shimHook, type HookForm } from '../install/hook-command.js';
import type { Transport } from '../install/transport.js';

export interface FoundHook {
  event: string;
  matcher?: string;
  command: string;
  /** `exec`: `command` is the program and `args` its arguments; `shell`: one shell string. */
  form: HookForm;
  /** Script file name (`pre-tool-use.cjs`). */
  script: string;
  /** The script path as written, with $CLAUDE_PROJECT_DIR expanded; other variables kept. */
  scriptPath: string;
  /** The program that runs it (`node`, `/usr/bin/node`); null when the script is run directly. The shim's fallback node. */
  node: string | null;
  /** `daemon`: through the shim (the script is its fallback); `node`: a process per event. */
  transport: Transport;
}

/** A shell expands both spellings; in exec form Claude Code substitutes only `${…}`. */
const PROJECT_DIR: Record<HookForm, RegExp> = { shell: /\$\{?CLAUDE_PROJECT_DIR\}?/g, exec: /\$\{CLAUDE_PROJECT_DIR\}/g };

export function findOurHooks(settings: Record<string, unknown>, projectDir: string): FoundHook[] {
  const found: FoundHook[] = [];
  const hooks = settings.hooks;
  if (typeof hooks !== 'object' || hooks === null) return found;
  for (const [event, groups] of Object.entries(hooks)) {
    if (!Array.isArray(groups)) continue;
    for (const group of groups as { matcher?: unknown; hooks?: unknown }[]) {
      if (!Array.isArray(group?.hooks)) continue;
      const matcher = typeof group.matcher === 'string' ? group.matcher : undefined;
      for (const h of group.hooks as unknown[]) {
        const read = hookWords(h);
        if (!read) continue;
        const words = read.words.map((w) => w.replace(PROJECT_DIR[read.form], projectDir));
        const k = scriptWordIndex(words);
        const command = (h as { command: string }).command;
        const shim = k < 0 ? shimHook(words) : null;
        if (shim) found.push({ event, matcher, command, form: read.form, ...shim, transport: 'daemon' });
        if (k < 0) continue;
        found.push({
          event,
          matcher,
          command,
          form: read.form,
          script: OUR_SCRIPT.exec(words[k])![1],
          scriptPath: words[k],
          node: k > 0 ? words[k - 1] : null,
          transport: 'node',
        });
      }
    }
  }
  return found;
}

/** Does this found hook cover the registration: same event and script, and every tool it needs? */
function covers(found: FoundHook, reg: HookRegistration): boolean {
  if (found.event !== reg.event || found.script !== reg.script) return false;
  if (reg.matcher === undefined) return true;
  return reg.matcher.split('|').every((tool) => matcherSelects(found.matcher, tool));
}

/** Registrations none of the found hooks cover. */
export function missingHooks(found: readonly FoundHook[]): HookRegistration[] {
  return HOOKS.filter((reg) => !found.some((f) => covers(f, reg)));
}
