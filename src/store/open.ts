/**
 * Opening the database: directory 0700, file 0600, WAL, a short busy timeout, and forward
 * migrations. Two drivers (connection.ts): hooks open the store with Node's built-in node:sqlite
 * where it loads (openStore), else with better-sqlite3, given its native addon already loaded
 * (native-binding.ts, which skips better-sqlite3's own search of the file system); the CLI uses
 * better-sqlite3 (openDatabase). better-sqlite3 is required only when used: a hook on node:sqlite
 * never loads it.
 */
import { chmodSync, existsSync, linkSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type Database from 'better-sqlite3';
import type { ConnectOptions, Connection, DriverName } from './connection.js';
import { loadBinding, nodeTooOld, type BindingLoad } from './native-binding.js';
import { NodeSqliteConnection, nodeSqlite } from './node-sqlite.js';
import { MIGRATIONS, SCHEMA_VERSION, type Migration } from './schema.js';

/** A CLI connection: better-sqlite3, with all of its API. */
export type DB = Database.Database;
/** `binding`: SQLite itself cannot be loaded (no addon for this platform, or one that fails to load). */
/** `migrating`: a heavy migration is pending and this process (a hook) must not run it. */
export type StoreProblemKind = 'busy' | 'corrupt' | 'unavailable' | 'binding' | 'migrating';

export class StoreError extends Error {
  constructor(
    readonly kind: StoreProblemKind,
    message: string,
  ) {
    super(message);
  }
}

let binding: BindingLoad | undefined;
/**
 * The native addon for this process. In a hook bundle (CommonJS, `__dirname` is dist/hooks) it
 * is found and loaded by loadBinding, and a failure is a StoreError of kind `binding`; elsewhere
 * (the CLI, tests) better-sqlite3 finds it itself.
 */
function nativeAddon(): object | undefined {
  if (typeof __dirname !== 'string') return undefined;
  binding ??= loadBinding(__dirname);
  if (!binding.addon) throw new StoreError('binding', binding.error ?? 'the SQLite binding did not load');
  return binding.addon;
}

/** What a SQLite primary result code (node:sqlite's `errcode` & 0xff) means to the store. */
const PRIMARY_CODES: Readonly<Record<number, string>> = { 5: 'SQLITE_BUSY', 6: 'SQLITE_LOCKED', 11: 'SQLITE_CORRUPT', 26: 'SQLITE_NOTADB' };

/** The SQLITE_* code of an error from either driver: better-sqlite3 names it, node:sqlite numbers it. */
function sqliteCode(error: unknown): string {
  const { code = '', errcode } = (error ?? {}) as { code?: string; errcode?: number };
  if (code === 'ERR_SQLITE_ERROR' && typeof errcode === 'number') return PRIMARY_CODES[errcode & 0xff] ?? `SQLITE_ERROR_${errcode}`;
  return code;
}

export function classifyError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const code = sqliteCode(error);
  const message = (error as Error)?.message ?? String(error);
  // better-sqlite3's own loader (CLI): no addon for this platform, or one that does not load.
  if (code === 'ERR_DLOPEN_FAILED' || (code === 'MODULE_NOT_FOUND' && /better[-_]sqlite3/.test(message)))
    return new StoreError('binding', message);
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' || code.startsWith('SQLITE_BUSY_')) return new StoreError('busy', message);
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT' || code.startsWith('SQLITE_CORRUPT_'))
    return new StoreError('corrupt', message);
  return new StoreError('unavailable', `${code ? code + ': ' : ''}${message}`);
}

export interface OpenOptions {
  /** How long a statement may wait for another process's lock. */
  busyTimeoutMs: number;
  readonly?: boolean;
  /** `defer`: refuse (StoreError `migrating`) instead of running a heavy migration; hooks do. */
  heavyMigrations?: 'run' | 'defer';
  /** Told before each migration step that is run (the CLI shows it on a terminal). */
  onMigration?: (step: MigrationStep) => void;
}

export interface MigrationStep {
  from: number;
  to: number;
  cost: Migration['cost'];
}

/**
 * Throws unless `path` is missing or a regular file: SQLite would block for ever reading a FIFO
 * (and a hook's budget timer never fires while a synchronous call blocks).
 */
export function refuseNonRegular(path: string): void {
  let regular: boolean;
  try {
    regular = statSync(path).isFile();
  } catch {
    return; // missing (created later), or SQLite reports why it cannot open it
  }
  if (!regular) throw new StoreError('unavailable', 'not a regular file (a FIFO, device or directory): SQLite cannot use it');
}

type Connect<D extends Connection> = (path: string, options: ConnectOptions) => D;

/** Testing and doctor: BGTELEMETRY_SQLITE_DRIVER=better-sqlite3 makes the store use it even where node:sqlite loads. */
export function storeDriver(env: NodeJS.ProcessEnv = process.env): DriverName {
  return env.BGTELEMETRY_SQLITE_DRIVER !== 'better-sqlite3' && nodeSqlite() ? 'node:sqlite' : 'better-sqlite3';
}

