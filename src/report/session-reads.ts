/**
 * A lead's reads of calls, tasks and advice in one pass over each table (lead-pass.ts): the
 * range's rows grouped by session, project and local day, each group's sums as columns, and
 * its session's developer joined after grouping (once per group, not per row). Every
 * grouping the lead's view shows is a sum of these groups: the developer is the session's, the
 * project each row's (a session's calls may be in several projects), the week the day's.
 * Needs the fact tables (call_session_hours, task_facts, advice_facts): one source, read alone.
 */
import { portableProject } from '../store/advice-facts.js';
import { callsInRange } from './call-reads.js';
import { ADVICE_SUMS_SQL, adviceSource } from './metrics.js';
import { UNCHECKED_STATES, type ReportQuery } from './model.js';
import type { ReadContext } from './read-context.js';
import { inHours, planRollup } from './rollup-plan.js';
import { CALL, CALL_SESSION_HOUR, type Entity, filterSql, keySql, TASK_FACT } from './sql.js';
import type { CallSums } from './sums.js';
import { TASK_COUNTS_SQL } from './task-reads.js';

/** A group's session, its developer and project as SQL gives them (null: none), and its local day number. */
export interface SessionDay {
  session: string;
  developer: unknown;
  project: unknown;
  day: number;
}

/**
 * Each group's developer: its session joined once per group (`g`), as `s`. A subquery per group
 * (sql.ts's sessionKey) was an index lookup each on PostgreSQL; the join is one hash join there.
 */
const WITH_DEVELOPER = 'LEFT JOIN sessions s ON s.id = g.session';

/** By local day: the rollup plan then splits the hours that hold a local midnight, as `--by day` does. */
const byDay = (q: ReportQuery): ReportQuery => ({ ...q, by: 'day' });

/** The group columns of a row of `e` (aliased as in sql.ts). */
const groupOf = (q: ReportQuery, e: Entity) => `${e.session} AS session, ${e.projectId} AS project, ${keySql(byDay(q), e)} AS day`;

/** The groups `grouped` (with `columns`) and each one's developer. */
const named = (grouped: string, columns: readonly string[]) =>
  `SELECT g.session AS session, s.developer AS developer, g.project AS project, g.day AS day, ${columns.map((c) => `g."${c}" AS "${c}"`).join(', ')}
   FROM (${grouped}) g ${WITH_DEVELOPER}`;

const CALL_SUMS: readonly (keyof CallSums)[] = [
  'bashCalls',
  'backgroundCalls',
  'slowCalls',
  'slowBackgroundCalls',
  'foregroundSlowMs',
  'timedOutCalls',
];

/**
 * CallSums over rows `c` of one class each (slow, background): `n` calls that took `ms` in all
 * (a raw call: 1 and its duration). A call not known to have run in the background blocked, as
 * call-reads.ts counts it.
 */
function callSumsSql(n: string, ms: string, timedOut: string): string {
  const sum = (condition: string, value: string) => `COALESCE(SUM(CASE WHEN ${condition} THEN ${value} END), 0)`;
  const sums: Record<keyof CallSums, string> = {
    bashCalls: `SUM(${n})`,
    backgroundCalls: sum('c.background = 1', n),
    slowCalls: sum('c.slow = 1', n),
    slowBackgroundCalls: sum('c.slow = 1 AND c.background = 1', n),
    foregroundSlowMs: sum('c.slow = 1 AND COALESCE(c.background, 0) <> 1', ms),
    timedOutCalls: sum(`${timedOut} = 1`, n),
  };
  return CALL_SUMS.map((f) => `${sums[f]} AS "${f}"`).join(', ');
}

/**
 * Calls: the raw rows of the range's edges and the rollup's whole hours, each grouped by the
 * stored project columns, then summed by the portable project (named once per group, not per row).
 */
function callsSql(ctx: ReadContext): string {
  const q = byDay(ctx.q);
  const group = (e: Entity) => `${e.session} AS session, c.project AS project, c.project_id AS project_id, ${keySql(q, e)} AS day`;
  const raw = `SELECT ${group(CALL)}, ${callSumsSql('1', 'c.duration_ms', 'c."timedOut"')}
   FROM ${callsInRange({ ...ctx, q })}
   WHERE TRUE${filterSql(q, CALL)}
   GROUP BY 1, 2, 3, 4`;
  const rolled = `SELECT ${group(CALL_SESSION_HOUR)}, ${callSumsSql('c.n', 'c.ms', 'c.timed_out')}
   FROM call_session_hours c
   WHERE ${inHours('c.hour', planRollup(q).hours)}${filterSql(q, CALL_SESSION_HOUR)}
   GROUP BY 1, 2, 3, 4`;
  return `SELECT g.session AS session, s.developer AS developer, ${portableProject('g')} AS project, g.day AS day,
     ${CALL_SUMS.map((f) => `SUM(g."${f}") AS "${f}"`).join(', ')}
   FROM (${raw} UNION ALL ${rolled}) g ${WITH_DEVELOPER}
   GROUP BY g.session, s.developer, 3, 4`;
}

const TASK_COUNTS = ['started', 'checked', 'stopped', 'orphaned', 'unchecked', 'savedMs', 'peak'] as const;

/** Tasks started in the range, counted as TaskGroup counts them. */
const tasksSql = ({ q }: ReadContext) =>
  named(
    `SELECT ${groupOf(q, TASK_FACT)}, ${TASK_COUNTS_SQL}
   FROM task_facts t
   WHERE t.started_at >= @since AND t.started_at < @until${filterSql(q, TASK_FACT)}
   GROUP BY 1, 2, 3`,
    TASK_COUNTS,
  );

const ADVICE_SUMS = ['shown', 'suggestions', 'followed', 'judged', 'right'] as const;

/** Advice the model saw, summed as AdviceCount sums it. */
function adviceSql(ctx: ReadContext): string {
  const { q } = ctx;
  const { table, entity, shown } = adviceSource(ctx);
  return named(
    `SELECT ${groupOf(q, entity)}, ${ADVICE_SUMS_SQL}
   FROM ${table}
   WHERE a.at >= @since AND a.at < @until AND ${shown}${filterSql(q, entity)}
   GROUP BY 1, 2, 3`,
    ADVICE_SUMS,
  );
}

const UNCHECKED_SQL = `(${UNCHECKED_STATES.map((s) => `'${s}'`).join(', ')})`;

/**
 * The unchecked tasks of the range counted by session and command (the signature where no
 * command was stored), named by developer: what the lead's view lists of them.
 */
const uncheckedCommandsSql = ({ q }: ReadContext) =>
  `SELECT s.developer AS developer, g.command AS command, g.tasks AS tasks
   FROM (SELECT t.session_id AS session, COALESCE(t.command, t.signature) AS command, COUNT(*) AS tasks
     FROM task_facts t
     WHERE t.started_at >= @since AND t.started_at < @until AND t.state IN ${UNCHECKED_SQL}${filterSql(q, TASK_FACT)}
     GROUP BY 1, 2) g ${WITH_DEVELOPER}`;

/** The reads' SQL, by name (named parameters from queryParams of the lead's query). */
export const sessionReads = (ctx: ReadContext) => ({
  calls: callsSql(ctx),
  tasks: tasksSql(ctx),
  advice: adviceSql(ctx),
  uncheckedCommands: uncheckedCommandsSql(ctx),
});
