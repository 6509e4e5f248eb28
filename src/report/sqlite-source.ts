/**
 * A report's reads from a local database (SQLite), in one snapshot: the plan of read-plan.ts,
 * with the SQLite dialect and what this file's schema holds. Each later database of several is
 * read with the earlier ones attached (overlap.ts): rows they hold are left out and counted.
 */
import type { DB } from '../store/open.js';
import { DIALECTS } from './dialect.js';
import { type DatabaseFacts, factReads } from './metrics.js';
import type { ReportQuery } from './model.js';
import { heldEarlier } from './overlap.js';
import type { ReadContext, RowFilter } from './read-context.js';
import { readPlan } from './read-plan.js';
import { queryParams } from './sql.js';

type Rows = Record<string, unknown>[];

const hasTable = (db: DB, name: string) => !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name);

/**
 * Each query's facts, all read in one snapshot. `earlier`: the schema names of the databases
 * attached to `db` that the report read before it (overlap.ts); rows they hold are left out,
 * and counted as duplicates. Tasks are deduplicated when combined (aggregate.ts), as they come as rows;
 * `alone`: the report reads this database only. `onePass`: as readPlan's.
 */
export function readDatabase(
  db: DB,
  queries: readonly ReportQuery[],
  earlier: readonly string[],
  alone: boolean,
  onePass = true,
): DatabaseFacts[] {
  const { base, contexts } = readContexts(db, queries, earlier, alone);
  const held: RowFilter = (table, alias) => heldEarlier(earlier, table, alias);
  const plan = readPlan(contexts, onePass);
  // One read transaction: every query sees the same snapshot while hooks keep writing.
  return db.transaction(() => {
    const facts = plan.facts(plan.reads.map(({ sql, params }) => db.prepare(sql).all(params) as Rows));
    if (!earlier.length) return facts;
    return facts.map((f, k) => {
      const q = queries[k] as ReportQuery;
      const params = queryParams(q);
      return { ...f, duplicates: countHeld(factReads({ ...base, q, pick: held }), (sql) => db.prepare(sql).all(params) as Rows) };
    });
  })();
}

/** What the reads of `queries` depend on in this database (its schema), as readDatabase reads them (also bench/report-reads.ts). */
export function readContexts(db: DB, queries: readonly ReportQuery[], earlier: readonly string[], alone: boolean) {
  const base = {
    dialect: DIALECTS.sqlite,
    legacy: !db.prepare("SELECT 1 FROM pragma_table_info('bash_calls') WHERE name = 'backfilled'").get(),
    coveringHookIndex: !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'hook_runs_by_time_wall'").get(),
    // Rollups cannot tell which of their calls an earlier database holds: with one, raw rows are read.
    rollups: !earlier.length && hasTable(db, 'call_hours'),
    callRollups: hasTable(db, 'call_session_hours'),
    // Tasks of several databases are deduplicated as rows (aggregate.ts): counts from task_facts only for one alone.
    taskFacts: alone && hasTable(db, 'task_facts'),
    adviceFacts: !earlier.length && hasTable(db, 'advice_facts'),
  };
  const fresh: RowFilter = (table, alias) => (earlier.length ? `NOT ${heldEarlier(earlier, table, alias)}` : 'TRUE');
  const contexts: ReadContext[] = queries.map((q) => ({ ...base, q, pick: fresh }));
  return { base, contexts };
}

/** Calls, advice and hook runs an earlier database holds. */
function countHeld(reads: ReturnType<typeof factReads>, all: (sql: string) => Rows): number {
  const sum = <T>(items: T[], n: (item: T) => number) => items.reduce((total, item) => total + n(item), 0);
  const callSums = [...(reads.calls.facts(all(reads.calls.sql)).calls?.values() ?? [])];
  const { advice } = reads.advice.facts(all(reads.advice.sql));
  const { hooks } = reads.hooks ? reads.hooks.facts(all(reads.hooks.sql)) : { hooks: [] };
  return sum(callSums, (c) => c.bashCalls) + sum(advice, (a) => a.shown) + sum(hooks, (h) => h.n);
}
