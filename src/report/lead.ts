/**
 * The lead's view (`report --lead`): rows per developer and per project with the samples they
 * rest on, hours per week, this week against the last, the advice ignored most, unchecked tasks
 * by developer and the days with data. Built from reports of the usual pipeline (by developer,
 * project and week) and the lead reads (lead-reads.ts), combined across databases as sets and sums.
 */
import type { Activity, AdviceIgnored, UncheckedCount } from './lead-reads.js';
import {
  IGNORED_LISTED,
  MIN_SAMPLE,
  sampled,
  UNCHECKED_COMMANDS,
  type DayRun,
  type IgnoredAdvice,
  type LeadRow,
  type LeadTrend,
  type LeadView,
  type Sampled,
  type TrendFigure,
  type UncheckedByDeveloper,
} from './lead-model.js';
import type { Metrics, Report, ReportQuery, Row } from './model.js';
import { dayKey, dayNumber, dayStart, weekOfDay } from './zone.js';

const HOUR = 3_600_000;

/**
 * The queries a report reads: a lead's reads the developer rows with the lead reads, then
 * projects, and the weeks of the trend: only the range's last two calendar weeks (the trend
 * compares them and shows no other), so a long range does not read its weeks twice.
 */
export function queriesFor(q: ReportQuery): ReportQuery[] {
  if (!q.lead) return [q];
  const lastWeek = weekOfDay(dayNumber(q.timezone, q.until - 1));
  const trendSince = Math.max(q.since, dayStart(q.timezone, (lastWeek - 1) * 7 - 3));
  return [
    { ...q, by: 'developer' },
    { ...q, by: 'project', lead: false, withoutHooks: true },
    { ...q, since: trendSince, by: 'week', lead: false, withoutHooks: true },
  ];
}

/** Distinct sessions, days and developers of some activity, and its calls. */
class Sample {
  calls = 0;
  sessions = new Set<string>();
  days = new Set<number>();
  developers = new Set<string>();
  add(a: Activity): void {
    this.calls += a.calls;
    this.sessions.add(a.session);
    this.days.add(a.day);
    this.developers.add(a.developer);
  }
}

function samplesBy(activity: readonly Activity[], key: (a: Activity) => string | number): Map<string | number, Sample> {
  const out = new Map<string | number, Sample>();
  for (const a of activity) {
    const k = key(a);
    let s = out.get(k);
    if (!s) out.set(k, (s = new Sample()));
    s.add(a);
  }
  return out;
}

function leadRow(r: Row, sample: Sample | undefined, weeks: number): LeadRow {
  return {
    key: r.key,
    calls: r.bashCalls,
    sessions: sample?.sessions.size ?? 0,
    daysWithData: sample?.days.size ?? 0,
    slowCalls: r.slowCalls,
    backgroundRatio: sampled(r.backgroundCalls, r.bashCalls, MIN_SAMPLE.calls),
    slowBackgroundRatio: sampled(r.slowBackgroundCalls, r.slowCalls, MIN_SAMPLE.calls),
    suggestionsFollowedRatio: sampled(r.suggestionsFollowed, r.suggestionsShown, MIN_SAMPLE.suggestions),
    blockedHoursPerWeek: r.foregroundSlowMs / HOUR / weeks,
    savedHoursPerWeek: r.estimatedSavedMs / HOUR / weeks,
    tasksUnchecked: r.tasksUnchecked,
  };
}

/**
 * Hours of a week: one the range cuts short counts per day it covers, scaled to 7; a week
 * without a call has no figure (no data is not "nothing blocked").
 */
const weekly = (ms: number, m: Metrics): Sampled => ({ value: m.bashCalls ? (ms / HOUR / m.days) * 7 : null, sample: m.bashCalls });

/** Higher is better for every figure but blocked time. */
const TREND: Record<TrendFigure['figure'], { of: (m: Metrics) => Sampled; higherIsBetter: boolean }> = {
  slowBackgroundRatio: { of: (m) => sampled(m.slowBackgroundCalls, m.slowCalls, MIN_SAMPLE.calls), higherIsBetter: true },
  backgroundRatio: { of: (m) => sampled(m.backgroundCalls, m.bashCalls, MIN_SAMPLE.calls), higherIsBetter: true },
  suggestionsFollowedRatio: { of: (m) => sampled(m.suggestionsFollowed, m.suggestionsShown, MIN_SAMPLE.suggestions), higherIsBetter: true },
  blockedHoursPerWeek: { of: (m) => weekly(m.foregroundSlowMs, m), higherIsBetter: false },
  savedHoursPerWeek: { of: (m) => weekly(m.estimatedSavedMs, m), higherIsBetter: true },
};

