/**
 * Combines what each database contributed into the report's totals and rows. Sums are added;
 * ratios, averages and percentiles are recomputed from the combined sums and raw values, never
 * averaged, so several databases read exactly like one holding all their rows.
 */
import type { AdviceCount, DatabaseFacts } from './metrics.js';
import type { TaskGroup, TaskRow } from './task-reads.js';
import { addSlow, addSums, type CallSums, type SlowSignatures } from './sums.js';
import { UNCHECKED_STATES, type Metrics } from './model.js';

const UNCHECKED = new Set<string>(UNCHECKED_STATES);

/** One group's raw material. */
export class Group {
  calls: CallSums = { bashCalls: 0, backgroundCalls: 0, slowCalls: 0, slowBackgroundCalls: 0, foregroundSlowMs: 0, timedOutCalls: 0 };
  tasks = { started: 0, checked: 0, unchecked: 0, orphaned: 0, stopped: 0, savedMs: 0 };
  /** Per session, the most tasks running at once, seen at the start of one of this group's tasks. */
  peaks = new Map<string, number>();
  advice = { shown: 0, suggestions: 0, followed: 0, judged: 0, right: 0 };
  /** Hook wall time → number of runs. */
  hookMs = new Map<number, number>();

  addCalls(sums: CallSums): void {
    addSums(this.calls, sums);
  }

  addTask(t: TaskRow, running: number): void {
    this.tasks.started++;
    if (t.state === 'checked') this.tasks.checked++;
    if (t.state === 'stopped') this.tasks.stopped++;
    if (t.state === 'orphaned') this.tasks.orphaned++;
    if (UNCHECKED.has(t.state)) this.tasks.unchecked++;
    this.tasks.savedMs += t.ranMs ?? 0;
    this.peaks.set(t.session, Math.max(this.peaks.get(t.session) ?? 0, running));
  }

  /** Tasks counted by the source (task_facts), with their session's peak among them. */
  addTaskGroup(g: TaskGroup): void {
    const t = this.tasks;
    t.started += g.started;
    t.checked += g.checked;
    t.stopped += g.stopped;
    t.orphaned += g.orphaned;
    t.unchecked += g.unchecked;
    t.savedMs += g.savedMs;
    this.peaks.set(g.session, Math.max(this.peaks.get(g.session) ?? 0, g.peak));
  }

  addHook(ms: number, n: number): void {
    this.hookMs.set(ms, (this.hookMs.get(ms) ?? 0) + n);
  }

  addAdvice(a: AdviceCount): void {
    const into = this.advice;
    into.shown += a.shown;
    into.suggestions += a.suggestions;
    into.followed += a.followed;
    into.judged += a.judged;
    into.right += a.right;
  }

  metrics(days: number): Metrics {
    const c = this.calls;
    const peaks = [...this.peaks.values()];
    const hooks = [...this.hookMs].sort((a, b) => a[0] - b[0]);
    const hookRuns = hooks.reduce((sum, [, n]) => sum + n, 0);
    return {
      days,
      ...c,
      backgroundRatio: ratio(c.backgroundCalls, c.bashCalls),
      slowBackgroundRatio: ratio(c.slowBackgroundCalls, c.slowCalls),
      tasksStarted: this.tasks.started,
      tasksChecked: this.tasks.checked,
      tasksUnchecked: this.tasks.unchecked,
      tasksOrphaned: this.tasks.orphaned,
      tasksStopped: this.tasks.stopped,
      estimatedSavedMs: this.tasks.savedMs,
      estimatedSavedMsPerDay: ratio(this.tasks.savedMs, days),
      sessionsWithTasks: peaks.length,
      parallelTasksPerSession: ratio(
        peaks.reduce((a, b) => a + b, 0),
        peaks.length,
      ),
      maxParallelTasks: peaks.reduce((a, b) => Math.max(a, b), 0),
      adviceShown: this.advice.shown,
      suggestionsShown: this.advice.suggestions,
      suggestionsFollowed: this.advice.followed,
      suggestionsFollowedRatio: ratio(this.advice.followed, this.advice.suggestions),
      suggestionsJudged: this.advice.judged,
      suggestionsRight: this.advice.right,
      suggestionsRightRatio: ratio(this.advice.right, this.advice.judged),
      hookRuns,
      hookP50Ms: percentile(hooks, hookRuns, 0.5),
      hookP95Ms: percentile(hooks, hookRuns, 0.95),
    };
  }
}

