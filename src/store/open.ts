/**
 * Opening the database: directory 0700, file 0600, WAL, a short busy timeout, and forward
 * migrations. better-sqlite3 is given its native binding's path directly, which skips the
 * `bindings` package's search of the file system (about 4 ms per hook process).
 */
import { chmodSync, existsSync, mkdirSync, renameSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS, SCHEMA_VERSION } from './schema.js';

export type DB = Database.Database;
export type StoreProblemKind = 'busy' | 'corrupt' | 'unavailable';

export class StoreError extends Error {
  constructor(
    readonly kind: StoreProblemKind,
    message: string,
  ) {
    super(message);
  }
}

const ADDON = join('better-sqlite3', 'build', 'Release', 'better_sqlite3.node');

let binding: string | null | undefined;
function nativeBinding(): string | undefined {
  if (binding === undefined) {
    // From a hook bundle (dist/hooks/), look where npm puts it first: in this package's
    // node_modules, or beside the package when installed as a dependency. The resolver's
    // walk through node_modules costs about 1 ms per hook process.
    const here = typeof __dirname === 'string' ? __dirname : undefined;
    binding = here ? [join(here, '..', '..', 'node_modules', ADDON), join(here, '..', '..', '..', ADDON)].find((p) => existsSync(p)) : undefined;
    if (!binding) {
      try {
        const req = typeof require === 'function' ? require : createRequire(import.meta.url);
        binding = req.resolve(ADDON.split(sep).join('/'));
      } catch {
        binding = null;
      }
    }
  }
  return binding ?? undefined;
}

export function classifyError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const code = (error as { code?: string })?.code ?? '';
  const message = (error as Error)?.message ?? String(error);
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' || code.startsWith('SQLITE_BUSY_')) return new StoreError('busy', message);
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT' || code.startsWith('SQLITE_CORRUPT_')) return new StoreError('corrupt', message);
  return new StoreError('unavailable', `${code ? code + ': ' : ''}${message}`);
}

export interface OpenOptions {
  /** How long a statement may wait for another process's lock. */
  busyTimeoutMs: number;
  readonly?: boolean;
}

/** Opens and migrates; throws StoreError. */
export function openDatabase(path: string, options: OpenOptions): DB {
  let db: DB | undefined;
  try {
    if (!options.readonly) mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    const existed = existsSync(path);
    const readonly = options.readonly === true;
    db = new Database(path, { timeout: options.busyTimeoutMs, readonly, fileMustExist: readonly, nativeBinding: nativeBinding() });
    if (!existed) chmodSync(path, 0o600);
    db.pragma('synchronous = NORMAL');
    migrate(db, options.readonly);
    return db;
  } catch (error) {
    db?.close();
    throw classifyError(error);
  }
}

/** Brings the schema to SCHEMA_VERSION, each step in one immediate transaction. */
export function migrate(db: DB, readonly = false): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version === SCHEMA_VERSION) return;
  if (version > SCHEMA_VERSION) throw new StoreError('unavailable', `the database has schema version ${version}, newer than this bgtelemetry understands (${SCHEMA_VERSION}): upgrade bgtelemetry`);
  if (readonly) throw new StoreError('unavailable', `the database has schema version ${version} and needs a migration to ${SCHEMA_VERSION}`);
  db.pragma('journal_mode = WAL'); // stored in the file: every later connection uses WAL
  db.transaction(() => {
    // Read again under the write lock: another process may have migrated meanwhile.
    for (let v = db.pragma('user_version', { simple: true }) as number; v < SCHEMA_VERSION; v++) {
      db.exec(MIGRATIONS[v]);
      db.pragma(`user_version = ${v + 1}`);
    }
  }).immediate();
}

/**
 * Moves a file SQLite says is not a database (or is corrupt) aside, with its -wal and -shm
 * files, so a fresh database can take its place. Nothing is deleted. Returns the new name.
 */
export function quarantine(path: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = `${path}.corrupt-${stamp}`;
  for (const suffix of ['', '-wal', '-shm']) {
    try {
      renameSync(path + suffix, target + suffix);
    } catch {
      // missing side file, or another process moved it first
    }
  }
  return target;
}
