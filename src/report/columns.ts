/**
 * The tables the terminal and HTML reports both show: each column's title, how a row reads in
 * it and whether it holds text (left-aligned) or a number; and which of the rows are shown.
 */
import { oneLine } from '../console/table.js';
import { count, decimal, duration, millis, percent } from './format.js';
import type { Grouping, Report, Row, UncheckedTask } from './model.js';

export interface Column<T> {
  title: string;
  get: (row: T) => string;
  /** Holds text, aligned left; the others hold numbers, aligned right. */
  left?: boolean;
}

/** The day, week, session, project or signature a row is about. */
export function keyColumn(by: Grouping): Column<Row> {
  return { title: by, get: (r) => r.key, left: true };
}

/** A row's figures, left to right. */
export const METRIC_COLUMNS = {
  calls: { title: 'calls', get: (r) => count(r.bashCalls) },
  bg: { title: 'bg', get: (r) => percent(r.backgroundRatio) },
  slow: { title: 'slow', get: (r) => count(r.slowCalls) },
  slowBg: { title: 'slow bg', get: (r) => percent(r.slowBackgroundRatio) },
  blocked: { title: 'blocked', get: (r) => duration(r.foregroundSlowMs) },
  saved: { title: 'saved', get: (r) => duration(r.estimatedSavedMs) },
  tasks: { title: 'tasks', get: (r) => count(r.tasksStarted) },
  unchecked: { title: 'unchecked', get: (r) => count(r.tasksUnchecked) },
  parallel: { title: 'parallel', get: (r) => decimal(r.parallelTasksPerSession) },
  timedOut: { title: 'timed out', get: (r) => count(r.timedOutCalls) },
  advised: { title: 'advised', get: (r) => count(r.suggestionsShown) },
  followed: { title: 'followed', get: (r) => percent(r.suggestionsFollowedRatio) },
  right: { title: 'right', get: (r) => percent(r.suggestionsRightRatio) },
  hookP50: { title: 'hook p50', get: (r) => millis(r.hookP50Ms) },
  hookP95: { title: 'hook p95', get: (r) => millis(r.hookP95Ms) },
} satisfies Record<string, Column<Row>>;

export type MetricColumn = keyof typeof METRIC_COLUMNS;

/** `3min`: without the space, so the column stays narrow. */
function age(ms: number): string {
  return duration(ms).replace(' ', '');
}

export const UNCHECKED_COLUMNS: readonly Column<UncheckedTask>[] = [
  { title: 'command', get: (t) => oneLine(t.command ?? t.signature ?? '(unknown)', 200), left: true },
  { title: 'task', get: (t) => t.id, left: true },
  { title: 'age', get: (t) => age(t.ageMs) },
  { title: 'state', get: (t) => t.state, left: true },
];

/** Day and week rows are a timeline, shown whole; other groupings show their first `max` (most blocked time first). */
export function shownRows(report: Report, max: number): Row[] {
  return report.by === 'day' || report.by === 'week' ? report.rows : report.rows.slice(0, max);
}
