/**
 * SQL pieces the report's queries share: how each kind of row is grouped (day and week in the
 * report's zone, session, project, signature, developer, machine, phase) and filtered (--project, --session).
 */
import { portableProject } from '../store/advice-facts.js';
import type { Grouping, ReportQuery } from './model.js';
import { dayKey, localDaySql, weekKey } from './zone.js';

/** An entity's columns, as the grouping and the filters need them. */
export interface Entity {
  time: string;
  session: string;
  /** The local path (what --project filters on). */
  project: string;
  /** The portable id (what --by project shows). */
  projectId: string;
  signature: string;
  /** Backfilled from transcripts (1) or recorded by the hooks; see PHASES. */
  backfilled: string;
}

/** The `phase` grouping's keys: history backfilled from transcripts, and what the hooks recorded. */
const PHASES = { backfilled: 'before bgtelemetry', live: 'with bgtelemetry' } as const;

const portable = portableProject;
const sessionColumn = (column: string, session: string) => `(SELECT s.${column} FROM sessions s WHERE s.id = ${session})`;

/** Tasks and advice belong to their Bash call's project, else their session's. */
const projectOf = (alias: string, column: (table: string) => string) =>
  `COALESCE((SELECT ${column('b')} FROM bash_calls b WHERE b.session_id = ${alias}.session_id AND b.tool_use_id = ${alias}.tool_use_id), (SELECT ${column('s')} FROM sessions s WHERE s.id = ${alias}.session_id))`;

const entity = (alias: string, time: string, session: string, backfilled: string) => ({
  time: `${alias}.${time}`,
  session: `${alias}.${session}`,
  project: projectOf(alias, (t) => `${t}.project`),
  projectId: projectOf(alias, portable),
  signature: `${alias}.signature`,
  backfilled,
});

export const CALL: Entity = {
  time: 'c.t',
  session: 'c.session_id',
  project: 'c.project',
  projectId: portable('c'),
  signature: 'c.signature',
  backfilled: 'c.backfilled',
};
/** A row of call_hours (store/rollups.ts): the calls of one class in one hour, placed at the hour's start. */
export const CALL_HOUR: Entity = { ...CALL, time: '(c.hour * 3600000)' };
/** A row of call_session_hours (store/call-rollups.ts): call_hours without the signature. */
export const CALL_SESSION_HOUR: Entity = { ...CALL_HOUR, signature: 'NULL' };
/** A row of call_signature_hours: no session or project, read only where no grouping or filter needs one. */
export const CALL_SIGNATURE_HOUR: Entity = { ...CALL_HOUR, session: 'NULL', project: 'NULL', projectId: 'NULL' };
/** A task is backfilled when the call that started it is. */
export const TASK: Entity = entity(
  't',
  'started_at',
  'session_id',
  '(SELECT b.backfilled FROM bash_calls b WHERE b.session_id = t.session_id AND b.tool_use_id = t.tool_use_id)',
);
/** A row of task_facts (store/task-facts.ts): a task with its project and phase stored. */
export const TASK_FACT: Entity = {
  time: 't.started_at',
  session: 't.session_id',
  project: 't.project',
  projectId: 't.project_id',
  signature: 't.signature',
  backfilled: 't.backfilled',
};
/** Advice and hook runs exist only with bgtelemetry. */
export const ADVICE: Entity = entity('a', 'at', 'session_id', '0');
/** A row of advice_facts (store/advice-facts.ts): advice with its project stored. */
export const ADVICE_FACT: Entity = { ...ADVICE, project: 'a.project', projectId: 'a.project_id' };
/** Hook runs name their session in the event id (`pre:<session>:<call>`); they have no signature. */
export const HOOK: Entity = {
  time: 'h.at',
  session: 'h.session',
  project: sessionColumn('project', 'h.session'),
  projectId: `(SELECT ${portable('s')} FROM sessions s WHERE s.id = h.session)`,
  signature: 'NULL',
  backfilled: '0',
};
/** A row of hook_hours: runs of one wall time in one hour; only time groupings read it (metrics.ts). */
export const HOOK_HOUR: Entity = { ...HOOK, time: '(h.hour * 3600000)' };

/**
 * The grouping value of an entity's row (a local day or week number for time groupings).
 * `legacy`: a database from before schema 5, read as it is, has no backfilled column (and nothing backfilled).
 */
export function keySql(q: ReportQuery, e: Entity, legacy = false): string {
  const day = () => localDaySql(e.time, q.timezone, q.since, q.until);
  const by: Record<Grouping, () => string> = {
    day,
    week: () => `((${day()} + 3) / 7)`,
    session: () => e.session,
    project: () => e.projectId,
    signature: () => e.signature,
    phase: () => `CASE WHEN ${legacy ? '0' : e.backfilled} = 1 THEN '${PHASES.backfilled}' ELSE '${PHASES.live}' END`,
    developer: () => sessionColumn('developer', e.session),
    machine: () => sessionColumn('machine', e.session),
  };
  return by[q.by]();
}

/** The key of a group with no value: calls without a signature, tasks without a project. */
export const NO_KEY = '(none)';

/**
 * Groupings that are a column of the session (developer, machine): a read groups its rows by
 * session first and names each group's key after (`sessionKey`), one lookup per session and
 * class rather than one per row.
 */
export const groupsBySession = (q: ReportQuery): q is ReportQuery & { by: 'developer' | 'machine' } =>
  q.by === 'developer' || q.by === 'machine';

/** The grouping value of the session `session` (when groupsBySession). */
export const sessionKey = (q: ReportQuery & { by: 'developer' | 'machine' }, session: string) => sessionColumn(q.by, session);

/** Turns a grouping value from SQL into the row key. */
export function label(by: Grouping, raw: unknown): string {
  if (raw === null || raw === undefined) return NO_KEY;
  if (by === 'day') return dayKey(Number(raw));
  if (by === 'week') return weekKey(Number(raw));
  return String(raw);
}

export function filterSql(q: ReportQuery, e: Entity): string {
  const project =
    q.projectId !== undefined
      ? ` AND (${e.project} = @project OR ${e.projectId} = @projectId)`
      : q.project !== null
        ? ` AND ${e.project} = @project`
        : '';
  return project + (q.session !== null ? ` AND ${e.session} = @session` : '');
}

export function queryParams(q: ReportQuery): Record<string, string | number> {
  return {
    since: q.since,
    until: q.until,
    ...(q.project !== null && { project: q.project }),
    ...(q.projectId !== undefined && { projectId: q.projectId }),
    ...(q.session !== null && { session: q.session }),
  };
}
