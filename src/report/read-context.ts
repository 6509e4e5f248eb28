/** What the report's reads' SQL depends on besides the query (metrics.ts, call-reads.ts). */
import type { Dialect } from './dialect.js';
import type { ReportQuery } from './model.js';
import type { CountedTable } from './overlap.js';

/**
 * Which rows of a table a read takes: SQL over the row `alias`, given the table's name and the
 * alias. `fresh` takes those no earlier database holds; `held` the others (to count them).
 */
export type RowFilter = (table: CountedTable, alias: string) => string;

/** Every row: no earlier database. */
export const EVERY_ROW: RowFilter = () => 'TRUE';

export interface ReadContext {
  q: ReportQuery;
  pick: RowFilter;
  /** A database from before schema 5: no backfilled column (and nothing backfilled). */
  legacy: boolean;
  dialect: Dialect;
  /** Whether hook_runs has the covering index the dialect can name (schema v2). */
  coveringHookIndex: boolean;
  /** Whether the hourly rollups (schema v7) may stand for the raw rows: one database, no earlier one. */
  rollups: boolean;
  /** Whether the narrow call rollups (schema v9, team schema 6) exist beside them. */
  callRollups: boolean;
  /** Whether task_facts (schema v10, team schema 7) may stand for the task rows: one database, no earlier one. */
  taskFacts: boolean;
  /** Whether advice_facts (schema v8) may stand for advice_outcomes: one database, no earlier one. */
  adviceFacts: boolean;
}
