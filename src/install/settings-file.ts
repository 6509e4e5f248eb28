/**
 * Registers bgtelemetry's hooks in a Claude Code settings file, and removes them, changing
 * nothing else: other keys, other tools' hooks, comments and formatting stay byte for byte.
 * The work is in four modules; this one is the surface the commands use:
 * - hook-groups.ts: our registrations, what we write;
 * - jsonc-text.ts: reading JSON(C) with errors that say where, and text edits that keep
 *   everything around them;
 * - ownership.ts: which hooks are this installation's;
 * - settings-plan.ts: what an install or an uninstall does to the file's text;
 * - settings-io.ts: reading the file, and writing it (a backup, then an atomic replace).
 */
export {
  hookCommand,
  hooksSection,
  quoteForShell,
  registrations,
  type CommandHook,
  type HookRun,
  type MatcherGroup,
  type Registration,
} from './hook-groups.js';
export { parseObjectFile, styleOf } from './jsonc-text.js';
export { planSettings, type FoundElsewhere, type HookChange, type SettingsPlan } from './settings-plan.js';
export { installedHooks, readIfExists, writeWithBackup, type WriteResult } from './settings-io.js';
