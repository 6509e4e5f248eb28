/**
 * Every BGTELEMETRY_* environment variable, in one table: what it overrides, the config key it
 * beats (if any), and a line for people. The config loader, `config list`, doctor and
 * docs/configuration.md (checked by a test) all follow it. Plain data: it is in every hook bundle.
 */
export interface EnvOverride {
  name: string;
  /** What it overrides, in a few words. */
  overrides: string;
  /** The config key whose value it replaces, when there is one. */
  configKey?: string;
  description: string;
}

export const ENV_OVERRIDES = [
  { name: 'BGTELEMETRY_HOME', overrides: 'data directory', description: 'holds the user config, database and error log' },
  { name: 'BGTELEMETRY_DB', overrides: 'database file', configKey: 'database', description: 'the telemetry database file' },
  { name: 'BGTELEMETRY_MODE', overrides: 'mode', configKey: 'mode', description: 'suggest, auto, enforce or off' },
  {
    name: 'BGTELEMETRY_SLOW_THRESHOLD',
    overrides: 'slow threshold',
    configKey: 'slowThresholdSeconds',
    description: 'seconds of work that count as slow',
  },
  { name: 'BGTELEMETRY_CODE_CACHE', overrides: 'code cache directory', description: 'off, or an absolute directory for it' },
  { name: 'BGTELEMETRY_TEAM_URL', overrides: 'team store', configKey: 'team.url', description: "the team store's PostgreSQL URL (sync)" },
  {
    name: 'BGTELEMETRY_SQLITE_DRIVER',
    overrides: 'SQLite driver of the hooks',
    description: 'better-sqlite3: the hooks use it even where node:sqlite loads',
  },
  { name: 'BGTELEMETRY_DEBUG', overrides: 'error detail', description: '1: the CLI prints the stack trace of an unexpected error' },
] as const satisfies readonly EnvOverride[];

export type EnvName = (typeof ENV_OVERRIDES)[number]['name'];

/** The variable that overrides a config key, if one does. */
export function overrideOf(configKey: string): EnvName | undefined {
  return ENV_OVERRIDES.find((v) => 'configKey' in v && v.configKey === configKey)?.name;
}
