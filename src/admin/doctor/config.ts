/** Configuration files, and the problems that make the hooks ignore one (docs/configuration.md). */
import type { LoadedConfig } from '../../config/load.js';
import { section, type Section } from './section.js';

export function checkConfig(loaded: LoadedConfig, files: { user: string; project: string }): Section {
  const s = section('Configuration');
  s.facts.push(`user file: ${files.user}${loaded.sources.includes(files.user) ? '' : ' (not used)'}`);
  s.facts.push(`project file: ${files.project}${loaded.sources.includes(files.project) ? '' : ' (not used)'}`);
  s.facts.push(`mode ${loaded.config.mode}, slow threshold ${loaded.config.slowThresholdSeconds} s, command storage ${loaded.config.commandStorage}`);
  for (const p of loaded.problems) {
    s.problems.push({ text: `${p}: the hooks ignore ${p.startsWith('BGTELEMETRY_') ? 'this variable' : 'this whole file'}`, fix: 'fix that key (docs/configuration.md), or set it with `bgtelemetry config set KEY VALUE`' });
  }
  return s;
}