/** This week against the last: the last two of `weeks` (rows by week, in order). */
export function trend(weeks: readonly Row[]): LeadTrend {
  const current = weeks.at(-1);
  const previous = weeks.length > 1 ? weeks.at(-2) : undefined;
  const none: Sampled = { value: null, sample: 0 };
  const figures = (Object.keys(TREND) as TrendFigure['figure'][]).map((figure): TrendFigure => {
    const { of, higherIsBetter } = TREND[figure];
    const [before, now] = [previous ? of(previous) : none, current ? of(current) : none];
    const delta = before.value === null || now.value === null ? null : now.value - before.value;
    return { figure, previous: before, current: now, delta, better: delta === null || delta === 0 ? null : delta > 0 === higherIsBetter };
  });
  return { previousWeek: previous?.key ?? null, currentWeek: current?.key ?? null, figures };
}

function ignoredAdvice(reads: readonly AdviceIgnored[]): IgnoredAdvice[] {
  const by = new Map<string, AdviceIgnored>();
  for (const r of reads) {
    const had = by.get(r.signature) ?? { signature: r.signature, suggestions: 0, ignored: 0, blockedMs: 0 };
    by.set(r.signature, {
      ...had,
      suggestions: had.suggestions + r.suggestions,
      ignored: had.ignored + r.ignored,
      blockedMs: had.blockedMs + r.blockedMs,
    });
  }
  return [...by.values()]
    .filter((a) => a.ignored > 0)
    .map((a) => ({ ...a, ignoredShare: sampled(a.ignored, a.suggestions, MIN_SAMPLE.suggestions) }))
    .sort((a, b) => b.ignored - a.ignored || b.blockedMs - a.blockedMs || (a.signature < b.signature ? -1 : 1))
    .slice(0, IGNORED_LISTED);
}

/** `unchecked`: the unchecked tasks of the range, counted by developer and command (added up here). */
function uncheckedByDeveloper(unchecked: readonly UncheckedCount[]): UncheckedByDeveloper[] {
  const by = new Map<string, Map<string, number>>();
  for (const { developer, command, tasks } of unchecked) {
    const commands = by.get(developer) ?? new Map<string, number>();
    by.set(developer, commands);
    commands.set(command, (commands.get(command) ?? 0) + tasks);
  }
  return [...by]
    .map(([developer, commands]) => ({
      developer,
      unchecked: [...commands.values()].reduce((a, b) => a + b, 0),
      commands: [...commands]
        .map(([command, tasks]) => ({ command, tasks }))
        .sort((a, b) => b.tasks - a.tasks || (a.command < b.command ? -1 : 1))
        .slice(0, UNCHECKED_COMMANDS),
    }))
    .sort((a, b) => b.unchecked - a.unchecked || (a.developer < b.developer ? -1 : 1));
}

/** Every day of the range in order, each run of days without a call as one entry. */
function dayRuns(byDay: Map<string | number, Sample>, first: number, last: number): DayRun[] {
  const runs: DayRun[] = [];
  for (let d = first; d <= last; d++) {
    const s = byDay.get(d);
    const prev = runs.at(-1);
    if (!s && prev && prev.calls === 0) {
      prev.to = dayKey(d);
      prev.days++;
    } else
      runs.push({
        from: dayKey(d),
        to: dayKey(d),
        days: 1,
        calls: s?.calls ?? 0,
        sessions: s?.sessions.size ?? 0,
        developers: s?.developers.size ?? 0,
      });
  }
  return runs;
}

export interface LeadInputs {
  developers: Report;
  projects: Report;
  weeks: Report;
  activity: Activity[];
  ignored: AdviceIgnored[];
  /** The unchecked tasks of the range, by developer and command. */
  unchecked: UncheckedCount[];
}

export function leadView({ developers, projects, weeks, activity, ignored, unchecked }: LeadInputs, q: ReportQuery): LeadView {
  const weekCount = developers.range.days / 7;
  const all = new Sample();
  for (const a of activity) all.add(a);
  const byDeveloper = samplesBy(activity, (a) => a.developer);
  const byProject = samplesBy(activity, (a) => a.project);
  const t = developers.totals;
  return {
    minimumSample: MIN_SAMPLE,
    weeks: weekCount,
    sample: { calls: all.calls, sessions: all.sessions.size, daysWithData: all.days.size, developers: all.developers.size },
    hoursPerWeek: { blocked: t.foregroundSlowMs / HOUR / weekCount, saved: t.estimatedSavedMs / HOUR / weekCount },
    developers: developers.rows.map((r) => leadRow(r, byDeveloper.get(r.key), weekCount)),
    projects: projects.rows.map((r) => leadRow(r, byProject.get(r.key), weekCount)),
    trend: trend(weeks.rows),
    ignoredAdvice: ignoredAdvice(ignored),
    uncheckedByDeveloper: uncheckedByDeveloper(unchecked),
    days: dayRuns(
      samplesBy(activity, (a) => a.day),
      dayNumber(q.timezone, q.since),
      dayNumber(q.timezone, q.until - 1),
    ),
  };
}
