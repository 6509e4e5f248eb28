/**
 * How the lead's view reads, in the terminal and in the HTML page alike: ratios that rest on
 * too small a sample read "n<20", hours per week as "6.2 h", changes as signed deltas.
 */
import { oneLine } from '../console/table.js';
import type { Column } from './columns.js';
import { count, duration, sampledPercent } from './format.js';
import { MIN_SAMPLE, type DayRun, type IgnoredAdvice, type LeadRow, type LeadView, type Sampled, type TrendFigure } from './lead-model.js';

/** Hours to one decimal ("6.2 h"); under an hour as a duration ("12 min"), where 0.1 h would say little. */
export function hours(h: number | null): string {
  if (h === null) return 'n/a';
  return Math.abs(h) >= 1 ? `${(Math.round(h * 10) / 10).toFixed(1)} h` : duration(h * 3_600_000);
}

/** The lead view's headline: what the team lost and saved per week, and what it rests on. */
export function costLines(lead: LeadView): string[] {
  const s = lead.sample;
  const weeks = Math.round(lead.weeks * 10) / 10;
  return [
    `Blocked on slow foreground calls: ${hours(lead.hoursPerWeek.blocked)}/week`,
    `Saved by background execution: ${hours(lead.hoursPerWeek.saved)}/week`,
    `over ${weeks} week${weeks === 1 ? '' : 's'}: ${count(s.calls)} calls in ${count(s.sessions)} sessions by ${count(s.developers)} developer${s.developers === 1 ? '' : 's'}, on ${count(s.daysWithData)} day${s.daysWithData === 1 ? '' : 's'} with data`,
  ];
}

/** Developer and project rows: figures with their samples. */
export function leadColumns(key: string): Column<LeadRow>[] {
  return [
    { title: key, get: (r) => r.key, left: true },
    { title: 'calls', get: (r) => count(r.calls) },
    { title: 'sessions', get: (r) => count(r.sessions) },
    { title: 'days', get: (r) => count(r.daysWithData) },
    { title: 'slow', get: (r) => count(r.slowCalls) },
    { title: 'slow bg', get: (r) => sampledPercent(r.slowBackgroundRatio, MIN_SAMPLE.calls) },
    { title: 'bg', get: (r) => sampledPercent(r.backgroundRatio, MIN_SAMPLE.calls) },
    { title: 'followed', get: (r) => sampledPercent(r.suggestionsFollowedRatio, MIN_SAMPLE.suggestions) },
    { title: 'blocked/wk', get: (r) => hours(r.blockedHoursPerWeek) },
    { title: 'saved/wk', get: (r) => hours(r.savedHoursPerWeek) },
    { title: 'unchecked', get: (r) => count(r.tasksUnchecked) },
  ];
}

/** Each trend figure: its name, minimum sample, and how its values and changes read. */
const TREND_TEXT: Record<TrendFigure['figure'], { name: string; value: (s: Sampled) => string; delta: (d: number) => string }> = {
  slowBackgroundRatio: { name: 'slow calls in background', value: (s) => sampledPercent(s, MIN_SAMPLE.calls), delta: points },
  backgroundRatio: { name: 'calls in background', value: (s) => sampledPercent(s, MIN_SAMPLE.calls), delta: points },
  suggestionsFollowedRatio: {
    name: 'suggestions followed',
    value: (s) => sampledPercent(s, MIN_SAMPLE.suggestions),
    delta: points,
  },
  blockedHoursPerWeek: {
    name: 'blocked per week',
    value: (s) => hours(s.value),
    delta: (d) => `${d >= 0 ? '+' : '-'}${hours(Math.abs(d))}`,
  },
  savedHoursPerWeek: { name: 'saved per week', value: (s) => hours(s.value), delta: (d) => `${d >= 0 ? '+' : '-'}${hours(Math.abs(d))}` },
};

function points(d: number): string {
  const p = Math.round(d * 100);
  return `${p >= 0 ? '+' : ''}${p} pts`;
}

/** "better", "worse" or "" (no change, or nothing to compare). */
export function verdict(f: TrendFigure): string {
  return f.better === null ? '' : f.better ? 'better' : 'worse';
}

export const TREND_COLUMNS = (previous: string, current: string): Column<TrendFigure>[] => [
  { title: 'figure', get: (f) => TREND_TEXT[f.figure].name, left: true },
  { title: previous, get: (f) => TREND_TEXT[f.figure].value(f.previous) },
  { title: current, get: (f) => TREND_TEXT[f.figure].value(f.current) },
  { title: 'change', get: (f) => (f.delta === null ? '' : TREND_TEXT[f.figure].delta(f.delta)) },
  { title: '', get: verdict, left: true },
];

export const IGNORED_COLUMNS: Column<IgnoredAdvice>[] = [
  { title: 'signature', get: (a) => a.signature, left: true },
  { title: 'ignored', get: (a) => count(a.ignored) },
  { title: 'of', get: (a) => count(a.suggestions) },
  { title: 'share', get: (a) => sampledPercent(a.ignoredShare, MIN_SAMPLE.suggestions) },
  { title: 'blocked', get: (a) => duration(a.blockedMs) },
];

export const UNCHECKED_BY_DEVELOPER_COLUMNS: Column<LeadView['uncheckedByDeveloper'][number]>[] = [
  { title: 'developer', get: (u) => u.developer, left: true },
  { title: 'tasks', get: (u) => count(u.unchecked) },
  {
    title: 'commands',
    get: (u) => u.commands.map((c) => `${oneLine(c.command, 60)}${c.tasks > 1 ? ` (x${c.tasks})` : ''}`).join(', '),
    left: true,
  },
];

export const DAY_COLUMNS: Column<DayRun>[] = [
  {
    title: 'day',
    get: (d) => (d.calls > 0 ? d.from : d.days === 1 ? `${d.from}: no data` : `${d.from} to ${d.to}: no data (${d.days} days)`),
    left: true,
  },
  { title: 'calls', get: (d) => (d.calls === 0 ? '' : count(d.calls)) },
  { title: 'sessions', get: (d) => (d.calls === 0 ? '' : count(d.sessions)) },
  { title: 'developers', get: (d) => (d.calls === 0 ? '' : count(d.developers)) },
];
