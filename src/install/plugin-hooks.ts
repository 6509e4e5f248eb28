/**
 * The plugin's hooks/hooks.json, derived from the registry like the installer's settings
 * entries. `${CLAUDE_PLUGIN_ROOT}` is expanded by Claude Code; it changes with each plugin
 * update, so nothing but the code may live under it (data stays in ~/.claude/bgtelemetry).
 */
import { hooksSection, type MatcherGroup } from './hook-groups.js';

export interface PluginHooksFile {
  description: string;
  hooks: Record<string, MatcherGroup[]>;
}

export function pluginHooksFile(): PluginHooksFile {
  return {
    description: 'bgtelemetry: advice on running slow shell commands in the background, and telemetry on background tasks',
    hooks: hooksSection((entry) => `node "\${CLAUDE_PLUGIN_ROOT}/dist/hooks/${entry.script}"`),
  };
}

/** The file's exact text, as scripts/build.mjs writes it to plugin/hooks/hooks.json. */
export function pluginHooksText(): string {
  return JSON.stringify(pluginHooksFile(), null, 2) + '\n';
}
