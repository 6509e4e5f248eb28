/**
 * Effective configuration: defaults < user file < project file < project local file (this
 * user's, `install --scope local --mode`) < environment. The validator is
 * imported only when a file exists, so the common case (no config) costs three failed reads.
 */
import type { CatalogueEntry } from '../analysis/catalogue/entry.js';
import { DEFAULT_SLOW_THRESHOLD_SECONDS } from '../analysis/types.js';
import { ENV_OVERRIDES, type EnvName } from '../runtime/env-overrides.js';
import { projectConfigPath, projectLocalConfigPath, userConfigPath } from '../runtime/paths.js';
import { FileRefusedError, readRegularFile } from '../runtime/regular-file.js';
import type { ConfigFileShape, PatternShape } from './schema.js';
import { MAX_SLOW_THRESHOLD_SECONDS, MODES, type CommandStorage, type Mode, type Transport } from './values.js';

export interface NudgeSettings {
  underutilizationEvery: number;
  underutilizationRatio: number;
  uncheckedAfterTurns: number;
  uncheckedMax: number;
  maxActiveTasks: number;
  pollingSeconds: number;
}

export interface IdentitySettings {
  name?: string;
  hash: boolean;
  hostname: boolean;
}

export interface Config {
  mode: Mode;
  slowThresholdSeconds: number;
  patterns: CatalogueEntry[];
  database?: string;
  commandStorage: CommandStorage;
  nudges: NudgeSettings;
  identity: IdentitySettings;
  /** The team store (docs/team.md); BGTELEMETRY_TEAM_URL is read where it is used (sync). */
  team: TeamSettings;
  /** Set only when a file says so: install then picks by platform. */
  transport?: Transport;
  /** Minutes without a request before the daemon exits. */
  daemonIdleMinutes: number;
}

export interface TeamSettings {
  url?: string;
  syncIntervalMinutes: number;
  syncCommand?: string[];
}

/** Between two syncs started by Stop hooks (docs/team.md). */
const DEFAULT_SYNC_INTERVAL_MINUTES = 10;

export interface LoadedConfig {
  config: Config;
  /** Files that were read and applied. */
  sources: string[];
  /** One line per problem, naming the file and key; such a file is ignored as a whole. */
  problems: string[];
}

/** The nudges' defaults; docs/telemetry.md says what each one does. */
export const DEFAULT_NUDGES: NudgeSettings = {
  underutilizationEvery: 20,
  underutilizationRatio: 0.1,
  uncheckedAfterTurns: 3,
  uncheckedMax: 5,
  maxActiveTasks: 10,
  pollingSeconds: 10,
};

export const DEFAULT_CONFIG: Config = {
  mode: 'suggest',
  slowThresholdSeconds: DEFAULT_SLOW_THRESHOLD_SECONDS,
  patterns: [],
  commandStorage: 'redacted',
  nudges: DEFAULT_NUDGES,
  identity: { hash: true, hostname: false },
  team: { syncIntervalMinutes: DEFAULT_SYNC_INTERVAL_MINUTES },
  daemonIdleMinutes: 15,
};

/** A config file is a few KiB; a larger one is refused rather than read into every hook. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/** The file's text; null when it cannot be read; a FileRefusedError when it is no regular file or too large. */
function readIfPresent(path: string): string | FileRefusedError | null {
  try {
    return readRegularFile(path, MAX_CONFIG_BYTES).toString('utf8');
  } catch (error) {
    return error instanceof FileRefusedError ? error : null;
  }
}

export function patternToEntry(p: PatternShape): CatalogueEntry {
  return {
    programs: [p.program],
    args: p.args,
    ifFlags: p.ifFlags,
    unlessFlags: p.unlessFlags,
    effect: p.effect,
    category: p.category ?? 'other',
    estimate: p.estimateSeconds,
    reason: p.reason ?? 'matches a pattern in your bgtelemetry configuration',
    alternative: p.alternative,
    source: 'config',
  };
}

