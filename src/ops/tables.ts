/**
 * The tables an export holds, in the order it writes them (sessions first, so a reader meets a
 * session before its rows), with how each row finds its session. Views are derived and never
 * exported. Columns are read from the database itself, so a new migration needs no change here
 * unless it adds a table.
 */
import type { DB } from '../store/open.js';

export interface TableSpec {
  name: string;
  /** SQL expression giving the row's session id. */
  session: string;
}

/** Event ids are `<kind>:<session>:…` (or `end:<session>`): see src/policy/*. */
const EVENT_SESSION = 'bgt_event_session';

export const TABLES: readonly TableSpec[] = [
  { name: 'sessions', session: 'id' },
  { name: 'prompts', session: 'session_id' },
  { name: 'bash_calls', session: 'session_id' },
  { name: 'tasks', session: 'session_id' },
  { name: 'task_checks', session: 'session_id' },
  { name: 'advice', session: 'session_id' },
  { name: 'claims', session: 'session_id' },
  { name: 'hook_runs', session: `${EVENT_SESSION}(event_id)` },
  { name: 'applied_events', session: `${EVENT_SESSION}(id)` },
];

export const TABLE_NAMES: ReadonlySet<string> = new Set(TABLES.map((t) => t.name));

export function eventSession(id: string): string | null {
  const parts = id.split(':');
  return parts.length >= 2 ? parts[1] : null;
}

/** Makes `bgt_event_session(id)` available to this connection's SQL. */
export function registerEventSession(db: DB): void {
  db.function(EVENT_SESSION, { deterministic: true }, (id: unknown) => (typeof id === 'string' ? eventSession(id) : null));
}

export function columnsOf(db: DB, table: string): string[] {
  return (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map((c) => c.name);
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