function ratio(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/**
 * Nearest rank over a histogram sorted by value: the smallest value with at least p of all
 * `total` values at or below it.
 */
function percentile(histogram: readonly [number, number][], total: number, p: number): number | null {
  const rank = Math.max(1, Math.ceil(p * total));
  let seen = 0;
  for (const [value, n] of histogram) if ((seen += n) >= rank) return value;
  return null;
}

/**
 * For each task, how many tasks of its session were running when it started, itself included:
 * those started at or before it and not yet ended. The most at once is always reached at a start.
 */
function runningAtStart(tasks: readonly TaskRow[]): Map<TaskRow, number> {
  const bySession = new Map<string, TaskRow[]>();
  for (const t of tasks) {
    let list = bySession.get(t.session);
    if (!list) bySession.set(t.session, (list = []));
    list.push(t);
  }
  const out = new Map<TaskRow, number>();
  for (const list of bySession.values()) {
    for (const t of list) {
      if (t.key === null) continue;
      let n = 0;
      for (const u of list) if (u === t || (u.start <= t.start && (u.end === null || u.end > t.start))) n++;
      out.set(t, n);
    }
  }
  return out;
}

export interface Combined {
  totals: Group;
  groups: Map<string, Group>;
  slow: SlowSignatures;
  /** Unchecked tasks started in the range. */
  unchecked: TaskRow[];
  /** Rows of the range found in more than one database, counted once. */
  duplicates: number;
}

export function combine(facts: readonly DatabaseFacts[]): Combined {
  const totals = new Group();
  const groups = new Map<string, Group>();
  const group = (key: string) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = new Group()));
    return g;
  };
  const slow: SlowSignatures = new Map();
  for (const f of facts) {
    for (const [key, sums] of f.calls) {
      group(key).addCalls(sums);
      totals.addCalls(sums);
    }
    for (const [signature, s] of f.slow) addSlow(slow, signature, s);
    for (const a of f.advice) {
      group(a.key).addAdvice(a);
      totals.addAdvice(a);
    }
    for (const h of f.hooks) {
      if (h.key !== null) group(h.key).addHook(h.ms, h.n);
      totals.addHook(h.ms, h.n);
    }
    for (const g of f.taskGroups ?? []) {
      group(g.key).addTaskGroup(g);
      totals.addTaskGroup(g);
    }
  }
  // Tasks of one session may sit in several files: concurrency is measured on all of them,
  // each task once (the first database's row, as for calls).
  const tasks = firstOfEach(facts.flatMap((f) => f.tasks));
  const duplicateTasks =
    facts.reduce((n, f) => n + f.tasks.filter((t) => t.key !== null).length, 0) - tasks.filter((t) => t.key !== null).length;
  for (const [t, running] of runningAtStart(tasks)) {
    group(t.key!).addTask(t, running);
    totals.addTask(t, running);
  }
  return {
    totals,
    groups,
    slow,
    unchecked: [...tasks.filter((t) => t.key !== null && UNCHECKED.has(t.state)), ...facts.flatMap((f) => f.uncheckedTasks ?? [])],
    duplicates: duplicateTasks + facts.reduce((n, f) => n + f.duplicates, 0),
  };
}

/** A task is identified by its session and id. */
function firstOfEach(tasks: readonly TaskRow[]): TaskRow[] {
  const seen = new Set<string>();
  return tasks.filter((t) => {
    const identity = `${t.session}\n${t.id}`;
    if (seen.has(identity)) return false;
    seen.add(identity);
    return true;
  });
}
