/**
 * Each installed, enabled copy of the bgtelemetry plugin, checked as Claude Code will run it: the
 * scripts its hooks/hooks.json names exist, the SQLite binding loads from the copy (Claude Code
 * installs its node_modules with `npm ci --ignore-scripts`, which can leave none), and one hook
 * records a call end to end. Claude Code reports a plugin installed even when none of that holds.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { commandWords } from '../../install/hook-command.js';
import { shellQuote } from '../quote.js';
import { bindingFinding, probeBinding, type InstallFixes } from './binding.js';
import { runTestHook, TEST_HOOK } from './hook-run.js';
import { resolveProgram } from './node.js';
import { enabledPlugins, installedPluginsPath, readInstalledCopies, servesProject, type PluginCopy } from './plugin-copies.js';
import { readSettings } from '../settings-files.js';
import { section, type Section } from './section.js';

const PLUGIN_ROOT = /\$\{?CLAUDE_PLUGIN_ROOT\}?/;

export interface PluginCheck {
  section: Section;
  /** No checked copy fails to load the SQLite binding. */
  bindingOk: boolean;
}

/** The programs and scripts (under the copy) that a plugin hooks file runs. */
function hookCommands(hooksFile: Record<string, unknown>, root: string): { programs: Set<string>; scripts: Set<string> } {
  const programs = new Set<string>();
  const scripts = new Set<string>();
  const events = typeof hooksFile.hooks === 'object' && hooksFile.hooks !== null ? Object.values(hooksFile.hooks) : [];
  for (const group of events.flat() as { hooks?: { command?: unknown }[] }[]) {
    for (const h of Array.isArray(group?.hooks) ? group.hooks : []) {
      const words = typeof h?.command === 'string' ? (commandWords(h.command) ?? []) : [];
      const k = words.findIndex((w) => PLUGIN_ROOT.test(w));
      if (k < 0) continue;
      scripts.add(words[k].replace(PLUGIN_ROOT, root));
      if (k > 0) programs.add(words[k - 1]);
    }
  }
  return { programs, scripts };
}

/** A fresh copy; `claude plugin update` leaves a copy of the same version as it is. */
function reinstall(copy: PluginCopy): string {
  const scope = `--scope ${copy.scope}`;
  return `reinstall the plugin${copy.projectPath ? ` (in ${copy.projectPath})` : ''}: claude plugin uninstall ${copy.id} ${scope} && claude plugin install ${copy.id} ${scope}`;
}

function fixesFor(copy: PluginCopy): InstallFixes {
  return {
    root: copy.installPath,
    reinstall: `${reinstall(copy)}, or install its dependencies in place: npm install --omit=dev --ignore-scripts --prefix ${shellQuote(copy.installPath)}`,
    useNode: 'put it first on the PATH Claude Code is started with: plugin hooks run `node` from there',
  };
}

/** Checks one copy into `s`; false when its SQLite binding does not load. */
function checkCopy(s: Section, copy: PluginCopy, env: NodeJS.ProcessEnv): boolean {
  const root = copy.installPath;
  const label = `${copy.id} ${copy.version} (${copy.scope} scope)`;
  const fixes = fixesFor(copy);
  s.facts.push(`${label}: ${root}`);
  if (!existsSync(root)) {
    s.problems.push({ text: `${label}: its copy ${root} does not exist: none of its hooks can run`, fix: reinstall(copy) });
    return true;
  }
  const hooksJson = join(root, 'hooks', 'hooks.json');
  const read = readSettings(hooksJson);
  if (read.state !== 'ok') {
    s.problems.push({
      text: `${label}: ${hooksJson} ${read.state === 'missing' ? 'is missing' : `cannot be used (${read.error})`}: Claude Code runs none of its hooks`,
      fix: reinstall(copy),
    });
    return true;
  }
  const { programs, scripts } = hookCommands(read.value, root);
  const missing = [...scripts].filter((p) => !existsSync(p));
  if (missing.length) {
    s.problems.push({
      text: `${label}: ${missing.length} of the ${scripts.size} hook scripts its hooks.json names are missing, so every call of those hooks fails: ${missing.map((p) => relative(root, p)).join(', ')}`,
      fix: `${reinstall(copy)}; if the new copy lacks them too, the marketplace it comes from ships no built hooks (dist/): report it there`,
    });
  }
  const hooksDir = join(root, 'dist', 'hooks');
  let bindingOk = true;
  for (const program of programs) {
    const node = resolveProgram(program, env);
    if (!node) {
      s.problems.push({ text: `${label}: its hooks run "${program}", which is not found on PATH`, fix: fixes.useNode });
      continue;
    }
    const probe = probeBinding(hooksDir, node, env);
    const finding = bindingFinding(probe, fixes);
    if ('problem' in finding) {
      bindingOk = false;
      if (probe.problem?.cause === 'no-addon' && !existsSync(join(root, 'node_modules'))) {
        finding.problem.details = [
          `${join(root, 'node_modules')} is missing: Claude Code's \`npm ci --ignore-scripts\` installed nothing (no package-lock.json in the plugin, or no registry at install time)`,
        ];
      }
      s.problems.push({ ...finding.problem, text: `${label}: ${finding.problem.text}` });
      continue;
    }
    s.facts.push(`  binding: ${finding.fact}`);
    if (!existsSync(join(hooksDir, TEST_HOOK))) continue; // said above: its scripts are missing
    const run = runTestHook(hooksDir, node, env, `${reinstall(copy)}; if it persists, report it with this output`, {
      CLAUDE_PLUGIN_ROOT: root,
    });
    if ('fact' in run) s.facts.push(`  test run: ${run.fact}`);
    else s.problems.push({ ...run.problem, text: `${label}: ${run.problem.text}` });
  }
  return bindingOk;
}

export function checkPlugins(projectDir: string, env: NodeJS.ProcessEnv): PluginCheck {
  const s = section('Claude Code plugin');
  const listing = installedPluginsPath(env);
  const { copies, error } = readInstalledCopies(env);
  const enabled = enabledPlugins(projectDir, env);
  if (error)
    s.problems.push({
      text: `${listing}: ${error}; Claude Code cannot tell which plugins are installed`,
      fix: 'fix that file, or reinstall the plugin: claude plugin install bgtelemetry@bgtelemetry',
    });
  if (!copies.length) {
    const wanted = [...enabled].filter(([, on]) => on).map(([id]) => id);
    for (const id of wanted)
      s.problems.push({
        text: `${id} is enabled in the settings, but ${listing} lists no installed copy: none of its hooks run`,
        fix: `claude plugin install ${id}`,
      });
    if (!wanted.length && !error) s.facts.push(`not installed as a plugin (${listing} lists no bgtelemetry)`);
    return { section: s, bindingOk: true };
  }
  let bindingOk = true;
  const checked = new Set<string>();
  for (const copy of copies) {
    const label = `${copy.id} ${copy.version} (${copy.scope} scope)`;
    if (!servesProject(copy, projectDir)) s.facts.push(`${label}: installed for ${copy.projectPath}, not this project; not checked`);
    else if (enabled.get(copy.id) !== true) s.facts.push(`${label}: not enabled here; not checked`);
    else if (checked.has(copy.installPath)) s.facts.push(`${label}: the same copy as above`);
    else {
      checked.add(copy.installPath);
      if (!checkCopy(s, copy, env)) bindingOk = false;
    }
  }
  return { section: s, bindingOk };
}
