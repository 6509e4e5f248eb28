/**
 * How report numbers read, in the terminal and in the HTML page alike, and the headline: the
 * figures the product's success metrics name, each with its target when it has one.
 */
import { formatSeconds } from '../analysis/format.js';
import type { Scope } from '../admin/nothing-recorded.js';
import { MIN_SAMPLE, sampled, type Sampled } from './lead-model.js';
import type { Metrics, Report } from './model.js';

/** A ratio, average or percentile with nothing to divide (null in JSON). */
const NONE = 'n/a';

export function count(n: number): string {
  return n.toLocaleString('en-US');
}

export function percent(r: number | null): string {
  return r === null ? NONE : `${Math.round(r * 100)}%`;
}

/** A ratio, "n<20" under its minimum sample, "n/a" with no sample at all. */
export function sampledPercent(s: Sampled, min: number): string {
  return s.value === null && s.sample > 0 && s.sample < min ? `n<${min}` : percent(s.value);
}

export function duration(ms: number | null): string {
  return ms === null ? NONE : formatSeconds(ms / 1000);
}

export function millis(ms: number | null): string {
  return ms === null ? NONE : `${Math.round(ms)} ms`;
}

export function decimal(x: number | null): string {
  return x === null ? NONE : String(Math.round(x * 10) / 10);
}

export function rangeText(r: Report['range']): string {
  const day = (iso: string, end = false) => new Date(Date.parse(iso) - (end ? 1 : 0)).toLocaleDateString('en-CA', { timeZone: r.timezone });
  return `${day(r.since)} to ${day(r.until, true)} (${r.timezone})`;
}

/** The --project and --session filters in words; empty without them. */
export function filtersText(filters: Report['filters']): string {
  return [filters.project && `project ${filters.project}`, filters.session && `session ${filters.session}`].filter(Boolean).join(', ');
}

/** What a report covered and the flags that chose it, for the line saying nothing is in it. */
export function reportScope(report: Report): Scope {
  const filters = filtersText(report.filters);
  const narrowed = (['project', 'session'] as const).filter((f) => report.filters[f] !== null).map((f) => `--${f}`);
  return { text: [`from ${rangeText(report.range)}`, filters].filter(Boolean).join(', '), flags: ['--since/--until', ...narrowed] };
}

export interface HeadlineItem {
  label: string;
  value: string;
  detail: string;
  /** Against the product's target, when the metric has one; null: nothing to judge yet. */
  target?: { text: string; met: boolean | null };
}

/** `target 30%: met`; the target alone while there is nothing to judge. */
export function judged(target: NonNullable<HeadlineItem['target']>): string {
  return `${target.text}${target.met === null ? '' : target.met ? ': met' : ': not met'}`;
}

function against(value: number | null, target: number, text: string): HeadlineItem['target'] {
  return { text, met: value === null ? null : value >= target };
}

export function headline(report: Report): HeadlineItem[] {
  const t: Metrics = report.totals;
  const goal = report.targets;
  // The lead's report shows no share of too small a sample (lead-model.ts MIN_SAMPLE); the others show every one.
  const share = (part: number, whole: number, min: number, r: number | null) =>
    report.lead ? sampledPercent(sampled(part, whole, min), min) : percent(r);
  return [
    {
      label: 'Bash calls',
      value: count(t.bashCalls),
      detail: `${count(t.backgroundCalls)} in the background (${share(t.backgroundCalls, t.bashCalls, MIN_SAMPLE.calls, t.backgroundRatio)})`,
    },
    {
      label: 'Slow calls in background',
      value: share(t.slowBackgroundCalls, t.slowCalls, MIN_SAMPLE.calls, t.slowBackgroundRatio),
      detail: `${count(t.slowBackgroundCalls)} of ${count(t.slowCalls)} slow calls`,
      target: against(
        report.lead ? sampled(t.slowBackgroundCalls, t.slowCalls, MIN_SAMPLE.calls).value : t.slowBackgroundRatio,
        goal.slowBackgroundRatio,
        `target ${percent(goal.slowBackgroundRatio)}`,
      ),
    },
    {
      label: 'Blocked on slow calls',
      value: duration(t.foregroundSlowMs),
      detail: 'in the foreground: what background execution would have saved',
    },
    {
      label: 'Saved by background',
      value: duration(t.estimatedSavedMs),
      detail: `${duration(t.estimatedSavedMsPerDay)}/day over ${t.days} day${t.days === 1 ? '' : 's'}`,
      target: against(t.estimatedSavedMsPerDay, goal.estimatedSavedMsPerDay, `target ${duration(goal.estimatedSavedMsPerDay)}/day`),
    },
    {
      label: 'Parallel tasks/session',
      value: decimal(t.parallelTasksPerSession),
      detail: `most at once, averaged over ${count(t.sessionsWithTasks)} session${t.sessionsWithTasks === 1 ? '' : 's'} with tasks; highest ${t.maxParallelTasks}`,
      target: against(t.parallelTasksPerSession, goal.parallelTasksPerSession, `target ${goal.parallelTasksPerSession}`),
    },
    {
      label: 'Background tasks',
      value: count(t.tasksStarted),
      detail: `${count(t.tasksChecked)} checked, ${count(t.tasksStopped)} stopped, ${count(t.tasksUnchecked)} unchecked (${count(t.tasksOrphaned)} orphaned)`,
    },
    { label: 'Timed-out calls', value: count(t.timedOutCalls), detail: 'foreground calls that reached their timeout' },
    {
      label: 'Suggestions',
      value: count(t.suggestionsShown),
      detail: `${count(t.suggestionsFollowed)} followed (${share(t.suggestionsFollowed, t.suggestionsShown, MIN_SAMPLE.suggestions, t.suggestionsFollowedRatio)}), ${count(t.suggestionsRight)} of ${count(t.suggestionsJudged)} judged right (${share(t.suggestionsRight, t.suggestionsJudged, MIN_SAMPLE.suggestions, t.suggestionsRightRatio)})`,
    },
    {
      label: 'Hook overhead p50',
      value: millis(t.hookP50Ms),
      detail: `p95 ${millis(t.hookP95Ms)} over ${count(t.hookRuns)} hook run${t.hookRuns === 1 ? '' : 's'}`,
    },
  ];
}

/** Said when several databases held some of the same rows (report/overlap.ts); null when none did. */
export function mergedText(report: Report): string | null {
  const n = report.duplicatesMerged;
  return n > 0 ? `${n} row${n === 1 ? '' : 's'} found in more than one database, counted once` : null;
}
