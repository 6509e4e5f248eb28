/**
 * The lead view's own reads (`report --lead`), beside the grouped reads of metrics.ts and run
 * the same way on SQLite and PostgreSQL: counted in SQL, so that few rows cross into JS.
 * Activity comes as (developer, project, session, day) with its calls, because how many
 * sessions and days a row rests on are distinct counts, which only add up across databases as sets.
 */
import type { ReportQuery } from './model.js';
import { CALL, CALL_HOUR, type Entity, filterSql, NO_KEY } from './sql.js';
import { localDaySql } from './zone.js';

type Rows = Record<string, unknown>[];

/** Advice as metrics.ts's adviceSource reads it: the table (aliased `a`), its entity, and which rows the model saw. */
interface AdviceSource {
  table: string;
  entity: Entity;
  shown: string;
}

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

/** Unchecked tasks of one developer with one command (the signature where no command was stored). */
export interface UncheckedCount {
  developer: string;
  command: string;
  tasks: number;
}

/** What a lead's view counts of an unchecked task row (`key`: its developer). */
export const uncheckedCount = (t: { key: string | null; command: string | null; signature: string | null }): UncheckedCount => ({
  developer: t.key!,
  command: t.command ?? t.signature ?? '(unknown)',
  tasks: 1,
});

/**
 * Where the activity's calls come from: `raw`, the range's calls as call-reads.ts selects them
 * (aliased `c`), and `hours`, a rollup with session and project (call_session_hours, else
 * call_hours) and the whole local-day hours it stands for (rollup-plan.ts), or null to read raw
 * rows only (several databases).
 */
export interface ActivitySource {
  raw: string;
  hours: { table: string; where: string } | null;
}

/**
 * Counted per (project, session, day) from the raw rows and from a rollup, then summed;
 * grouped first, so that a session's developer is looked up once per group rather than once per call.
 */
function activitySql(q: ReportQuery, from: ActivitySource): string {
  const day = (time: string) => localDaySql(time, q.timezone, q.since, q.until);
  const raw = `SELECT ${CALL.projectId} AS project, c.session_id AS session, ${day(CALL.time)} AS day, COUNT(*) AS n
         FROM ${from.raw}
         WHERE TRUE${filterSql(q, CALL)}
         GROUP BY 1, 2, 3`;
  const rolled = from.hours
    ? ` UNION ALL SELECT ${CALL_HOUR.projectId} AS project, c.session_id AS session, ${day(CALL_HOUR.time)} AS day, SUM(c.n) AS n
         FROM ${from.hours.table} c
         WHERE ${from.hours.where}${filterSql(q, CALL_HOUR)}
         GROUP BY 1, 2, 3`
    : '';
  return `SELECT (SELECT s.developer FROM sessions s WHERE s.id = g.session) AS developer, g.project AS project, g.session AS session, g.day AS day, SUM(g.n) AS n
   FROM (${raw}${rolled}) g
   GROUP BY g.project, g.session, g.day`;
}

const activityRows = (rows: Rows): Activity[] =>
  (rows as { developer: string | null; project: string | null; session: string; day: number; n: number }[]).map((r) => ({
    developer: r.developer ?? NO_KEY,
    project: r.project ?? NO_KEY,
    session: r.session,
    day: Number(r.day),
    calls: r.n,
  }));

/** Suggestions (advice whose following is judged) by signature, as the report counts advice shown. */
const ignoredSql = (q: ReportQuery, from: AdviceSource) => {
  // advice_facts holds the advised call's foreground time; the view's rows look the call up.
  const call = from.table.startsWith('advice_facts')
    ? { join: '', ms: 'a.call_fg_ms' }
    : {
        join: ' LEFT JOIN bash_calls c ON c.session_id = a.session_id AND c.tool_use_id = a.tool_use_id',
        ms: 'CASE WHEN COALESCE(c.background, 0) <> 1 THEN c.duration_ms END',
      };
  return `SELECT a.signature AS signature, COUNT(*) AS suggestions, SUM(CASE WHEN a.followed = 0 THEN 1 ELSE 0 END) AS ignored,
     COALESCE(SUM(CASE WHEN a.followed = 0 THEN ${call.ms} END), 0) AS ms
   FROM ${from.table}${call.join}
   WHERE a.at >= @since AND a.at < @until AND ${from.shown} AND a.followed IS NOT NULL${filterSql(q, from.entity)}
   GROUP BY 1`;
};

const ignoredRows = (rows: Rows): AdviceIgnored[] =>
  (rows as { signature: string | null; suggestions: number; ignored: number; ms: number }[]).map((r) => ({
    signature: r.signature ?? NO_KEY,
    suggestions: r.suggestions,
    ignored: r.ignored,
    blockedMs: r.ms,
  }));

/** The advice not followed, by signature (ignoredSql). */
export const ignoredRead = (q: ReportQuery, advice: AdviceSource) => ({
  sql: ignoredSql(q, advice),
  facts: (rows: Rows) => ({ ignored: ignoredRows(rows) }),
});

/** The reads, in metrics.ts's shape (SQL and what its rows become); none unless the query is a lead's. */
export function leadReads(q: ReportQuery, advice: AdviceSource, calls: ActivitySource) {
  if (!q.lead) return {};
  return {
    activity: { sql: activitySql(q, calls), facts: (rows: Rows) => ({ activity: activityRows(rows) }) },
    ignored: ignoredRead(q, advice),
  };
}
