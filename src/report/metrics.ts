/**
 * What one database contributes to a report for one query. Calls and advice are counted in
 * SQL by group (and calls by class: signature, slow, background, …) and hook wall times come
 * as a histogram, so that little crosses into JS and the counts of several files add up exactly;
 * tasks come as rows from several files, because how many ran at once is measured per session
 * over all of them, and counted per group and session from one (task-reads.ts).
 * Every entity is placed in the range by its own time: a call by its start (its end when the
 * start was never recorded), a task by its start, advice when given, a hook run when it ran.
 * The reads are SQL text and row conversions (factReads), run by read-plan.ts on a local
 * database (sqlite-source.ts) and on the team store (team-source.ts); the SQL is portable but
 * for the dialect's entries.
 */
import { activityRollup, callReads, callsInRange, rawTime } from './call-reads.js';
import type { ReportQuery } from './model.js';
import { type Activity, type ActivitySource, type AdviceIgnored, leadReads, type UncheckedCount } from './lead-reads.js';
import type { ReadContext } from './read-context.js';
import { inHours, planRollup } from './rollup-plan.js';
import { ADVICE, ADVICE_FACT, type Entity, filterSql, groupsBySession, HOOK, HOOK_HOUR, keySql, label, sessionKey } from './sql.js';
import type { CallSums, SlowSignatures } from './sums.js';
import { type TaskGroup, type TaskRow, taskReads } from './task-reads.js';

/** The advice of one group the model saw, and how many of those were suggestions, followed, judged and right. */
export interface AdviceCount {
  key: string;
  shown: number;
  /** Advice whose following advice_outcomes judges (FOLLOWED_KINDS): `followed` not null. */
  suggestions: number;
  followed: number;
  /** Suggestions whose rightness is judged too: `right` not null. */
  judged: number;
  right: number;
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
  /** Unchecked tasks counted by developer and command (a lead's groupings read in one pass: lead-pass.ts). */
  uncheckedCommands?: UncheckedCount[];
}

type Rows = Record<string, unknown>[];

/** What a report reads from one source (read-plan.ts): statements, and the facts of each query their rows make. */
export interface ReadPlan {
  reads: { sql: string; params: Record<string, string | number> }[];
  /** The facts of each query, from the rows of each read in order. */
  facts(rows: readonly Rows[]): DatabaseFacts[];
}

/**
 * Where advice is read from: its stored outcomes (one database of schema 8), else judged row by
 * row through the view. `shown`: the model saw it (held-back advice, Claude Code 2.0.x, once delivered).
 */
export const adviceSource = ({ adviceFacts, pick }: Pick<ReadContext, 'adviceFacts' | 'pick'>) =>
  adviceFacts
    ? { table: 'advice_facts a', entity: ADVICE_FACT, shown: 'a.shown = 1' }
    : { table: 'advice_outcomes a', entity: ADVICE, shown: `(a.deferred = 0 OR a.delivered_at IS NOT NULL) AND ${pick('advice', 'a')}` };

/**
 * AdviceCount's sums over the rows `a` of a group, as columns: one row per group, where a
 * grouping by outcome gave several and sorted on a longer key.
 */
export const ADVICE_SUMS_SQL = `COUNT(*) AS shown, COUNT(a.followed) AS suggestions, COALESCE(SUM(a.followed), 0) AS followed,
     COUNT(CASE WHEN a.followed IS NOT NULL THEN a."right" END) AS judged, COALESCE(SUM(CASE WHEN a.followed IS NOT NULL THEN a."right" END), 0) AS "right"`;

/** ADVICE_SUMS_SQL's columns of the grouped rows `g`, summed. */
const summed = `SUM(g.shown) AS shown, SUM(g.suggestions) AS suggestions, SUM(g.followed) AS followed, SUM(g.judged) AS judged, SUM(g."right") AS "right"`;

/** Advice the model saw, per group (grouped by session first where the key is the session's). */
function adviceSql(ctx: ReadContext): string {
  const { q } = ctx;
  const { table, entity, shown } = adviceSource(ctx);
  const grouped = `SELECT ${groupsBySession(q) ? entity.session : keySql(q, entity)} AS key, ${ADVICE_SUMS_SQL}
   FROM ${table}
   WHERE a.at >= @since AND a.at < @until AND ${shown}${filterSql(q, entity)}
   GROUP BY 1`;
  if (!groupsBySession(q)) return grouped;
  return `SELECT ${sessionKey(q, 'g.key')} AS key, ${summed} FROM (${grouped}) g GROUP BY 1`;
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
  // Ungrouped, by the time alone: a constant key in the sort made it half as fast again (SQLite).
  const [key, by] = hooksGrouped(q) ? [(e: Entity) => keySql(q, e), '1, 2'] : [() => 'NULL', '2'];
  const raw = `SELECT ${key(HOOK)} AS key, h.wall_ms AS ms, COUNT(*) AS n
   FROM (SELECT at, wall_ms, ${dialect.eventSession('event_id')} AS session FROM hook_runs${hint} WHERE ${inRange('at')} AND ${pick('hook_runs', 'hook_runs')}) h
   WHERE TRUE${filterSql(q, HOOK)}
   GROUP BY ${by}`;
  if (!rollups) return raw;
  const rolled = `SELECT ${key(HOOK_HOUR)} AS key, h.wall_ms AS ms, SUM(h.n) AS n
   FROM hook_hours h WHERE ${inHours('h.hour', planRollup(q).hours)}
   GROUP BY ${by}`;
  return `SELECT ${hooksGrouped(q) ? 'u.key' : 'NULL'} AS key, u.ms AS ms, SUM(u.n) AS n FROM (${raw} UNION ALL ${rolled}) u GROUP BY ${by}`;
}

const hookHistogram = (q: ReportQuery, rows: Rows): DatabaseFacts['hooks'] =>
  (rows as { key: unknown; ms: number; n: number }[]).map(({ key, ms, n }) => ({ key: hooksGrouped(q) ? label(q.by, key) : null, ms, n }));

/** The hook runs' read: their histogram, by group where rows get it. */
export const hookRead = (ctx: ReadContext) => ({ sql: hooksSql(ctx), facts: (rows: Rows) => ({ hooks: hookHistogram(ctx.q, rows) }) });

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
    ...(!q.withoutHooks && { hooks: hookRead(ctx) }),
    ...leadReads(q, adviceSource(ctx), activitySource(ctx)),
  };
}
