/**
 * Would Claude Code's own permission rules have allowed this Bash command without asking?
 * `auto` mode may only answer "allow" for such commands: a hook's allow skips the user's prompt,
 * so for anything else it answers "ask" and the user sees the prompt they would have seen.
 */
import { settingsFiles } from '../runtime/paths.js';
import { parseJsonc } from '../runtime/jsonc.js';
import { readRegularFile } from '../runtime/regular-file.js';

/** Settings files are a few KiB; a larger one is not read. */
const MAX_SETTINGS_BYTES = 1024 * 1024;

export type PermissionOutcome = 'allow' | 'ask' | 'deny';

interface Rules {
  allow: string[];
  ask: string[];
  deny: string[];
}

/**
 * The files whose rules count (their order does not matter: every rule of each is kept). An
 * empty project directory, from a payload without a cwd, names no project files.
 */
export function settingsFilesFor(projectDir: string | undefined, env: NodeJS.ProcessEnv = process.env): string[] {
  return settingsFiles(projectDir || undefined, env).map((f) => f.path);
}

export function loadBashRules(files: readonly string[]): Rules {
  const rules: Rules = { allow: [], ask: [], deny: [] };
  for (const file of files) {
    let parsed: unknown;
    try {
      parsed = parseJsonc(readRegularFile(file, MAX_SETTINGS_BYTES).toString('utf8'));
    } catch {
      continue;
    }
    const perms = (parsed as { permissions?: Record<string, unknown> } | null)?.permissions;
    if (!perms || typeof perms !== 'object') continue;
    for (const kind of ['allow', 'ask', 'deny'] as const) {
      const list = perms[kind];
      if (Array.isArray(list)) for (const r of list) if (typeof r === 'string' && /^Bash(\(|$)/.test(r)) rules[kind].push(r);
    }
  }
  return rules;
}

/** Does a `Bash(…)` rule cover this command text? */
export function ruleMatches(rule: string, command: string): boolean {
  if (rule === 'Bash' || rule === 'Bash()' || rule === 'Bash(*)') return true;
  const m = /^Bash\((.*)\)$/s.exec(rule);
  if (!m) return false;
  const pattern = m[1].trim();
  const cmd = command.trim();
  if (pattern.endsWith(':*')) {
    const prefix = pattern.slice(0, -2);
    // Word boundary only: when unsure, the stricter reading keeps the user's prompt.
    return cmd === prefix || cmd.startsWith(prefix + ' ');
  }
  if (pattern.includes('*')) {
    const re = new RegExp(
      '^' +
        pattern
          .split('*')
          .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
          .join('.*') +
        '$',
      's',
    );
    return re.test(cmd);
  }
  return cmd === pattern;
}

/**
 * @param parts the simple commands inside the command, as text; Claude Code checks each part of
 *   a compound command on its own, so every part must be allowed.
 */
export function permissionFor(
  command: string,
  parts: readonly string[],
  rules: Rules,
  permissionMode: string | undefined,
): PermissionOutcome {
  const all = [command, ...parts];
  if (rules.deny.some((r) => all.some((c) => ruleMatches(r, c)))) return 'deny';
  if (rules.ask.some((r) => all.some((c) => ruleMatches(r, c)))) return 'ask';
  if (permissionMode === 'bypassPermissions') return 'allow';
  // A rule covering the whole text counts only for a single command: `Bash(npm test:*)` must
  // not approve `npm test && rm -rf build`.
  if (parts.length <= 1 && rules.allow.some((r) => ruleMatches(r, command))) return 'allow';
  if (parts.length > 0 && parts.every((p) => rules.allow.some((r) => ruleMatches(r, p)))) return 'allow';
  return 'ask';
}
