/**
 * `bgtelemetry doctor`: every check, in the order a user would fix things: Node and hook
 * registration (is anything running at all), the plugin's copies, the SQLite binding and one
 * real hook run (can anything be recorded), configuration, then the data (directory, database,
 * spool, fallback spool, quarantined files, internal errors), then start-up time.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig } from '../../config/load.js';
import { databasePath, errorLogPath, projectConfigPath, projectLocalConfigPath, spoolDir, userConfigPath } from '../../runtime/paths.js';
import { checkBinding, type InstallFixes } from './binding.js';
import { checkColdStart } from './cold-start.js';
import { checkConfig } from './config.js';
import { checkDaemon } from './daemon.js';
import { checkDataDir } from './data-dir.js';
import { checkDatabase, rowCounts } from './database.js';
import { checkErrorLog, readErrorLog } from './errors-log.js';
import { checkFallback } from './fallback.js';
import { checkHookRun } from './hook-run.js';
import { checkNode } from './node.js';
import { forgetSolvedProblems } from './once-markers.js';
import { checkPlugins } from './plugins.js';
import { checkQuarantine } from './quarantine.js';
import type { Section } from './section.js';
import { checkSettings } from './settings.js';
import { checkSpool } from './spool.js';
import { checkTeamSync } from './team-sync.js';

export type { Problem, Section } from './section.js';

export interface DoctorOptions {
  env: NodeJS.ProcessEnv;
  projectDir: string;
  /** The compiled hooks this bgtelemetry ships. */
  hooksDir: string;
  /** Time each hook's start-up (three runs of each); default true. */
  timing?: boolean;
}

/** Fixes for this bgtelemetry's own files: a clone, or an npm install. */
function ownFixes(hooksDir: string): InstallFixes {
  const root = resolve(hooksDir, '..', '..');
  return {
    root,
    reinstall: existsSync(join(root, '.git'))
      ? `reinstall its dependencies: npm ci in ${root}`
      : 'reinstall bgtelemetry the way it was installed (npm install -g bgtelemetry)',
    useNode: 'run `bgtelemetry install` with it: the hooks are registered with the Node that runs install',
  };
}

export async function runDoctor({ env, projectDir, hooksDir, timing = true }: DoctorOptions): Promise<Section[]> {
  const settings = checkSettings(projectDir, env, hooksDir);
  const transport = await checkDaemon(settings.found, hooksDir, env);
  const node = checkNode(settings.found, env);
  const plugin = checkPlugins(projectDir, env);
  const binding = checkBinding(hooksDir, node.hookNodes, settings.found.length > 0, env, ownFixes(hooksDir));
  const hookRun = checkHookRun(hooksDir, node.hookNodes, binding.loading, env);
  const bindingOk = plugin.bindingOk && binding.loading.length === node.hookNodes.length;
  const loaded = await loadConfig(projectDir, env);
  const database = databasePath(env, loaded.config.database);
  const db = checkDatabase(database);
  const spool = checkSpool(spoolDir(env), database, { databaseUsable: db.writable, bindingBroken: !bindingOk, env });
  forgetSolvedProblems(env, { binding: bindingOk, spoolDir: spoolDir(env) }, { binding: binding.section, spool });
  const dataDir = checkDataDir(env);
  const fallback = checkFallback({ dataDirUsable: dataDir.usable, databaseUsable: db.writable, database, env });
  if (db.writable && existsSync(database)) db.section.facts.push(rowCounts(database));
  const errorLog = errorLogPath(env);
  const errors = readErrorLog(errorLog);
  return [
    node.section,
    settings.section,
    transport,
    plugin.section,
    binding.section,
    hookRun,
    checkConfig(
      loaded,
      { user: userConfigPath(env), project: projectConfigPath(projectDir), local: projectLocalConfigPath(projectDir) },
      env,
    ),
    dataDir.section,
    db.section,
    spool,
    fallback,
    checkTeamSync(database, loaded.config.team, hooksDir, env),
    checkQuarantine(database, errors),
    checkErrorLog(errorLog, errors),
    checkColdStart(hooksDir, env, timing),
  ];
}