export async function loadConfig(projectDir: string | undefined, env: NodeJS.ProcessEnv = process.env): Promise<LoadedConfig> {
  const config: Config = {
    ...DEFAULT_CONFIG,
    patterns: [],
    nudges: { ...DEFAULT_NUDGES },
    identity: { ...DEFAULT_CONFIG.identity },
    team: { ...DEFAULT_CONFIG.team },
  };
  const sources: string[] = [];
  const problems: string[] = [];
  const files = [userConfigPath(env), ...(projectDir ? [projectConfigPath(projectDir), projectLocalConfigPath(projectDir)] : [])];
  const shared = projectDir ? projectConfigPath(projectDir) : undefined;
  const texts = files.map(readIfPresent);
  texts.forEach((text, k) => {
    if (text instanceof FileRefusedError) problems.push(`${files[k]}: ignored: ${text.message}`);
  });
  if (texts.some((t) => typeof t === 'string')) {
    const { validateConfigFile } = await import('./schema.js');
    texts.forEach((text, k) => {
      if (typeof text !== 'string') return;
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        problems.push(`${files[k]}: not valid JSON (${(error as Error).message})`);
        return;
      }
      const result = validateConfigFile(parsed);
      if (!result.ok) {
        for (const p of result.problems) problems.push(`${files[k]}: ${p}`);
        return;
      }
      // The project's shared file is the same for every developer: who one is is not its to say.
      apply(config, result.value, files[k] === shared);
      sources.push(files[k]);
    });
  }
  applyEnv(config, env, problems);
  return { config, sources, problems };
}

function apply(config: Config, file: ConfigFileShape, shared: boolean): void {
  if (file.mode) config.mode = file.mode;
  if (file.slowThresholdSeconds !== undefined) config.slowThresholdSeconds = file.slowThresholdSeconds;
  // Project patterns come after user patterns, and rows are first-match: put later files first.
  if (file.patterns) config.patterns = [...file.patterns.map(patternToEntry), ...config.patterns];
  if (file.database) config.database = file.database;
  if (file.commandStorage) config.commandStorage = file.commandStorage;
  if (file.team?.url) config.team.url = file.team.url;
  if (file.team?.syncIntervalMinutes !== undefined) config.team.syncIntervalMinutes = file.team.syncIntervalMinutes;
  if (file.team?.syncCommand) config.team.syncCommand = file.team.syncCommand;
  if (file.transport) config.transport = file.transport;
  if (file.daemon?.idleMinutes !== undefined) config.daemonIdleMinutes = file.daemon.idleMinutes;
  if (file.nudges) Object.assign(config.nudges, defined(file.nudges));
  if (file.identity && !shared) Object.assign(config.identity, defined(file.identity));
}

/** The keys a file sets, so that an absent key leaves the value before it. */
function defined<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * How each variable that overrides a key is read; a problem names the variable. BGTELEMETRY_DB
 * is read where the database path is (runtime/paths.ts), the others where they are used.
 */
const ENV_READERS: Partial<Record<EnvName, (value: string, config: Config) => string | null>> = {
  BGTELEMETRY_MODE: (value, config) => {
    if (!(MODES as readonly string[]).includes(value)) return `expected one of ${MODES.join(', ')}, got "${value}"`;
    config.mode = value as Mode;
    return null;
  },
  BGTELEMETRY_SLOW_THRESHOLD: (value, config) => {
    const n = Number(value);
    if (!(Number.isFinite(n) && n > 0 && n <= MAX_SLOW_THRESHOLD_SECONDS))
      return `expected seconds between 0 and ${MAX_SLOW_THRESHOLD_SECONDS}, got "${value}"`;
    config.slowThresholdSeconds = n;
    return null;
  },
};

function applyEnv(config: Config, env: NodeJS.ProcessEnv, problems: string[]): void {
  for (const { name } of ENV_OVERRIDES) {
    const value = env[name];
    const problem = value ? ENV_READERS[name]?.(value, config) : null;
    if (problem) problems.push(`${name}: ${problem}`);
  }
}
