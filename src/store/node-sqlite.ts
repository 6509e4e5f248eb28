/**
 * connection.ts's Connection over Node's built-in `node:sqlite` (DatabaseSync), the driver of
 * hook processes: it needs no native addon, so it costs nothing to load and fits every Node it
 * ships with. Behaves as better-sqlite3 does where the store relies on it: transactions nest
 * through SAVEPOINTs, unknown named parameters are ignored, `pragma` returns rows or one value.
 */
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { ConnectOptions, Connection, RunResult, Statement, Transaction } from './connection.js';

type SqliteModule = typeof import('node:sqlite');

let loaded: SqliteModule | null | undefined;

/**
 * node:sqlite, or null where this Node has none (before 22.13 it needs --experimental-sqlite).
 * Loading it emits an ExperimentalWarning, which Node prints on stderr: a hook must print
 * nothing there, so warning listeners are removed first (hooks print no warning at all).
 */
export function nodeSqlite(): SqliteModule | null {
  if (loaded !== undefined) return loaded;
  process.removeAllListeners('warning');
  try {
    loaded = (process.getBuiltinModule('node:sqlite') as SqliteModule | undefined) ?? null;
  } catch {
    loaded = null;
  }
  return loaded;
}

class NodeStatement implements Statement {
  private plucked = false;
  constructor(private readonly statement: StatementSync) {
    // better-sqlite3 ignores keys of a parameter object that the statement does not name.
    statement.setAllowUnknownNamedParameters?.(true);
  }
  run(...params: unknown[]): RunResult {
    return this.statement.run(...bind(params)) as RunResult;
  }
  get(...params: unknown[]): unknown {
    const row = this.statement.get(...bind(params));
    return this.plucked && row ? firstColumn(row) : row;
  }
  all(...params: unknown[]): unknown[] {
    const rows = this.statement.all(...bind(params));
    return this.plucked ? rows.map(firstColumn) : rows;
  }
  *iterate(...params: unknown[]): IterableIterator<unknown> {
    for (const row of this.statement.iterate(...bind(params))) yield this.plucked ? firstColumn(row) : row;
  }
  pluck(toggle = true): this {
    this.plucked = toggle;
    return this;
  }
}

type Bindable = Parameters<StatementSync['run']>;

/** better-sqlite3 spreads array arguments into positional parameters. */
function bind(params: unknown[]): Bindable {
  return (params.some(Array.isArray) ? params.flat() : params) as Bindable;
}

function firstColumn(row: unknown): unknown {
  for (const key in row as object) return (row as Record<string, unknown>)[key];
  return undefined;
}

export class NodeSqliteConnection implements Connection {
  private depth = 0;
  private closed = false;

  constructor(private readonly db: DatabaseSync) {}

  static connect(path: string, { busyTimeoutMs, readonly }: ConnectOptions): NodeSqliteConnection {
    const sqlite = nodeSqlite();
    if (!sqlite) throw new Error('node:sqlite is not available in this Node');
    const connection = new NodeSqliteConnection(new sqlite.DatabaseSync(path, { readOnly: readonly }));
    connection.db.exec(`PRAGMA busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`);
    return connection;
  }

  get open(): boolean {
    return !this.closed;
  }

  get inTransaction(): boolean {
    return this.db.isTransaction ?? this.depth > 0;
  }

  prepare(sql: string): Statement {
    return new NodeStatement(this.db.prepare(sql));
  }

  exec(sql: string): this {
    this.db.exec(sql);
    return this;
  }

  pragma(source: string, options: { simple?: boolean } = {}): unknown {
    const statement = this.prepare(`PRAGMA ${source}`);
    return options.simple ? statement.pluck().get() : statement.all();
  }

  transaction<T>(fn: () => T): Transaction<T> {
    const run = (begin: string) => () => this.inside(begin, fn);
    return Object.assign(run('BEGIN'), { deferred: run('BEGIN DEFERRED'), immediate: run('BEGIN IMMEDIATE') });
  }

  /** As better-sqlite3: the outermost level BEGINs and COMMITs, nested ones are savepoints. */
  private inside<T>(begin: string, fn: () => T): T {
    const nested = this.depth > 0;
    const savepoint = `bgt_${this.depth}`;
    this.db.exec(nested ? `SAVEPOINT ${savepoint}` : begin);
    this.depth++;
    try {
      const result = fn();
      this.db.exec(nested ? `RELEASE ${savepoint}` : 'COMMIT');
      return result;
    } catch (error) {
      this.rollback(nested ? `ROLLBACK TO ${savepoint}; RELEASE ${savepoint}` : 'ROLLBACK');
      throw error;
    } finally {
      this.depth--;
    }
  }

  /** SQLite may have rolled back already (a failed COMMIT, SQLITE_FULL): then there is nothing to undo. */
  private rollback(sql: string): void {
    try {
      this.db.exec(sql);
    } catch {
      // no transaction left to roll back
    }
  }

  close(): this {
    if (!this.closed) this.db.close();
    this.closed = true;
    return this;
  }
}
