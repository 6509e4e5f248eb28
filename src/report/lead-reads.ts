/**
 * The lead view's own reads (`report --lead`), beside the grouped reads of metrics.ts and run
 * the same way on SQLite and PostgreSQL: counted in SQL, so that few rows cross into JS.
 * Activity comes as (developer, project, session, day) with its calls, because how many
 * sessions and days a row rests on are distinct counts, which only add up across databases as sets.
 */
import type { ReportQuery } from './model.js';
import type { CountedTable } from './overlap.js';
import { ADVICE, CALL, filterSql, NO_KEY } from './sql.js';
import { localDaySql } from './zone.js';

type Rows = Record<string, unknown>[];
type Pick = (table: CountedTable, alias: string) => string;

/** Calls of one session on one local day (the day number of zone.ts). */
export interface Activity {
  developer: string;
  project: string;
  session: string;
  day: number;
  calls: number;
}

/** Suggestions about one signature, those not followed, and the time those blocked. */
export interface AdviceIgnored {
  signature: string;
  suggestions: number;
  ignored: number;
  /** Foreground time of the advised calls whose advice was not followed. */
  blockedMs: number;
}

/**
 * `calls`: the range's calls as metrics.ts selects them (aliased `c`). Grouped first, so that a
 * session's developer is looked up once per group rather than once per call.
 */
const activitySql = (q: ReportQuery, calls: string) =>
  `SELECT (SELECT s.developer FROM sessions s WHERE s.id = g.session) AS developer, g.project AS project, g.session AS session, g.day AS day, g.n AS n
   FROM (SELECT ${CALL.projectId} AS project, c.session_id AS session, ${localDaySql(CALL.time, q.timezone, q.since, q.until)} AS day, COUNT(*) AS n
         FROM ${calls}
         WHERE TRUE${filterSql(q, CALL)}
         GROUP BY 1, 2, 3) g`;

const activityRows = (rows: Rows): Activity[] =>
  (rows as { developer: string | null; project: string | null; session: string; day: number; n: number }[]).map((r) => ({
    developer: r.developer ?? NO_KEY,
    project: r.project ?? NO_KEY,
    session: r.session,
    day: Number(r.day),
    calls: r.n,
  }));

/** Suggestions (advice whose following is judged) by signature, as the report counts advice shown. */
const ignoredSql = (q: ReportQuery, pick: Pick) =>
  `SELECT a.signature AS signature, COUNT(*) AS suggestions, SUM(CASE WHEN a.followed = 0 THEN 1 ELSE 0 END) AS ignored,
     COALESCE(SUM(CASE WHEN a.followed = 0 AND COALESCE(c.background, 0) <> 1 THEN c.duration_ms END), 0) AS ms
   FROM advice_outcomes a LEFT JOIN bash_calls c ON c.session_id = a.session_id AND c.tool_use_id = a.tool_use_id
   WHERE a.at >= @since AND a.at < @until AND (a.deferred = 0 OR a.delivered_at IS NOT NULL) AND a.followed IS NOT NULL
     AND ${pick('advice', 'a')}${filterSql(q, ADVICE)}
   GROUP BY 1`;

const ignoredRows = (rows: Rows): AdviceIgnored[] =>
  (rows as { signature: string | null; suggestions: number; ignored: number; ms: number }[]).map((r) => ({
    signature: r.signature ?? NO_KEY,
    suggestions: r.suggestions,
    ignored: r.ignored,
    blockedMs: r.ms,
  }));

/** The reads, in metrics.ts's shape (SQL and what its rows become); none unless the query is a lead's. */
export function leadReads(q: ReportQuery, pick: Pick, calls: string) {
  if (!q.lead) return {};
  return {
    activity: { sql: activitySql(q, calls), facts: (rows: Rows) => ({ activity: activityRows(rows) }) },
    ignored: { sql: ignoredSql(q, pick), facts: (rows: Rows) => ({ ignored: ignoredRows(rows) }) },
  };
}