const CONNECT: { readonly [K in DriverName]: Connect<Connection> } = {
  'node:sqlite': NodeSqliteConnection.connect,
  'better-sqlite3': (path, options) => connect(path, options),
};

/** The store as hooks (and the background migrator) open it: node:sqlite where it loads; throws StoreError. */
export function openStore(path: string, options: OpenOptions, driver: DriverName = storeDriver()): Connection {
  return openWith(CONNECT[driver], path, options);
}

/** Opens with better-sqlite3 (the CLI) and migrates; throws StoreError. */
export function openDatabase(path: string, options: OpenOptions): DB {
  return openWith(connect, path, options);
}

function openWith<D extends Connection>(connect: Connect<D>, path: string, options: OpenOptions): D {
  let db: D | undefined;
  try {
    refuseNonRegular(path);
    const readonly = options.readonly === true;
    if (!readonly) {
      mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
      if (!existsSync(path)) createDatabase(connect, path);
    }
    db = connect(path, { busyTimeoutMs: options.busyTimeoutMs, readonly });
    db.pragma('synchronous = NORMAL');
    migrate(db, { readonly, heavy: options.heavyMigrations, onStep: options.onMigration });
    return db;
  } catch (error) {
    db?.close();
    throw classifyError(error);
  }
}

/** On Node 20 better-sqlite3's addon loads, then crashes the process (SIGSEGV): say why instead. */
function refuseOldNode(): void {
  const old = nodeTooOld();
  if (old) throw new StoreError('binding', old);
}

/**
 * A plain better-sqlite3 connection, neither created nor migrated (the CLI's and doctor's own
 * reads); throws StoreError `binding` on a Node too old for the addon.
 */
export function plainConnection(path: string, options?: Database.Options): DB {
  refuseOldNode();
  return new (betterSqlite3())(path, options);
}

/** better-sqlite3, required on first use: in a hook bundle, the bundled copy; elsewhere node_modules'. */
function betterSqlite3(): typeof Database {
  return typeof require === 'function' ? require('better-sqlite3') : createRequire(import.meta.url)('better-sqlite3');
}

function connect(path: string, { busyTimeoutMs, readonly }: ConnectOptions): DB {
  refuseOldNode();
  const Driver = betterSqlite3();
  // better-sqlite3 takes a loaded addon as well as a path (its type declarations say string).
  return new Driver(path, {
    timeout: busyTimeoutMs,
    readonly,
    fileMustExist: readonly,
    nativeBinding: nativeAddon() as string | undefined,
  });
}

/**
 * A new database is made complete (WAL, schema, mode 0600) under a temporary name, then linked
 * into place, so that no process ever opens a half-made one: hooks starting together on a fresh
 * install would otherwise meet in SQLite's rollback-journal mode, where one of two processes
 * upgrading their locks at once gets SQLITE_BUSY without waiting. Whoever links first wins; the
 * others open the winner's file.
 */
function createDatabase(connect: Connect<Connection>, path: string): void {
  const temporary = `${path}.${process.pid}.new`;
  try {
    const db = connect(temporary, { busyTimeoutMs: 0, readonly: false });
    try {
      chmodSync(temporary, 0o600);
      migrate(db);
    } finally {
      db.close();
    }
    try {
      linkSync(temporary, path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') {
        // A file system without hard links: a rename, unless another process got there first.
        if (existsSync(path)) return;
        renameSync(temporary, path);
      }
    }
  } finally {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(temporary + suffix, { force: true });
  }
}

export interface MigrateOptions {
  readonly?: boolean;
  heavy?: OpenOptions['heavyMigrations'];
  onStep?: OpenOptions['onMigration'];
}

/** Is a migration the schema table marks heavy among those from `version` on? */
export function heavyMigrationPending(version: number): boolean {
  return MIGRATIONS.slice(version).some((m) => m.cost === 'heavy');
}

/** Brings the schema to SCHEMA_VERSION, in one immediate transaction. */
export function migrate(db: Connection, { readonly = false, heavy = 'run', onStep }: MigrateOptions = {}): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version === SCHEMA_VERSION) return;
  if (version > SCHEMA_VERSION)
    throw new StoreError(
      'unavailable',
      `the database has schema version ${version}, newer than this bgtelemetry understands (${SCHEMA_VERSION}): upgrade bgtelemetry`,
    );
  if (readonly)
    throw new StoreError('unavailable', `the database has schema version ${version} and needs a migration to ${SCHEMA_VERSION}`);
  if (heavy === 'defer' && heavyMigrationPending(version))
    throw new StoreError(
      'migrating',
      `the database has schema version ${version}; its migration to ${SCHEMA_VERSION} runs in the background`,
    );
  db.pragma('journal_mode = WAL'); // stored in the file: every later connection uses WAL
  db.transaction(() => {
    // Read again under the write lock: another process may have migrated meanwhile.
    for (let v = db.pragma('user_version', { simple: true }) as number; v < SCHEMA_VERSION; v++) {
      onStep?.({ from: v, to: v + 1, cost: MIGRATIONS[v].cost });
      db.exec(MIGRATIONS[v].sql);
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
