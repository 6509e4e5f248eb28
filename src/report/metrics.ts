/**
 * What one database contributes to a report, read in one snapshot. Calls and advice are
 * counted in SQL by class (group, signature, slow, background, …) and hook wall times come as a
 * histogram, so that little crosses into JS and the counts of several files add up exactly;
 * tasks come as rows from several files, because how many ran at once is measured per session
 * over all of them, and counted per group and session from one (task-reads.ts).
 * Every entity is placed in the range by its own time: a call by its start (its end when the
 * start was never recorded), a task by its start, advice when given, a hook run when it ran.
 * The reads are SQL text and row conversions (factReads), so that the team store's reader
 * (team-source.ts) runs the same ones on PostgreSQL; the SQL is portable but for the dialect's entries.
 */
import type { DB } from '../store/open.js';
import { activityRollup, callReads, callsInRange, rawTime } from './call-reads.js';
import { DIALECTS } from './dialect.js';
import type { ReportQuery } from './model.js';
import { heldEarlier } from './overlap.js';
import { type Activity, type ActivitySource, type AdviceIgnored, leadReads } from './lead-reads.js';
import type { ReadContext, RowFilter } from './read-context.js';
import { inHours, planRollup } from './rollup-plan.js';
import { ADVICE, ADVICE_FACT, filterSql, groupsBySession, HOOK, HOOK_HOUR, keySql, label, queryParams, sessionKey } from './sql.js';
import type { CallSums, SlowSignatures } from './sums.js';
import { type TaskGroup, type TaskRow, taskReads } from './task-reads.js';

/** `n` pieces of advice of one group with the same outcome. */
export interface AdviceCount {
  key: string;
  followed: number | null;
  right: number | null;
  n: number;
}

export interface DatabaseFacts {
  calls: Map<string, CallSums>;
  /** Foreground slow calls by signature. */
  slow: SlowSignatures;
  /** Task rows (several databases, or no task_facts), or the groups and unchecked tasks task_facts gives (one database). */
  tasks: TaskRow[];
  taskGroups?: TaskGroup[];
  uncheckedTasks?: TaskRow[];
  advice: AdviceCount[];
  /** Hook wall times and how many runs took each; key null unless grouped by day or week. */
  hooks: { key: string | null; ms: number; n: number }[];
  /** Calls, advice and hook runs of the range left out because an earlier database holds them. */
  duplicates: number;
  /** Read for a lead's report only (lead-reads.ts). */
  activity?: Activity[];
  ignored?: AdviceIgnored[];
}

type Rows = Record<string, unknown>[];

/**
 * Where advice is read from: its stored outcomes (one database of schema 8), else judged row by
 * row through the view. `shown`: the model saw it (held-back advice, Claude Code 2.0.x, once delivered).
 */
const adviceSource = ({ adviceFacts, pick }: Pick<ReadContext, 'adviceFacts' | 'pick'>) =>
  adviceFacts
    ? { table: 'advice_facts a', entity: ADVICE_FACT, shown: 'a.shown = 1' }
    : { table: 'advice_outcomes a', entity: ADVICE, shown: `(a.deferred = 0 OR a.delivered_at IS NOT NULL) AND ${pick('advice', 'a')}` };

/** Advice the model saw, by outcome (grouped by session first where the key is the session's). */
function adviceSql(ctx: ReadContext): string {
  const { q } = ctx;
  const { table, entity, shown } = adviceSource(ctx);
  const grouped = `SELECT ${groupsBySession(q) ? entity.session : keySql(q, entity)} AS key, a.followed AS followed, a."right" AS "right", COUNT(*) AS n
   FROM ${table}
   WHERE a.at >= @since AND a.at < @until AND ${shown}${filterSql(q, entity)}
   GROUP BY 1, 2, 3`;
  if (!groupsBySession(q)) return grouped;
  return `SELECT ${sessionKey(q, 'g.key')} AS key, g.followed AS followed, g."right" AS "right", SUM(g.n) AS n FROM (${grouped}) g GROUP BY 1, 2, 3`;
}

const adviceCounts = (q: ReportQuery, rows: Rows): AdviceCount[] =>
  (rows as unknown as AdviceCount[]).map((r) => ({ ...r, key: label(q.by, r.key) }));

/** Hook overhead is the machine's, not a project's: rows get it by day, week and machine only. */
const hooksGrouped = (q: ReportQuery) => q.by === 'day' || q.by === 'week' || q.by === 'machine';

/**
 * Hook wall times as a histogram (time, number of runs): hooks round them to 0.1 ms, so there
 * are few distinct values, and histograms of several databases add up exactly.
 */
