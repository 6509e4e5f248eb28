/**
 * `bgtelemetry doctor`: every check, in the order a user would fix things: Node and hook
 * registration (is anything running at all), configuration, then the data (database, spool,
 * quarantined files, internal errors), then start-up time.
 */
import { existsSync } from 'node:fs';
import { loadConfig } from '../../config/load.js';
import { databasePath, errorLogPath, projectConfigPath, spoolDir, userConfigPath } from '../../runtime/paths.js';
import { checkColdStart } from './cold-start.js';
import { checkConfig } from './config.js';
import { checkDatabase, rowCounts } from './database.js';
import { checkErrorLog, readErrorLog } from './errors-log.js';
import { checkNode } from './node.js';
import { checkQuarantine } from './quarantine.js';
import type { Section } from './section.js';
import { checkSettings } from './settings.js';
import { checkSpool } from './spool.js';

export type { Problem, Section } from './section.js';

export interface DoctorOptions {
  env: NodeJS.ProcessEnv;
  projectDir: string;
  /** The compiled hooks this bgtelemetry ships. */
  hooksDir: string;
}

export async function runDoctor({ env, projectDir, hooksDir }: DoctorOptions): Promise<Section[]> {
  const settings = checkSettings(projectDir, env);
  const loaded = await loadConfig(projectDir, env);
  const database = databasePath(env, loaded.config.database);
  const db = checkDatabase(database);
  const spool = checkSpool(spoolDir(env), database, db.writable);
  if (db.writable && existsSync(database)) db.section.facts.push(rowCounts(database));
  const errorLog = errorLogPath(env);
  const errors = readErrorLog(errorLog);
  return [
    checkNode(settings.found, env),
    settings.section,
    checkConfig(loaded, { user: userConfigPath(env), project: projectConfigPath(projectDir) }),
    db.section,
    spool,
    checkQuarantine(database, errors),
    checkErrorLog(errorLog, errors),
    checkColdStart(hooksDir, env),
  ];
}
