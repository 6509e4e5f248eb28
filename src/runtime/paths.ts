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

export function errorLogPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(dataDir(env), 'errors.log');
}


/** The telemetry database: BGTELEMETRY_DB, else the configured path, else in the data directory. */
export function databasePath(env: NodeJS.ProcessEnv = process.env, configured?: string): string {
  return env.BGTELEMETRY_DB || configured || join(dataDir(env), 'telemetry.db');
}

/** Events that could not be written in time wait here for the next hook or CLI run. */
export function spoolDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(dataDir(env), 'spool');
}
