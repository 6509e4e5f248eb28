/**
 * The part of a SQLite connection the store code uses (apply, queries, spools, migrations, the
 * hook store): a subset of better-sqlite3's API, which better-sqlite3 satisfies as it is and
 * node-sqlite.ts implements over Node's built-in `node:sqlite`. Hooks use node:sqlite where it
 * loads (no native addon to load, about 16 ms less per hook process); the CLI keeps better-sqlite3.
 */

export interface RunResult {
  /** A number: neither driver is asked for BigInts. */
  changes: number;
  lastInsertRowid: number | bigint;
}

export interface Statement {
  run(...params: unknown[]): RunResult;
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
  iterate(...params: unknown[]): IterableIterator<unknown>;
  /** Rows as their first column's value. */
  pluck(toggle?: boolean): this;
}

/** `fn` run in BEGIN (called as is, or .deferred()) or BEGIN IMMEDIATE; a SAVEPOINT when nested. */
export interface Transaction<T> {
  (): T;
  deferred(): T;
  immediate(): T;
}

export interface Connection {
  prepare(sql: string): Statement;
  exec(sql: string): unknown;
  /** `PRAGMA source`: every row, or with `simple` the first column of the first row. */
  pragma(source: string, options?: { simple?: boolean }): unknown;
  transaction<T>(fn: () => T): Transaction<T>;
  close(): unknown;
  readonly inTransaction: boolean;
  readonly open: boolean;
}

/** Which SQLite a process's store uses: `node:sqlite`, or better-sqlite3 where node:sqlite does not load. */
export type DriverName = 'node:sqlite' | 'better-sqlite3';

export interface ConnectOptions {
  busyTimeoutMs: number;
  readonly: boolean;
}
