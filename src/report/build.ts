/** Builds the report from open databases: read each, combine, name and order the rows. */
import type { DB } from '../store/open.js';
import { combine, Group, type Combined } from './aggregate.js';
import { leadView, queriesFor } from './lead.js';
import { uncheckedCount } from './lead-reads.js';
import type { DatabaseFacts } from './metrics.js';
import { readDatabase } from './sqlite-source.js';
import type { TaskRow } from './task-reads.js';
import { attachEarlier, detach } from './overlap.js';
import { TARGETS, TOP_SIGNATURES, UNCHECKED_LISTED, type Report, type ReportQuery, type Row, type UncheckedTask } from './model.js';
import { dayKey, dayNumber, weekKey, weekOfDay } from './zone.js';

export function buildReport(databases: readonly { path: string; db: DB }[], q: ReportQuery): Report {
  return reportFromFacts(
    readAll(databases, queriesFor(q)),
    databases.map((d) => d.path),
    q,
  );
}

/**
 * The report from what each source contributed to each query of queriesFor(q) (`facts[query][source]`);
 * `sources` names them (paths, a masked URL). A lead's report adds the lead's view to its developer rows.
 */
export function reportFromFacts(facts: DatabaseFacts[][], sources: readonly string[], q: ReportQuery): Report {
  const queries = queriesFor(q);
  const combined = facts.map((f) => combine(f));
  const [main, projects, weeks] = queries.map((query, i) => fromCombined(combined[i], sources, query));
  if (!q.lead) return main;
  const leadFacts = facts[0];
  return {
    ...main,
    lead: leadView(
      {
        developers: main,
        projects,
        weeks,
        activity: leadFacts.flatMap((f) => f.activity ?? []),
        ignored: leadFacts.flatMap((f) => f.ignored ?? []),
        // Counted by the source where it read the lead's groupings in one pass (lead-pass.ts), else from every unchecked task's row.
        unchecked: leadFacts.some((f) => f.uncheckedCommands)
          ? leadFacts.flatMap((f) => f.uncheckedCommands ?? [])
          : combined[0].unchecked.map(uncheckedCount),
      },
      q,
    ),
  };
}

function fromCombined({ totals, groups, slow, unchecked, duplicates }: Combined, sources: readonly string[], q: ReportQuery): Report {
  const first = dayNumber(q.timezone, q.since);
  const last = dayNumber(q.timezone, q.until - 1);
  const rangeDays = last - first + 1;

  // Every day or week of the range gets a row, with or without activity.
  const days = new Map<string, number>();
  for (let d = first; d <= last; d++) {
    const key = q.by === 'day' ? dayKey(d) : q.by === 'week' ? weekKey(weekOfDay(d)) : null;
    if (key !== null) days.set(key, (days.get(key) ?? 0) + 1);
  }
  for (const key of days.keys()) if (!groups.has(key)) groups.set(key, new Group());

  const rows: Row[] = [...groups].map(([key, g]) => ({ key, ...g.metrics(days.get(key) ?? rangeDays) }));
  // Days and weeks in order; other groups with the most blocked time first.
  const byKey = (a: Row, b: Row) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  rows.sort(days.size ? byKey : (a, b) => b.foregroundSlowMs - a.foregroundSlowMs || b.bashCalls - a.bashCalls || byKey(a, b));

  return {
    generatedAt: new Date(q.now).toISOString(),
    range: { since: new Date(q.since).toISOString(), until: new Date(q.until).toISOString(), timezone: q.timezone, days: rangeDays },
    by: q.by,
    filters: { project: q.project, session: q.session },
    databases: [...sources],
    duplicatesMerged: duplicates,
    targets: TARGETS,
    totals: totals.metrics(rangeDays),
    rows,
    topForegroundSlow: [...slow]
      .map(([signature, s]) => ({ signature, ...s }))
      .sort((a, b) => b.blockedMs - a.blockedMs || b.calls - a.calls)
      .slice(0, TOP_SIGNATURES),
    // Newest first; tasks started at the same instant by session and id, whatever order the source gave.
    unchecked: unchecked
      .sort((a, b) => b.start - a.start || compare(a.session, b.session) || compare(a.id, b.id))
      .slice(0, UNCHECKED_LISTED)
      .map((t) => uncheckedTask(t, q.now)),
  };
}

/** Each database in turn, leaving out the rows an earlier one holds (overlap.ts): `facts[query][database]`. */
function readAll(databases: readonly { path: string; db: DB }[], queries: readonly ReportQuery[]): DatabaseFacts[][] {
  const byDatabase = databases.map(({ db }, i) => {
    const earlier = attachEarlier(
      db,
      databases.slice(0, i).map((d) => d.path),
    );
    try {
      return readDatabase(db, queries, earlier, databases.length === 1);
    } finally {
      detach(db, earlier);
    }
  });
  return queries.map((_, k) => byDatabase.map((facts) => facts[k]));
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** No Bash call, task or advice in the report's range and filters (hook runs alone are not activity). */
export function recordedNothing(report: Report): boolean {
  const t = report.totals;
  return t.bashCalls === 0 && t.tasksStarted === 0 && t.adviceShown === 0;
}

function uncheckedTask(t: TaskRow, now: number): UncheckedTask {
  return {
    session: t.session,
    id: t.id,
    command: t.command,
    signature: t.signature,
    startedAt: t.start,
    ageMs: Math.max(0, now - t.start),
    state: t.state as UncheckedTask['state'],
  };
}
