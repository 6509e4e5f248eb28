/**
 * The effective configuration, key by key, with where each value comes from: the default, the
 * user file, the project file, the project's local file, or the environment (docs/configuration.md:
 * later sources win).
 */
import { loadConfig, MAX_CONFIG_BYTES, type LoadedConfig } from '../config/load.js';
import { ENV_OVERRIDES, overrideOf } from '../runtime/env-overrides.js';
import { readRegularFile } from '../runtime/regular-file.js';
import { databasePath, projectConfigPath, projectLocalConfigPath, userConfigPath } from '../runtime/paths.js';
import { maskUrl } from '../privacy/url-password.js';
import { configKeys, getPath } from './config-keys.js';

export type Origin = 'default' | 'user file' | 'project file' | 'local file' | 'environment';

export interface ConfigEntry {
  key: string;
  value: unknown;
  /** `patterns` may combine the files: `user file + project file`. */
  origin: Origin | `${Origin} + ${string}`;
}

/** The BGTELEMETRY_* variables set in `env`, each as `NAME=value (what it overrides)`; a URL's password masked. */
export function overridesSet(env: NodeJS.ProcessEnv): string[] {
  return ENV_OVERRIDES.filter((v) => env[v.name]).map((v) => `${v.name}=${maskUrl(env[v.name] as string)} (${v.overrides})`);
}

export interface ConfigView {
  entries: ConfigEntry[];
  loaded: LoadedConfig;
  files: { user: string; project: string; local: string };
}

export async function configView(projectDir: string, env: NodeJS.ProcessEnv = process.env): Promise<ConfigView> {
  const loaded = await loadConfig(projectDir, env);
  const files = { user: userConfigPath(env), project: projectConfigPath(projectDir), local: projectLocalConfigPath(projectDir) };
  // Files the loader applied are valid JSON; a file it ignored contributes nothing. Read again
  // as the loader reads: a file swapped for a FIFO meanwhile is refused, not waited on.
  const raw = (path: string): unknown =>
    loaded.sources.includes(path) ? JSON.parse(readRegularFile(path, MAX_CONFIG_BYTES).toString('utf8')) : {};
  // Later files win: the last one holding a key is where its value comes from.
  const layers: [Origin, unknown][] = [
    ['user file', raw(files.user)],
    ['project file', raw(files.project)],
    ['local file', raw(files.local)],
  ];
  const teamUrl = env.BGTELEMETRY_TEAM_URL || loaded.config.team.url;
  const effective = {
    ...loaded.config,
    database: databasePath(env, loaded.config.database),
    // The environment's URL may hold a password: shown masked.
    team: { url: teamUrl ? maskUrl(teamUrl) : undefined },
  };
  const entries = configKeys().leaves.map((key): ConfigEntry => {
    // The loader takes identity.* from this user's files only (config/load.ts).
    const holding = layers.filter(
      ([origin, file]) => getPath(file, key) !== undefined && !(origin === 'project file' && key.startsWith('identity.')),
    );
    if (key === 'patterns') {
      // Rows combine, later files' rows first; shown as written, not as compiled catalogue rows.
      const rows = [...holding].reverse().flatMap(([, file]) => getPath(file, key) as unknown[]);
      return { key, value: rows, origin: holding.length ? (holding.map(([o]) => o).join(' + ') as ConfigEntry['origin']) : 'default' };
    }
    // A value the loader rejected does not count.
    const variable = overrideOf(key);
    const fromEnv = variable !== undefined && Boolean(env[variable]) && !loaded.problems.some((p) => p.startsWith(`${variable}:`));
    const origin: Origin = fromEnv ? 'environment' : (holding.at(-1)?.[0] ?? 'default');
    return { key, value: getPath(effective, key), origin };
  });
  return { entries, loaded, files };
}
