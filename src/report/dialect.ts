/**
 * Where the report's SQL differs between the local store (SQLite) and the team store
 * (PostgreSQL): everything else in its reads is written once, portably (metrics.ts).
 */
import { eventSessionSql } from '../admin/tables.js';

export interface Dialect {
  /** The session an event id names (`pre:<session>:<call>`), NULL when it names none. */
  eventSession(id: string): string;
  /** The hint that makes hook runs' range read use the covering index ('' where there is none to name). */
  coveringHookIndex: string;
}

export const DIALECTS = {
  sqlite: { eventSession: eventSessionSql, coveringHookIndex: ' INDEXED BY hook_runs_by_time_wall' },
  postgres: {
    eventSession: (id: string) => `CASE WHEN strpos(${id}, ':') > 0 THEN split_part(${id}, ':', 2) END`,
    coveringHookIndex: '',
  },
} as const satisfies Record<string, Dialect>;
