/**
 * Which settings files register bgtelemetry's hooks, whether each parses, whether the scripts
 * they name exist, whether their form suits the Claude Code on PATH, and whether their node
 * lives in a directory an upgrade deletes. Claude Code merges the hooks of every file, so a
 * hook counts as registered when any file registers it. (Whether that node exists and runs is
 * the Node.js section's check.)
 */
import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { describeHook } from '../../hooks/registry.js';
import { claudeVersionOnPath, compareVersions, EXEC_FORM_SINCE } from '../../install/hook-form.js';
import { stableNodePath, versionedInstall } from '../../install/node-path.js';
import { namesBgtelemetry, ownerFor, type OwnerOf } from '../../install/ownership.js';
import { settingsFiles } from '../../runtime/paths.js';
import { findOurHooks, missingHooks, type FoundHook } from '../hook-commands.js';
import { readSettings } from '../settings-files.js';
import { section, type Section } from './section.js';

export interface SettingsCheck {
  section: Section;
  /** Every registration of ours found, with the file it is in. */
  found: (FoundHook & { file: string })[];
}

const INSTALL = 'run `bgtelemetry install` (it registers every hook with the right paths)';

/**
 * A hook that runs a script named like ours is bgtelemetry's when it is this installation's
 * (ownership.ts, as install decides) or its path names bgtelemetry (another installation, or one
 * that is gone); anything else only looks like ours. Claude Code runs a relative path in the project.
 */
function isBgtelemetrys(h: FoundHook, projectDir: string, ownerOf: OwnerOf): boolean {
  const path = isAbsolute(h.scriptPath) ? h.scriptPath : resolve(projectDir, h.scriptPath);
  return ownerOf(path) === 'ours' || namesBgtelemetry(path);
}

/** `hooksDir`: this installation's compiled hooks, which decide what is ours. */
export function checkSettings(projectDir: string, env: NodeJS.ProcessEnv, hooksDir: string): SettingsCheck {
  const s = section('Hook registration');
  const ownerOf = ownerFor(hooksDir);
  const found: SettingsCheck['found'] = [];
  let plugin: string | undefined;
  for (const { label, path } of settingsFiles(projectDir, env)) {
    const read = readSettings(path);
    if (read.state === 'missing') {
      s.facts.push(`${label} settings: ${path} (none)`);
      continue;
    }
    if (read.state === 'invalid') {
      s.problems.push({
        text: `${label} settings ${path}: ${read.error}; Claude Code ignores the whole file, hooks included`,
        fix: 'fix it at that spot (often a missing comma or quote), then run `bgtelemetry doctor` again',
      });
      continue;
    }
    const named = findOurHooks(read.value, projectDir);
    const ours = named.filter((h) => isBgtelemetrys(h, projectDir, ownerOf));
    plugin ??= enabledPlugin(read.value);
    const forms = [...new Set(ours.map((h) => h.form))].join(' and ');
    s.facts.push(
      `${label} settings: ${path}: ${ours.length ? `registers ${ours.map(describeHook).join(', ')} (${forms} form)` : 'no bgtelemetry hooks'}`,
    );
    const lookalikes = [...new Set(named.filter((h) => !ours.includes(h)).map((h) => h.scriptPath))];
    if (lookalikes.length)
      s.facts.push(
        `${label} settings: another tool's hooks, named like bgtelemetry's but neither this installation's nor in a bgtelemetry directory (not counted): ${lookalikes.join(', ')}`,
      );
    const reported = new Set<string>();
    for (const h of ours) {
      found.push({ ...h, file: path });
      checkScript(s, h, label, projectDir, reported);
    }
  }
  if (plugin) s.facts.push(`enabled as a plugin: ${plugin} (its hooks are not listed in settings files)`);
  else if (!found.length)
    s.problems.push({ text: 'no settings file registers the bgtelemetry hooks: nothing is advised or recorded', fix: INSTALL });
  else {
    const missing = missingHooks(found);
    if (missing.length) s.problems.push({ text: `some hooks are not registered: ${missing.map(describeHook).join('; ')}`, fix: INSTALL });
    const files = new Set(found.map((h) => h.file));
    if (files.size > 1)
      s.facts.push(`registered in ${files.size} files: each event is still recorded once, but every hook runs once per file`);
  }
  checkExecForm(s, found, env);
  checkNodePaths(s, found, env);
  return { section: s, found };
}

/** Claude Code before 2.1.139 runs an exec-form hook's program without its `args`: node alone, which fails. */
function checkExecForm(s: Section, found: SettingsCheck['found'], env: NodeJS.ProcessEnv): void {
  const files = [...new Set(found.filter((h) => h.form === 'exec').map((h) => h.file))];
  if (!files.length) return;
  const version = claudeVersionOnPath(env);
  if (!version)
    s.facts.push(
      `exec-form hooks (in ${files.join(', ')}) need Claude Code ${EXEC_FORM_SINCE} or later; no \`claude\` on PATH answered --version, so not checked`,
    );
  else if (compareVersions(version, EXEC_FORM_SINCE) < 0) {
    s.problems.push({
      text: `${files.join(', ')} register hooks in exec form, but the Claude Code on PATH is ${version}: versions before ${EXEC_FORM_SINCE} run them without their script, so they record nothing`,
      fix: 'run `bgtelemetry install` (it writes the form that version runs); or upgrade Claude Code',
    });
  }
}

/**
 * A node inside one version's directory works until that version is upgraded away. One that is
 * gone already is the Node.js section's problem.
 */
function checkNodePaths(s: Section, found: SettingsCheck['found'], env: NodeJS.ProcessEnv): void {
  for (const node of new Set(found.map((h) => h.node))) {
    const install = node && isAbsolute(node) && existsSync(node) ? versionedInstall(node) : undefined;
    if (!node || !install) continue;
    const stable = stableNodePath(node, env);
    const fix =
      stable !== node
        ? `${stable} is the same node and survives upgrades: run \`bgtelemetry install\` again to use it`
        : 'No path on PATH outside it leads to this node: add one (Homebrew: its bin directory) and run `bgtelemetry install` again.';
    s.facts.push(
      `warning: hooks run ${node}, in a ${install.manager} directory for one Node version, deleted by ${install.removedBy}; the hooks then fail to start. ${fix}`,
    );
  }
}

/** Reports each missing script once per file, whatever the number of events running it. */
function checkScript(s: Section, h: FoundHook, label: string, projectDir: string, reported: Set<string>): void {
  if (reported.has(h.scriptPath)) return;
  reported.add(h.scriptPath);
  if (h.scriptPath.includes('${')) {
    s.facts.push(`${h.scriptPath} depends on a variable Claude Code sets; not checked`);
    return;
  }
  // Claude Code runs hook commands in the project directory.
  const path = isAbsolute(h.scriptPath) ? h.scriptPath : resolve(projectDir, h.scriptPath);
  if (!existsSync(path)) {
    s.problems.push({
      text: `${label} settings run ${path}, which does not exist: every call of that hook fails`,
      fix: `${INSTALL}; or build the hooks there (npm run build)`,
    });
  }
}

function enabledPlugin(settings: Record<string, unknown>): string | undefined {
  const plugins = settings.enabledPlugins;
  if (typeof plugins !== 'object' || plugins === null) return undefined;
  return Object.entries(plugins).find(([name, on]) => on === true && /^bgtelemetry(@|$)/.test(name))?.[0];
}
