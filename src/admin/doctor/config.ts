/** Configuration files, and the problems that make the hooks ignore one (docs/configuration.md). */
import type { LoadedConfig } from '../../config/load.js';
import { ENV_OVERRIDES } from '../../runtime/env-overrides.js';
import { overridesSet } from '../config-view.js';
import { section, type Section } from './section.js';

export function checkConfig(
  loaded: LoadedConfig,
  files: { user: string; project: string; local: string },
  env: NodeJS.ProcessEnv = process.env,
): Section {
  const s = section('Configuration');
  s.facts.push(`user file: ${files.user}${loaded.sources.includes(files.user) ? '' : ' (not used)'}`);
  s.facts.push(`project file: ${files.project}${loaded.sources.includes(files.project) ? '' : ' (not used)'}`);
  s.facts.push(`local file: ${files.local}${loaded.sources.includes(files.local) ? '' : ' (not used)'}`);
  s.facts.push(
    `mode ${loaded.config.mode}, slow threshold ${loaded.config.slowThresholdSeconds} s, command storage ${loaded.config.commandStorage}`,
  );
  for (const set of overridesSet(env)) s.facts.push(`environment: ${set}`);
  for (const p of loaded.problems) {
    const variable = ENV_OVERRIDES.some((v) => p.startsWith(`${v.name}:`));
    s.problems.push({
      text: `${p}: the hooks ignore ${variable ? 'this variable' : 'this whole file'}`,
      fix: 'fix that key (docs/configuration.md), or set it with `bgtelemetry config set KEY VALUE`',
    });
  }
  return s;
}
