/**
 * Opening the databases a report reads. The default database first takes in the events that
 * waited in the spool, so the report includes them; files named with --db are only read.
 */
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { CliError } from '../cli/errors.js';
import { spoolDir } from '../runtime/paths.js';
import { openDatabase, type DB } from '../store/open.js';
import { SCHEMA_VERSION } from '../store/schema.js';
import { drainSpool, spooledFiles } from '../store/spool.js';

/** A report waits this long for a hook's write lock; hooks hold it for milliseconds. */
const BUSY_TIMEOUT_MS = 2000;

export interface OpenedDatabase {
  path: string;
  db: DB;
}

function readOnly(path: string, flag: string): DB {
  if (!existsSync(path)) throw new CliError(`${flag}${path}: no such file`, 'check the path, or leave out --db to read your own database');
  try {
    return openDatabase(path, { busyTimeoutMs: BUSY_TIMEOUT_MS, readonly: true });
  } catch (error) {
    const older = olderSchema(path);
    if (older) return older;
    throw new CliError(`cannot read ${path}: ${(error as Error).message}`, 'check that it is a bgtelemetry database, written by this version of bgtelemetry or an older one');
  }
}

/**
 * A file from an older bgtelemetry cannot be migrated read-only; since version 1 every later
 * migration only adds indexes, so the report reads it as it is (more slowly).
 */
function olderSchema(path: string): DB | null {
  let db: DB | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version >= 1 && version < SCHEMA_VERSION) return db;
  } catch {
    // not a database at all: the caller reports the original error
  }
  db?.close();
  return null;
}

/**
 * The default database, with the spool replayed into it. When it cannot be written (a lock
 * held too long, a read-only disk), the report reads what is there and says what it left out.
 */
function openDefault(path: string, env: NodeJS.ProcessEnv, warn: (line: string) => void): DB {
  const spool = spoolDir(env);
  const waiting = spooledFiles(spool).length;
  if (!existsSync(path) && !waiting) {
    throw new CliError(`no telemetry database at ${path}`, 'install the hooks (bgtelemetry install) and use Claude Code for a while, or pass --db FILE');
  }
  let db: DB;
  try {
    db = openDatabase(path, { busyTimeoutMs: BUSY_TIMEOUT_MS });
  } catch (error) {
    warn(`could not open ${path} for writing (${(error as Error).message}); ${waiting} spooled events are not in this report`);
    return readOnly(path, '');
  }
  if (waiting) {
    try {
      const { left, bad } = drainSpool(db, spool);
      if (left || bad) warn(`${left + bad} spooled events could not be replayed; see ${spool}`);
    } catch (error) {
      warn(`replaying the spool stopped (${(error as Error).message}); the events still waiting are not in this report`);
    }
  }
  return db;
}

/** `explicit`: paths came from --db. Closes what it opened if a later file fails. */
export function openForReport(paths: readonly string[], explicit: boolean, env: NodeJS.ProcessEnv, warn: (line: string) => void): OpenedDatabase[] {
  const opened: OpenedDatabase[] = [];
  try {
    for (const path of paths) opened.push({ path, db: explicit ? readOnly(path, '--db ') : openDefault(path, env, warn) });
    return opened;
  } catch (error) {
    for (const { db } of opened) db.close();
    throw error;
  }
}
