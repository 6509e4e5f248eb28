/**
 * The copies of the bgtelemetry plugin Claude Code has installed, read from its own bookkeeping
 * (as Claude Code 2.1.197 keeps it; docs/architecture.md, "Plugin copies"):
 * `<plugins>/installed_plugins.json` lists, per `plugin@marketplace`, one entry per scope it is
 * installed in, each naming its copy (`<plugins>/cache/<marketplace>/<plugin>/<version>`);
 * `<plugins>` is $CLAUDE_CODE_PLUGIN_CACHE_DIR or `<config dir>/plugins`. Whether a plugin is on
 * is `enabledPlugins` in the settings files, the later file winning.
 */
import { realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { claudeConfigDir, settingsFiles } from '../../runtime/paths.js';
import { readSettings } from '../settings-files.js';

export interface PluginCopy {
  /** `bgtelemetry@<marketplace>`. */
  id: string;
  scope: string;
  version: string;
  installPath: string;
  /** For project and local scope: the project it was installed for. */
  projectPath?: string;
}

const OURS = /^bgtelemetry@/;

export function installedPluginsPath(env: NodeJS.ProcessEnv): string {
  return join(env.CLAUDE_CODE_PLUGIN_CACHE_DIR || join(claudeConfigDir(env), 'plugins'), 'installed_plugins.json');
}

function asCopy(id: string, entry: unknown): PluginCopy | null {
  if (typeof entry !== 'object' || entry === null) return null;
  const e = entry as Record<string, unknown>;
  if (typeof e.installPath !== 'string') return null;
  return {
    id,
    scope: typeof e.scope === 'string' ? e.scope : 'user',
    version: typeof e.version === 'string' ? e.version : '?',
    installPath: e.installPath,
    ...(typeof e.projectPath === 'string' ? { projectPath: e.projectPath } : {}),
  };
}

/** Every installed copy of bgtelemetry; a file that is missing lists none, one that does not parse says so. */
export function readInstalledCopies(env: NodeJS.ProcessEnv): { copies: PluginCopy[]; error?: string } {
  const read = readSettings(installedPluginsPath(env));
  if (read.state === 'missing') return { copies: [] };
  if (read.state === 'invalid') return { copies: [], error: read.error };
  const plugins = read.value.plugins;
  if (typeof plugins !== 'object' || plugins === null) return { copies: [] };
  const copies: PluginCopy[] = [];
  for (const [id, entries] of Object.entries(plugins)) {
    if (!OURS.test(id)) continue;
    // Version 2 keeps a list per plugin; version 1 kept one entry.
    for (const entry of Array.isArray(entries) ? entries : [entries]) {
      const copy = asCopy(id, entry);
      if (copy) copies.push(copy);
    }
  }
  return { copies };
}

/** `enabledPlugins` of every settings file for this project, merged in Claude Code's order. */
export function enabledPlugins(projectDir: string, env: NodeJS.ProcessEnv): Map<string, boolean> {
  const merged = new Map<string, boolean>();
  for (const { path } of settingsFiles(projectDir, env)) {
    const read = readSettings(path);
    const plugins = read.state === 'ok' ? read.value.enabledPlugins : undefined;
    if (typeof plugins !== 'object' || plugins === null) continue;
    for (const [id, on] of Object.entries(plugins)) if (OURS.test(id)) merged.set(id, on === true);
  }
  return merged;
}

function samePath(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  return real(a) === real(b);
}

/** A user (or managed) copy serves every project; a project or local one only its own. */
export function servesProject(copy: PluginCopy, projectDir: string): boolean {
  return copy.projectPath === undefined || samePath(copy.projectPath, projectDir);
}
