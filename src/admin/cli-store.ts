/**
 * Opening the telemetry database for a CLI command. The spool belongs to the default database
 * (the one the hooks write), so it is replayed only there (with the fallback spool of a data
 * directory the hooks could not write), and only when it can be written;
 * a reader falls back to a read-only connection. An explicit --db is never created by a reader,
 * and a missing one is an error; before the first hook run, a reader of the default database
 * reads an empty one in memory, so that "nothing yet" has the shape of every other answer.
 */
import { existsSync } from 'node:fs';
import { loadConfig } from '../config/load.js';
import { CliError } from '../console/errors.js';
import { databasePath, spoolDir } from '../runtime/paths.js';
import {
  classifyError,
  migrate,
  openDatabase,
  refuseNonRegular,
  plainConnection,
  type DB,
  type MigrationStep,
  type StoreError,
} from '../store/open.js';
import { SCHEMA_VERSION } from '../store/schema.js';
import { drainFallback, fallbackPending } from '../store/fallback-spool.js';
import { drainSpool, spooledFiles } from '../store/spool.js';
import { notice, progress } from './progress.js';

/** A CLI command may wait longer for a hook's lock than a hook would. */
export const CLI_BUSY_TIMEOUT_MS = 5000;

/** A file named with --db that does not exist: a mistake on the command line, not "nothing yet". */
export class NoDatabaseError extends CliError {
  constructor(readonly path: string) {
    super(`--db ${path}: no such file`, 'check the path, or leave out --db to read your own database');
  }
}

export interface CliStore {
  db: DB;
  path: string;
}

export interface CliStoreOptions {
  /** How long to wait for a hook's lock; CLI_BUSY_TIMEOUT_MS unless the command needs otherwise. */
  busyTimeoutMs?: number;
  /** Told when a reader leaves spooled events out; without it they are left out silently. */
  warn?: (line: string) => void;
}

/** The default database: BGTELEMETRY_DB, else the configured path, else in the data directory. */
async function defaultDatabase(env: NodeJS.ProcessEnv): Promise<string> {
  const { config } = await loadConfig(env.CLAUDE_PROJECT_DIR || process.cwd(), env);
  return databasePath(env, config.database);
}

/**
 * `write`: the command changes the database (import, prune) and creates it if missing.
 * `read`: the command only reads; it still replays the spool into the default database.
 */
export async function openCliStore(
  given: string | undefined,
  mode: 'read' | 'write',
  env: NodeJS.ProcessEnv = process.env,
  options: CliStoreOptions = {},
): Promise<CliStore> {
  const { busyTimeoutMs = CLI_BUSY_TIMEOUT_MS, warn } = options;
  const fallback = await defaultDatabase(env);
  const path = given || fallback;
  const isDefault = path === fallback;
  const spool = spoolDir(env);
  const pending = isDefault ? spooledFiles(spool).length + fallbackPending(env) : 0;
  refuseNonRegularFile(path);
  if (mode === 'read' && !existsSync(path) && pending === 0) {
    if (given) throw new NoDatabaseError(path);
    return { db: emptyDatabase(), path };
  }
  if (mode === 'write' || isDefault) {
    let db: DB | undefined;
    try {
      db = openWithMigrationNotice(path, busyTimeoutMs);
      if (pending > 0) replay(db, spool, env, warn);
      return { db, path };
    } catch (error) {
      db?.close();
      if (mode === 'write') throw storeCliError(path, classifyError(error));
      // A reader still gets what is there: the lock may be held, or the file read-only.
      const failed = db ? 'replaying the spool stopped' : `could not open ${path} for writing`;
      if (pending > 0) warn?.(`${failed} (${(error as Error).message}); the spooled events still waiting are left out`);
      // Nothing to read either (a data directory the hooks cannot write): "nothing yet", as before the first run.
      if (!given && !existsSync(path)) return { db: emptyDatabase(), path };
    }
  }
  return { db: openReadOnly(path, busyTimeoutMs), path };
}

/**
 * Opens and migrates. A heavy step (rebuilding tables: a minute on a million calls) says so on
 * a terminal while it runs; hooks spool their events meanwhile.
 */
function openWithMigrationNotice(path: string, busyTimeoutMs: number): DB {
  let shown: ReturnType<typeof notice> | undefined;
  const onMigration = (step: MigrationStep) => {
    if (step.cost !== 'heavy' || shown) return;
    shown = notice(`migrating ${path} to schema version ${SCHEMA_VERSION} (rebuilds tables; can take a minute on a large store)…`);
  };
  try {
    return openDatabase(path, { busyTimeoutMs, onMigration });
  } finally {
    shown?.done();
  }
}

/** The schema and no rows, in memory: nothing is written to disk. */
function emptyDatabase(): DB {
  let db: DB;
  try {
    db = plainConnection(':memory:');
  } catch (error) {
    throw storeCliError('the database', classifyError(error));
  }
  migrate(db);
  return db;
}

/**
 * A read-only connection. A file from an older bgtelemetry cannot be migrated read-only: it is
 * read as it is (more slowly). Migrations 1 to 4 add indexes, views and keys; 5 adds
 * bash_calls.backfilled, which a reader of such a file must not expect (nothing is backfilled there).
 */
export function openReadOnly(path: string, busyTimeoutMs = CLI_BUSY_TIMEOUT_MS): DB {
  refuseNonRegularFile(path); // also keeps olderSchema from opening it
  try {
    return openDatabase(path, { busyTimeoutMs, readonly: true });
  } catch (error) {
    const older = olderSchema(path, busyTimeoutMs);
    if (older) return older;
    throw storeCliError(path, classifyError(error));
  }
}

function olderSchema(path: string, busyTimeoutMs: number): DB | null {
  let db: DB | undefined;
  try {
    db = plainConnection(path, { readonly: true, fileMustExist: true, timeout: busyTimeoutMs });
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version >= 1 && version < SCHEMA_VERSION) return db;
  } catch {
    // not a database at all: the caller reports the original error
  }
  db?.close();
  return null;
}

/** The spool, then the fallback spool of a data directory that could not be written (fallback-spool.ts). */
function replay(db: DB, spool: string, env: NodeJS.ProcessEnv, warn: CliStoreOptions['warn']): void {
  const bar = progress('replaying spooled events');
  try {
    const { left, bad } = drainSpool(db, spool, Infinity, bar.update);
    if (left + bad > 0) warn?.(`${left + bad} spooled events could not be replayed; see ${spool}`);
    const fallback = drainFallback(db, env, Infinity, bar.update);
    if (fallback && fallback.left + fallback.bad > 0)
      warn?.(`${fallback.left + fallback.bad} events kept in the fallback spool could not be replayed; run \`bgtelemetry doctor\``);
  } finally {
    bar.done();
  }
}

/** A FIFO or directory named as the database: a clear error, before SQLite would block on it. */
function refuseNonRegularFile(path: string): void {
  try {
    refuseNonRegular(path);
  } catch (error) {
    throw storeCliError(path, classifyError(error));
  }
}

function storeCliError(path: string, problem: StoreError): CliError {
  const hint =
    problem.kind === 'busy'
      ? 'another process holds the database lock: try again in a moment'
      : problem.kind === 'corrupt'
        ? 'run `bgtelemetry doctor`: it says what is wrong and how to fix it'
        : 'run `bgtelemetry doctor` for details';
  return new CliError(`cannot open ${path}: ${problem.message}`, hint);
}