function hooksSql(ctx: ReadContext): string {
  const { q, pick, dialect, coveringHookIndex } = ctx;
  // hook_hours knows no session: it stands for the runs unless a filter or the grouping needs one.
  const rollups = ctx.rollups && q.project === null && q.projectId === undefined && q.session === null && q.by !== 'machine';
  const inRange = rawTime({ ...ctx, rollups });
  // SQLite's planner prefers the narrower time index; the covering one (schema v2) saves a lookup per run.
  const hint = coveringHookIndex ? dialect.coveringHookIndex : '';
  const raw = `SELECT ${hooksGrouped(q) ? keySql(q, HOOK) : 'NULL'} AS key, h.wall_ms AS ms, COUNT(*) AS n
   FROM (SELECT at, wall_ms, ${dialect.eventSession('event_id')} AS session FROM hook_runs${hint} WHERE ${inRange('at')} AND ${pick('hook_runs', 'hook_runs')}) h
   WHERE TRUE${filterSql(q, HOOK)}
   GROUP BY 1, 2`;
  if (!rollups) return raw;
  const rolled = `SELECT ${hooksGrouped(q) ? keySql(q, HOOK_HOUR) : 'NULL'} AS key, h.wall_ms AS ms, SUM(h.n) AS n
   FROM hook_hours h WHERE ${inHours('h.hour', planRollup(q).hours)}
   GROUP BY 1, 2`;
  return `SELECT key, ms, SUM(n) AS n FROM (${raw} UNION ALL ${rolled}) u GROUP BY 1, 2`;
}

const hookHistogram = (q: ReportQuery, rows: Rows): DatabaseFacts['hooks'] =>
  (rows as { key: unknown; ms: number; n: number }[]).map(({ key, ms, n }) => ({ key: hooksGrouped(q) ? label(q.by, key) : null, ms, n }));

/** The lead's activity counts calls by local day: the whole hours of each day from a rollup, the rest raw. */
function activitySource(ctx: ReadContext): ActivitySource {
  const byDay = { ...ctx, q: { ...ctx.q, by: 'day' as const } };
  return {
    raw: callsInRange(byDay),
    hours: ctx.rollups ? { table: activityRollup(ctx).table, where: inHours('c.hour', planRollup(byDay.q).hours) } : null,
  };
}

/** Each read: its SQL (named parameters from queryParams) and what its rows become. */
export function factReads(ctx: ReadContext) {
  const { q } = ctx;
  return {
    ...callReads(ctx),
    ...taskReads(ctx),
    advice: { sql: adviceSql(ctx), facts: (rows: Rows) => ({ advice: adviceCounts(q, rows) }) },
    ...(!q.withoutHooks && { hooks: { sql: hooksSql(ctx), facts: (rows: Rows) => ({ hooks: hookHistogram(q, rows) }) } }),
    ...leadReads(q, adviceSource(ctx), activitySource(ctx)),
  };
}

/** Runs every read with `all` and gathers the facts (duplicates: none counted). */
export function gather(ctx: ReadContext, all: (sql: string) => Rows): DatabaseFacts {
  const facts = Object.values(factReads(ctx)).map((read) => read.facts(all(read.sql)));
  return Object.assign({ duplicates: 0, hooks: [] }, ...facts) as DatabaseFacts;
}

const hasTable = (db: DB, name: string) => !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name);

/**
 * Each query's facts, all read in one snapshot. `earlier`: the schema names of the databases
 * attached to `db` that the report read before it (overlap.ts); rows they hold are left out,
 * and counted as duplicates. Tasks are deduplicated when combined (aggregate.ts), as they come as rows;
 * `alone`: the report reads this database only.
 */
export function readDatabase(db: DB, queries: readonly ReportQuery[], earlier: readonly string[], alone: boolean): DatabaseFacts[] {
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
  const held: RowFilter = (table, alias) => heldEarlier(earlier, table, alias);
  // One read transaction: every query sees the same snapshot while hooks keep writing.
  return db.transaction(() =>
    queries.map((q) => {
      const params = queryParams(q);
      const all = (sql: string) => db.prepare(sql).all(params) as Rows;
      return {
        ...gather({ ...base, q, pick: fresh }, all),
        duplicates: earlier.length ? countHeld(factReads({ ...base, q, pick: held }), all) : 0,
      };
    }),
  )();
}

/** Calls, advice and hook runs an earlier database holds. */
function countHeld(reads: ReturnType<typeof factReads>, all: (sql: string) => Rows): number {
  const sum = (counts: { n: number }[]) => counts.reduce((total, c) => total + c.n, 0);
  const callSums = [...(reads.calls.facts(all(reads.calls.sql)).calls?.values() ?? [])];
  const { advice } = reads.advice.facts(all(reads.advice.sql));
  const { hooks } = reads.hooks ? reads.hooks.facts(all(reads.hooks.sql)) : { hooks: [] };
  return callSums.reduce((total, c) => total + c.bashCalls, 0) + sum(advice) + sum(hooks);
}
