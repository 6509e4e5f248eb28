/**
 * Opening the databases a report reads. The default database is opened as every CLI command
 * opens it, taking in the events that waited in the spool first, so the report includes them;
 * files named with --db are only read.
 */
import { existsSync } from 'node:fs';
import { NoDatabaseError, openCliStore, openReadOnly, type CliStore } from '../admin/cli-store.js';

/** A report waits this long for a hook's write lock; hooks hold it for milliseconds. */
const BUSY_TIMEOUT_MS = 2000;

function openGiven(path: string): CliStore {
  if (!existsSync(path)) throw new NoDatabaseError(path);
  return { path, db: openReadOnly(path, BUSY_TIMEOUT_MS) };
}

/** `given`: the paths from --db; none means the default database. Closes what it opened if a later file fails. */
export async function openForReport(given: readonly string[], env: NodeJS.ProcessEnv, warn: (line: string) => void): Promise<CliStore[]> {
  if (!given.length) return [await openCliStore(undefined, 'read', env, { busyTimeoutMs: BUSY_TIMEOUT_MS, warn })];
  const opened: CliStore[] = [];
  try {
    for (const path of given) opened.push(openGiven(path));
    return opened;
  } catch (error) {
    for (const { db } of opened) db.close();
    throw error;
  }
}
