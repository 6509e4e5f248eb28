/**
 * The tables an export holds, in the order it writes them (sessions first, so a reader meets a
 * session before its rows), with how each row finds its session. Views are derived and never
 * exported, nor are the rollups (store/rollups.ts): their triggers keep them as import inserts
 * rows and prune deletes them. Columns are read from the database itself, so a new migration needs no change here
 * unless it adds a table.
 */
import type { DB } from '../store/open.js';

export interface TableSpec {
  name: string;
  /** SQL expression giving the row's session id. */
  session: string;
}

/**
 * SQL giving the session id inside an event id, `<kind>:<session>:…` or `end:<session>` (see
 * src/policy/*): the second `:`-separated part, NULL when there is none. `id` is a column name:
 * it is repeated in the expression. Plain SQL, so no connection needs a function registered.
 */
export function eventSessionSql(id: string): string {
  const rest = `substr(${id}, instr(${id}, ':') + 1)`;
  return `CASE WHEN instr(${id}, ':') > 0 THEN substr(${rest}, 1, instr(${rest} || ':', ':') - 1) END`;
}

export const TABLES: readonly TableSpec[] = [
  { name: 'sessions', session: 'id' },
  { name: 'prompts', session: 'session_id' },
  { name: 'bash_calls', session: 'session_id' },
  { name: 'tasks', session: 'session_id' },
  { name: 'task_checks', session: 'session_id' },
  { name: 'advice', session: 'session_id' },
  { name: 'claims', session: 'session_id' },
  { name: 'hook_runs', session: eventSessionSql('event_id') },
  { name: 'applied_events', session: eventSessionSql('id') },
];

export const TABLE_NAMES: ReadonlySet<string> = new Set(TABLES.map((t) => t.name));

export function columnsOf(db: DB, table: string): string[] {
  return (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map((c) => c.name);
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
