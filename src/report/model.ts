import type { LeadView } from './lead-model.js';

/**
 * The report's data, as `bgtelemetry report --json` prints it. This is a public contract:
 * add fields, never rename or remove them. docs/telemetry.md ("Report metrics") defines each.
 */

export const GROUPINGS = ['day', 'week', 'session', 'project', 'signature', 'developer', 'machine', 'phase'] as const;
export type Grouping = (typeof GROUPINGS)[number];

/** Seed 001's success metrics, after one week of use. */
export const TARGETS = {
  slowBackgroundRatio: 0.3,
  estimatedSavedMsPerDay: 5 * 60_000,
  parallelTasksPerSession: 2,
} as const;

export interface Metrics {
  /** Calendar days (in the report's zone) this row covers inside the range. */
  days: number;
  bashCalls: number;
  backgroundCalls: number;
  backgroundRatio: number | null;
  slowCalls: number;
  slowBackgroundCalls: number;
  slowBackgroundRatio: number | null;
  foregroundSlowMs: number;
  timedOutCalls: number;
  tasksStarted: number;
  tasksChecked: number;
  tasksUnchecked: number;
  tasksOrphaned: number;
  tasksStopped: number;
  estimatedSavedMs: number;
  estimatedSavedMsPerDay: number | null;
  sessionsWithTasks: number;
  parallelTasksPerSession: number | null;
  maxParallelTasks: number;
  adviceShown: number;
  suggestionsShown: number;
  suggestionsFollowed: number;
  suggestionsFollowedRatio: number | null;
  suggestionsJudged: number;
  suggestionsRight: number;
  suggestionsRightRatio: number | null;
  hookRuns: number;
  hookP50Ms: number | null;
  hookP95Ms: number | null;
}

/** Field order of CSV columns and of the JSON objects. */
export const METRIC_FIELDS = [
  'days',
  'bashCalls',
  'backgroundCalls',
  'backgroundRatio',
  'slowCalls',
  'slowBackgroundCalls',
  'slowBackgroundRatio',
  'foregroundSlowMs',
  'timedOutCalls',
  'tasksStarted',
  'tasksChecked',
  'tasksUnchecked',
  'tasksOrphaned',
  'tasksStopped',
  'estimatedSavedMs',
  'estimatedSavedMsPerDay',
  'sessionsWithTasks',
  'parallelTasksPerSession',
  'maxParallelTasks',
  'adviceShown',
  'suggestionsShown',
  'suggestionsFollowed',
  'suggestionsFollowedRatio',
  'suggestionsJudged',
  'suggestionsRight',
  'suggestionsRightRatio',
  'hookRuns',
  'hookP50Ms',
  'hookP95Ms',
] as const satisfies readonly (keyof Metrics)[];

export type Row = { key: string } & Metrics;

export interface SlowSignature {
  signature: string;
  calls: number;
  blockedMs: number;
}

/** task_states' states of a task nobody read nor stopped (docs/telemetry.md). */
export const UNCHECKED_STATES = ['unchecked-finished', 'orphaned', 'unchecked-running'] as const;

export interface UncheckedTask {
  session: string;
  id: string;
  command: string | null;
  signature: string | null;
  startedAt: number;
  ageMs: number;
  state: (typeof UNCHECKED_STATES)[number];
}

export interface Report {
  generatedAt: string;
  range: { since: string; until: string; timezone: string; days: number };
  by: Grouping;
  filters: { project: string | null; session: string | null };
  databases: string[];
  /** Rows of the range (calls, tasks, advice, hook runs) held by more than one database, counted once. */
  duplicatesMerged: number;
  targets: typeof TARGETS;
  totals: Metrics;
  rows: Row[];
  /** Foreground slow calls by signature, most blocked time first (at most TOP_SIGNATURES). */
  topForegroundSlow: SlowSignature[];
  /** Unchecked tasks, newest first (at most UNCHECKED_LISTED); `totals.tasksUnchecked` counts all. */
  unchecked: UncheckedTask[];
  /** `report --lead` only: the lead's view (lead-model.ts). */
  lead?: LeadView;
}

export const TOP_SIGNATURES = 10;
export const UNCHECKED_LISTED = 50;

/** What a report covers; times are ms since the epoch, `until` exclusive. */
export interface ReportQuery {
  since: number;
  until: number;
  timezone: string;
  by: Grouping;
  /** `--project`: a local path and the portable id; a row matching either is in. */
  project: string | null;
  projectId?: string;
  session: string | null;
  now: number;
  /** `--lead`: rows by developer, and the lead's view (lead.ts). */
  lead?: boolean;
  /** No hook runs read: the lead's project and week rows, of which the lead's view shows none. */
  withoutHooks?: boolean;
}
