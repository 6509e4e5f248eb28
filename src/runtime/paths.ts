/** Where bgtelemetry keeps its files. Honours CLAUDE_CONFIG_DIR like Claude Code itself. */
import { homedir } from 'node:os';
import { join } from 'node:path';

export function claudeConfigDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.CLAUDE_CONFIG_DIR || join(env.HOME || homedir(), '.claude');
}

/** Our own directory: database, spool, error log, user config. */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.BGTELEMETRY_HOME || join(claudeConfigDir(env), 'bgtelemetry');
}

export function userConfigPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(dataDir(env), 'config.json');
}

export function projectConfigPath(projectDir: string): string {
  return join(projectDir, '.claude', 'bgtelemetry.json');
}

/** This user's own settings for one project, beside Claude Code's settings.local.json (which it gitignores). */
export function projectLocalConfigPath(projectDir: string): string {
  return join(projectDir, '.claude', 'bgtelemetry.local.json');
}

export function errorLogPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(dataDir(env), 'errors.log');
}

export const SETTINGS_SCOPES = ['user', 'project', 'local'] as const;
export type SettingsScope = (typeof SETTINGS_SCOPES)[number];

/** The settings file Claude Code reads for a scope. */
export function settingsPath(scope: SettingsScope, projectDir: string, env: NodeJS.ProcessEnv = process.env): string {
  if (scope === 'user') return join(claudeConfigDir(env), 'settings.json');
  return join(projectDir, '.claude', scope === 'project' ? 'settings.json' : 'settings.local.json');
}

/**
 * The administrator's settings file on this platform, where Claude Code 2.0 and 2.1 look for it
 * (WSL counts as Linux; 2.0 on Windows also falls back to C:\ProgramData\ClaudeCode). Only
 * this file: 2.1's managed-settings.d/ drop-ins are not read.
 */
export function managedSettingsPath(platform: NodeJS.Platform = process.platform): string {
  if (platform === 'darwin') return '/Library/Application Support/ClaudeCode/managed-settings.json';
  if (platform === 'win32') return 'C:\\Program Files\\ClaudeCode\\managed-settings.json';
  return '/etc/claude-code/managed-settings.json';
}

export interface SettingsFile {
  label: SettingsScope | 'managed';
  path: string;
}

/**
 * Every Claude Code settings file that can hold hooks and permission rules, in the order Claude
 * Code reads them; without a project directory, only the user's and the managed one.
 */
export function settingsFiles(
  projectDir: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): SettingsFile[] {
  const scoped: SettingsFile[] =
    projectDir === undefined
      ? [{ label: 'user', path: settingsPath('user', '', env) }] // the user's file names no project
      : SETTINGS_SCOPES.map((label) => ({ label, path: settingsPath(label, projectDir, env) }));
  return [...scoped, { label: 'managed', path: managedSettingsPath(platform) }];
}

/** The telemetry database: BGTELEMETRY_DB, else the configured path, else in the data directory. */
export function databasePath(env: NodeJS.ProcessEnv = process.env, configured?: string): string {
  return env.BGTELEMETRY_DB || configured || join(dataDir(env), 'telemetry.db');
}

/** Events that could not be written in time wait here for the next hook or CLI run. */
export function spoolDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(dataDir(env), 'spool');
}
