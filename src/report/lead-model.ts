/**
 * The lead's view of a report (`report --lead`, `report.lead` in --json): part of the public
 * contract of model.ts (add fields, never rename or remove them). docs/telemetry.md ("The lead's
 * report") defines each figure and the minimum samples.
 */

/** Below these, a ratio reads as "n<…" (null in JSON): 1 of 1 is not 100 % of anything. */
export const MIN_SAMPLE = {
  /** Calls under a call ratio (calls for the background share, slow calls for the slow one). */
  calls: 20,
  /** Suggestions under a suggestion ratio (followed, ignored). */
  suggestions: 5,
} as const;

/** A ratio with the count it divides by; `value` null when nothing or too little to divide by. */
export interface Sampled {
  value: number | null;
  sample: number;
}

/** A ratio, unless its sample is under `min`. */
export function sampled(part: number, whole: number, min: number): Sampled {
  return { value: whole >= min && whole > 0 ? part / whole : null, sample: whole };
}

/** One developer or project: its figures, and what they rest on. */
export interface LeadRow {
  key: string;
  calls: number;
  sessions: number;
  daysWithData: number;
  slowCalls: number;
  backgroundRatio: Sampled;
  slowBackgroundRatio: Sampled;
  suggestionsFollowedRatio: Sampled;
  /** Time blocked on slow foreground calls, per week of the range, in hours. */
  blockedHoursPerWeek: number;
  /** Time background tasks ran while the session went on, per week of the range, in hours. */
  savedHoursPerWeek: number;
  tasksUnchecked: number;
}

/** One figure this week and the week before; `better`: whether the change is good news (null: no change or no figure). */
export interface TrendFigure {
  figure: 'slowBackgroundRatio' | 'backgroundRatio' | 'suggestionsFollowedRatio' | 'blockedHoursPerWeek' | 'savedHoursPerWeek';
  previous: Sampled;
  current: Sampled;
  delta: number | null;
  better: boolean | null;
}

export interface LeadTrend {
  /** The range's last two calendar weeks, by their Monday as --by week names them; previous null when the range has one. */
  previousWeek: string | null;
  currentWeek: string | null;
  figures: TrendFigure[];
}

/** Suggestions about one signature that were not followed, and what those calls blocked. */
export interface IgnoredAdvice {
  signature: string;
  suggestions: number;
  ignored: number;
  ignoredShare: Sampled;
  blockedMs: number;
}

export interface UncheckedByDeveloper {
  developer: string;
  unchecked: number;
  /** The commands left unchecked, most often first (at most UNCHECKED_COMMANDS). */
  commands: { command: string; tasks: number }[];
}

/** A day with data, or a run of days without (calls 0): one entry either way. */
export interface DayRun {
  from: string;
  to: string;
  days: number;
  calls: number;
  sessions: number;
  developers: number;
}

export interface LeadView {
  minimumSample: typeof MIN_SAMPLE;
  /** Weeks the range covers (its days / 7): what the hours per week divide by. */
  weeks: number;
  sample: { calls: number; sessions: number; daysWithData: number; developers: number };
  hoursPerWeek: { blocked: number; saved: number };
  developers: LeadRow[];
  projects: LeadRow[];
  trend: LeadTrend;
  /** Most ignored first (at most IGNORED_LISTED). */
  ignoredAdvice: IgnoredAdvice[];
  uncheckedByDeveloper: UncheckedByDeveloper[];
  days: DayRun[];
}

export const IGNORED_LISTED = 10;
export const UNCHECKED_COMMANDS = 5;
