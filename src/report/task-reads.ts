/**
 * The report's reads of background tasks. From several databases (or a file without task_facts)
 * they come as rows, because how many ran at once is measured per session over all files
 * (aggregate.ts). From one source they come from task_facts (store/task-facts.ts), which stores
 * each task's state, end, project and concurrency: counted in SQL per group and session, and the
 * unchecked tasks alone as rows (the report lists them).
 */
import { flag } from './call-reads.js';
import { type ReportQuery, UNCHECKED_LISTED, UNCHECKED_STATES } from './model.js';
import type { ReadContext } from './read-context.js';
import { filterSql, groupsBySession, keySql, label, sessionKey, TASK, TASK_FACT } from './sql.js';

export interface TaskRow {
  session: string;
  id: string;
  /** Group of a task started in the range that passes the filters; null for the session's others. */
  key: string | null;
  start: number;
  /** When it stopped running; null: still running as far as is known. */
  end: number | null;
  state: string;
  /** Time it ran until it finished by itself (completed or failed), else null. */
  ranMs: number | null;
  command: string | null;
  signature: string | null;
}

const UNCHECKED_SQL = `(${UNCHECKED_STATES.map((s) => `'${s}'`).join(', ')})`;

type Rows = Record<string, unknown>[];

/**
 * The tasks started in the range, and the other tasks of their sessions that started before
 * its end: those count when measuring how many ran at once.
 */
function tasksSql({ q, legacy }: ReadContext): string {
  const chosen = `t.started_at >= @since AND t.started_at < @until${filterSql(q, TASK)}`;
  return `SELECT t.session_id AS session, t.id AS id, ${flag(chosen)} AS chosen, ${keySql(q, TASK, legacy)} AS key,
     t.started_at AS start, t.finished_at AS "finishedAt", t.stopped_at AS "stoppedAt", s.ended_at AS "sessionEndedAt", t.status AS status, t.state AS state,
     CASE WHEN t.state IN ${UNCHECKED_SQL} THEN t.command END AS command, t.signature AS signature
   FROM task_states t LEFT JOIN sessions s ON s.id = t.session_id
   WHERE t.started_at < @until AND t.session_id IN (SELECT t.session_id FROM tasks t WHERE ${chosen})`;
}

interface TaskRecord {
  session: string;
  id: string;
  chosen: number;
  key: unknown;
  start: number;
  finishedAt: number | null;
  stoppedAt: number | null;
  sessionEndedAt: number | null;
  status: string;
  state: string;
  command: string | null;
  signature: string | null;
}

function taskRows(q: ReportQuery, rows: Rows): TaskRow[] {
  return (rows as unknown as TaskRecord[]).map((r) => {
    const ends = [r.finishedAt, r.stoppedAt].filter((x): x is number => x !== null);
    return {
      session: r.session,
      id: r.id,
      key: r.chosen ? label(q.by, r.key) : null,
      start: r.start,
      // A task still running when its session ended stopped with it.
      end: ends.length ? Math.min(...ends) : r.sessionEndedAt,
      state: r.state,
      ranMs: (r.status === 'completed' || r.status === 'failed') && r.finishedAt !== null ? Math.max(0, r.finishedAt - r.start) : null,
      command: r.command,
      signature: r.signature,
    };
  });
}

/** Tasks of one group and session: how many, by state, the time saved, and the most running at once at one of their starts. */
export interface TaskGroup {
  key: string;
  session: string;
  started: number;
  checked: number;
  stopped: number;
  orphaned: number;
  unchecked: number;
  savedMs: number;
  peak: number;
}

const count = (condition: string) => `SUM(${flag(condition)})`;

/** TaskGroup's counts over the task_facts rows `t` of a group. */
export const TASK_COUNTS_SQL = `COUNT(*) AS started,
     ${count("t.state = 'checked'")} AS checked, ${count("t.state = 'stopped'")} AS stopped, ${count("t.state = 'orphaned'")} AS orphaned,
     ${count(`t.state IN ${UNCHECKED_SQL}`)} AS unchecked, COALESCE(SUM(t.ran_ms), 0) AS "savedMs", MAX(t.running) AS peak`;

/** The range's tasks from task_facts, per group and session (grouped by session first where the key is the session's). */
function taskGroupsSql({ q }: ReadContext): string {
  const bySession = groupsBySession(q);
  const grouped = `SELECT ${bySession ? 't.session_id' : keySql(q, TASK_FACT)} AS key, t.session_id AS session, ${TASK_COUNTS_SQL}
   FROM task_facts t
   WHERE t.started_at >= @since AND t.started_at < @until${filterSql(q, TASK_FACT)}
   GROUP BY 1, 2`;
  if (!bySession) return grouped;
  return `SELECT ${sessionKey(q, 'g.session')} AS key, g.session AS session, g.started AS started, g.checked AS checked, g.stopped AS stopped,
     g.orphaned AS orphaned, g.unchecked AS unchecked, g."savedMs" AS "savedMs", g.peak AS peak FROM (${grouped}) g`;
}

/**
 * The range's unchecked tasks from task_facts, as rows: `every` one (a lead's report read per
 * grouping counts the commands of all of them), else the newest (UNCHECKED_LISTED), so it reads
 * those started at or after the newest ones' earliest start (ties included: the list orders them itself).
 */
function uncheckedSql({ q }: ReadContext, every: boolean): string {
  const key = groupsBySession(q) ? sessionKey(q, 't.session_id') : keySql(q, TASK_FACT);
  const rest = `t.started_at < @until AND t.state IN ${UNCHECKED_SQL}${filterSql(q, TASK_FACT)}`;
  const which = `t.started_at >= @since AND ${rest}`;
  // That earliest start is in the range, so it is the lower bound the index is read from.
  const from = every
    ? which
    : `t.started_at >= (SELECT MIN(n.started_at) FROM (SELECT t.started_at FROM task_facts t WHERE ${which} ORDER BY t.started_at DESC LIMIT ${UNCHECKED_LISTED}) n) AND ${rest}`;
  return `SELECT t.session_id AS session, t.id AS id, ${key} AS key, t.started_at AS start, t.state AS state, t.command AS command, t.signature AS signature
   FROM task_facts t
   WHERE ${from}`;
}

const taskGroups = (q: ReportQuery, rows: Rows): TaskGroup[] =>
  (rows as unknown as TaskGroup[]).map((r) => ({ ...r, key: label(q.by, r.key) }));

const uncheckedRows = (q: ReportQuery, rows: Rows): TaskRow[] =>
  (rows as unknown as (Omit<TaskRow, 'key'> & { key: unknown })[]).map((r) => ({ ...r, key: label(q.by, r.key), end: null, ranMs: null }));

/** The unchecked tasks' rows from task_facts (uncheckedSql). */
export const uncheckedRead = (ctx: ReadContext, every: boolean) => ({
  sql: uncheckedSql(ctx, every),
  facts: (rows: Rows) => ({ uncheckedTasks: uncheckedRows(ctx.q, rows) }),
});

/** The task reads of a query, in metrics.ts's shape. */
export function taskReads(ctx: ReadContext) {
  const { q } = ctx;
  if (!ctx.taskFacts) return { tasks: { sql: tasksSql(ctx), facts: (rows: Rows) => ({ tasks: taskRows(q, rows) }) } };
  return {
    tasks: { sql: taskGroupsSql(ctx), facts: (rows: Rows) => ({ tasks: [], taskGroups: taskGroups(q, rows) }) },
    unchecked: uncheckedRead(ctx, !!q.lead),
  };
}
