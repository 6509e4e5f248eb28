/**
 * A lead's report from one source that has the fact tables (one database read alone, the team
 * store). Its queries (queriesFor: by developer, by project, by week for the last two weeks)
 * would each scan the range's calls, tasks and advice again; here each table is read once,
 * grouped by session, project and local day (session-reads.ts), and the three groupings are
 * summed from those groups. Beside them: the reads only the developer rows need (slow
 * signatures, hook runs, the newest unchecked tasks) and the lead's own (ignored advice, the
 * unchecked commands). The facts come out per query, as the per-query reads give them, so that
 * build.ts combines them alike; the project and week facts carry only what the lead's view
 * shows of them (their rows).
 */
import { slowRead } from './call-reads.js';
import { type Activity, ignoredRead, type UncheckedCount } from './lead-reads.js';
import { type AdviceCount, adviceSource, type DatabaseFacts, hookRead, type ReadPlan } from './metrics.js';
import type { ReportQuery } from './model.js';
import type { ReadContext } from './read-context.js';
import { type SessionDay, sessionReads } from './session-reads.js';
import { label, queryParams } from './sql.js';
import { addSums, type CallSums } from './sums.js';
import { type TaskGroup, uncheckedRead } from './task-reads.js';
import { dayNumber, weekOfDay } from './zone.js';

type Rows = Record<string, unknown>[];

/** One source alone with every fact table: the per-session groups stand for the rows. */
export const leadPassApplies = (ctx: ReadContext) => !!ctx.q.lead && ctx.rollups && ctx.callRollups && ctx.taskFacts && ctx.adviceFacts;

/** A group's key in a query's grouping; null: outside its range. */
type Key = (g: SessionDay) => string | null;

/**
 * The key of the groups in `q`, one of queriesFor's. Its range ends with the lead's and starts
 * with it or at a local midnight after it, so a group is in it when its day is.
 */
function keyOf(q: ReportQuery): Key {
  const first = dayNumber(q.timezone, q.since);
  if (q.by === 'developer') return (g) => label('developer', g.developer);
  if (q.by === 'project') return (g) => label('project', g.project);
  if (q.by === 'week') {
    const weeks = new Map<number, string>();
    return (g) => {
      const day = Number(g.day);
      if (day < first) return null;
      const week = weekOfDay(day);
      let key = weeks.get(week);
      if (key === undefined) weeks.set(week, (key = label('week', week)));
      return key;
    };
  }
  throw new Error(`a lead's groupings are read in one pass by developer, project and week, not by ${q.by}`);
}

type CallGroup = SessionDay & CallSums;
type TaskCounts = SessionDay & Omit<TaskGroup, 'key' | 'session'>;
type AdviceSums = SessionDay & Omit<AdviceCount, 'key'>;

function callsBy(groups: readonly CallGroup[], key: Key): Map<string, CallSums> {
  const out = new Map<string, CallSums>();
  for (const g of groups) {
    const k = key(g);
    if (k === null) continue;
    let into = out.get(k);
    if (!into)
      out.set(
        k,
        (into = { bashCalls: 0, backgroundCalls: 0, slowCalls: 0, slowBackgroundCalls: 0, foregroundSlowMs: 0, timedOutCalls: 0 }),
      );
    addSums(into, g);
  }
  return out;
}

/** Tasks go in per group: build.ts adds them up and takes each session's peak; advice adds up per key here. */
function tasksBy(groups: readonly TaskCounts[], key: Key): TaskGroup[] {
  const out: TaskGroup[] = [];
  for (const g of groups) {
    const k = key(g);
    if (k === null) continue;
    const { session, started, checked, stopped, orphaned, unchecked, savedMs, peak } = g;
    out.push({ key: k, session, started, checked, stopped, orphaned, unchecked, savedMs, peak });
  }
  return out;
}

function adviceBy(groups: readonly AdviceSums[], key: Key): AdviceCount[] {
  const out = new Map<string, AdviceCount>();
  for (const g of groups) {
    const k = key(g);
    if (k === null) continue;
    let into = out.get(k);
    if (!into) out.set(k, (into = { key: k, shown: 0, suggestions: 0, followed: 0, judged: 0, right: 0 }));
    into.shown += g.shown;
    into.suggestions += g.suggestions;
    into.followed += g.followed;
    into.judged += g.judged;
    into.right += g.right;
  }
  return [...out.values()];
}

const activityOf = (groups: readonly CallGroup[]): Activity[] =>
  groups.map((g) => ({
    developer: label('developer', g.developer),
    project: label('project', g.project),
    session: g.session,
    day: Number(g.day),
    calls: g.bashCalls,
  }));

const uncheckedCounts = (rows: Rows): UncheckedCount[] =>
  (rows as { developer: unknown; command: string | null; tasks: number }[]).map((r) => ({
    developer: label('developer', r.developer),
    command: r.command ?? '(unknown)',
    tasks: r.tasks,
  }));

/** The plan: `queries` are queriesFor(q), `ctx` the lead's query's context. */
export function leadPass(queries: readonly ReportQuery[], ctx: ReadContext): ReadPlan {
  const { q } = ctx;
  const grouped = sessionReads(ctx);
  const once = {
    slow: slowRead(ctx),
    hooks: hookRead(ctx),
    unchecked: uncheckedRead(ctx, false),
    ignored: ignoredRead(q, adviceSource(ctx)),
  };
  const sqls = [grouped.calls, grouped.tasks, grouped.advice, grouped.uncheckedCommands, ...Object.values(once).map((r) => r.sql)];
  return {
    reads: sqls.map((sql) => ({ sql, params: queryParams(q) })),
    facts(rows) {
      const [calls, tasks, advice, commands, slow, hooks, unchecked, ignored] = rows as Rows[];
      const groups = {
        calls: calls as unknown as CallGroup[],
        tasks: tasks as unknown as TaskCounts[],
        advice: advice as unknown as AdviceSums[],
      };
      const byQuery = queries.map((query): DatabaseFacts => {
        const key = keyOf(query);
        return {
          calls: callsBy(groups.calls, key),
          slow: new Map(),
          tasks: [],
          taskGroups: tasksBy(groups.tasks, key),
          advice: adviceBy(groups.advice, key),
          hooks: [],
          duplicates: 0,
        };
      });
      const [lead] = byQuery as [DatabaseFacts];
      Object.assign(
        lead,
        once.slow.facts(slow ?? []),
        once.hooks.facts(hooks ?? []),
        once.unchecked.facts(unchecked ?? []),
        once.ignored.facts(ignored ?? []),
        { activity: activityOf(groups.calls), uncheckedCommands: uncheckedCounts(commands ?? []) },
      );
      return byQuery;
    },
  };
}
