/**
 * Several databases may hold the same rows (a copy of a file, an export imported into another
 * database, two exports of one machine): a report counts each row once, by its identity, from
 * the first database named that holds it. The connection to database i has the earlier ones
 * attached (read-only, as it is) and leaves out the rows they hold.
 */
import type { DB } from '../store/open.js';

/** The columns that identify a row of each table the report counts (docs/telemetry.md, "Keys"). */
const IDENTITY = {
  bash_calls: ['session_id', 'tool_use_id'],
  advice: ['event_id'],
  hook_runs: ['event_id'],
} as const satisfies Record<string, readonly string[]>;

export type CountedTable = keyof typeof IDENTITY;

/** SQLite's limit on attached databases (SQLITE_MAX_ATTACHED as better-sqlite3 builds it). */
const MAX_ATTACHED = 10;
export const MAX_DATABASES = MAX_ATTACHED + 1;

/** Attaches `earlier` to `db` as earlier0, earlier1, …; returns their schema names. */
export function attachEarlier(db: DB, earlier: readonly string[]): string[] {
  return earlier.map((path, i) => {
    const schema = `earlier${i}`;
    db.prepare(`ATTACH DATABASE ? AS ${schema}`).run(path);
    return schema;
  });
}

export function detach(db: DB, schemas: readonly string[]): void {
  for (const schema of schemas) db.exec(`DETACH DATABASE ${schema}`);
}

/**
 * SQL true when the row `alias` of `table` is also in one of the attached earlier databases
 * (`schemas`); false when there are none. Each test is a lookup on the earlier table's key.
 */
export function heldEarlier(schemas: readonly string[], table: CountedTable, alias: string): string {
  if (!schemas.length) return 'FALSE';
  const match = IDENTITY[table].map((c) => `x.${c} = ${alias}.${c}`).join(' AND ');
  return `(${schemas.map((s) => `EXISTS (SELECT 1 FROM ${s}.${table} x WHERE ${match})`).join(' OR ')})`;
}
